/**
 * A labelled file picker for a JSON file. The chosen file goes to `onFile`;
 * the input is cleared afterwards so choosing the same file again works.
 */
export function JsonFileInput({ label, onFile }: { label: string; onFile: (file: File | undefined) => Promise<void> }) {
  return (
    <label class="file-button">
      {label}
      <input
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          void onFile(input.files?.[0]).finally(() => (input.value = ''));
        }}
      />
    </label>
  );
}
