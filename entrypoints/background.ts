export default defineBackground(() => {
  // Wiring only; logic lives in utils/. Each area registers its listeners here.
});
