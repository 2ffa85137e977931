/** The options page's sections and their URL fragments (Dutch, as the page is Dutch first). */
export const SECTIONS = [
  { id: 'register', hash: 'register' },
  { id: 'changes', hash: 'wijzigingen' },
  { id: 'settings', hash: 'instellingen' },
  { id: 'log', hash: 'onderzoekslog' },
] as const;
export type Section = (typeof SECTIONS)[number]['id'];

/** The section for a location.hash ("#onderzoekslog" → 'log'); the register by default. */
export function sectionFromHash(hash: string): Section {
  const h = hash.replace(/^#/, '');
  return SECTIONS.find((s) => s.hash === h || s.id === h)?.id ?? 'register';
}
