import { stripInvisible } from '../sanitize';
/** The interface languages: Dutch first (default), English second. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A message table per language; each area of the UI keeps its own. */
export type Messages<K extends string> = Record<Language, Record<K, string>>;

/** A value as it is spelled in a snake_case message key: 'high-risk' → 'high_risk', 'a b' → 'a_b'. */
export type KeyPart<S extends string> = S extends `${infer A}-${infer B}`
  ? `${A}_${KeyPart<B>}`
  : S extends `${infer A} ${infer B}`
    ? `${A}_${KeyPart<B>}`
    : S;

/** The part of a message key for a value from the data (`kind_${keyPart(kind)}`): hyphens and spaces become underscores. */
export function keyPart<S extends string>(value: S): KeyPart<S> {
  return value.replace(/[- ]/g, '_') as KeyPart<S>;
}

/** Picks the language: the user's override, else the browser's, else Dutch. */
export function pickLanguage(override: string | null | undefined, browserLanguage: string | undefined): Language {
  if (override === 'nl' || override === 'en') return override;
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/**
 * Returns a translate function for one table. `{name}` placeholders are filled
 * from `vars` (untrusted: invisible and bidi control characters removed); a missing key falls back to Dutch, then to the key itself.
 */
export function translator<K extends string>(messages: Messages<K>, lang: Language) {
  return (key: K, vars: Record<string, string | number> = {}): string => {
    const text = messages[lang][key] || messages.nl[key] || key;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? stripInvisible(String(vars[name])) : m));
  };
}
