/**
 * Text folding for comparisons: the one place that knows how to drop
 * diacritics. Every name key, filter and category match builds on it.
 */

/** Lower case without diacritics ("Súdwest-Fryslân" → "sudwest-fryslan"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** {@link foldText} with runs of whitespace as one space, trimmed. */
export function foldSpaced(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}
