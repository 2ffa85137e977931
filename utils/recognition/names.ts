/**
 * Organisation-name normalisation, shared by the domain-table generator and the
 * page-signal suggester. Pure; no data. "Gemeente Den Haag", "Den Haag",
 * "'s-Gravenhage (gemeente)" must meet; "Gemeente Utrecht" and "Provincie Utrecht" must not.
 */
import { foldText } from '../text';

/** Kinds a name prefix can tell. */
export type NameKind = 'gemeente' | 'provincie' | 'waterschap' | 'ministerie';

const KIND_PREFIXES: [RegExp, NameKind][] = [
  [/^gemeente /, 'gemeente'],
  [/^provincie /, 'provincie'],
  [/^(waterschap|hoogheemraadschap( van)?|wetterskip) /, 'waterschap'],
  [/^ministerie van /, 'ministerie'],
];
/** Prefixes and suffixes that say nothing about identity. */
const NOISE_PREFIX = /^((modulaire )?gemeenschappelijke regeling|stichting) /;
const NOISE_SUFFIX = / (n ?v|b ?v|c ?a)$/;
/** Spelling variants of the same place. */
const SYNONYMS: [RegExp, string][] = [
  [/\bs gravenhage\b/g, 'den haag'],
  [/\bden bosch\b/g, 's hertogenbosch'],
  [/\bfriesland\b/g, 'fryslan'],
];

/** Lower case, no diacritics, punctuation to spaces, single spaces. */
export function plainKey(name: string): string {
  let k = foldText(name);
  k = k
    .replace(/[’'`´.]/g, '')
    .replace(/&/g, ' en ')
    // "Duo+" (a joint arrangement) is not "DUO" (Dienst Uitvoering Onderwijs)
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9()]+/g, ' ');
  k = k.replace(/\s+/g, ' ').trim();
  for (const [re, to] of SYNONYMS) k = k.replace(re, to);
  return k;
}

/** Letters and digits only: for comparing with host labels ("bergen-nh" ~ "Bergen (NH.)"). */
export function compactKey(name: string): string {
  return plainKey(name).replace(/[^a-z0-9]/g, '');
}

/** A name split into its kind (from the prefix) and the rest. */
export interface NameParts {
  kind: NameKind | null;
  bare: string;
}

/** Strips kind prefixes and noise; "Gemeente Bergen (L.)" → {gemeente, "bergen (l)"}. */
export function nameParts(name: string): NameParts {
  let k = plainKey(name);
  let kind: NameKind | null = null;
  for (let i = 0; i < 2; i++) {
    k = k.replace(NOISE_PREFIX, '').replace(NOISE_SUFFIX, '');
    for (const [re, found] of KIND_PREFIXES) {
      if (re.test(k)) {
        kind ??= found;
        k = k.replace(re, '');
      }
    }
  }
  // "Utrecht (gemeente)" style suffix
  const tail = /^(.*) \((gemeente|provincie|waterschap)\)$/.exec(k);
  if (tail) {
    k = tail[1];
    kind ??= tail[2] as NameKind;
  }
  return { kind, bare: k.trim() };
}

/**
 * Whether `abbr` can stand for `words`: it starts with the first letter of
 * `words` and its letters follow in order ("CIZ" for "Centrum Indicatiestelling
 * Zorg", "UWV" for "Uitvoeringsinstituut Werknemersverzekeringen").
 */
function abbreviates(abbr: string, words: string): boolean {
  const a = abbr.toLowerCase();
  const w = foldText(words);
  if (a[0] !== w[0]) return false;
  let at = 0;
  for (const ch of a) {
    at = w.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * Other spellings of one name that should still meet: without a trailing
 * "(ABBR)", without a leading abbreviation ("CIZ Centrum Indicatiestelling Zorg"),
 * and the abbreviation itself.
 */
export function nameVariants(name: string): string[] {
  const out = new Set<string>([name.trim()]);
  const paren = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(name);
  if (paren && !/^\s*(l|nh|lb|gld|l\.|nh\.)\s*$/i.test(paren[2])) {
    out.add(paren[1]);
    if (/^[A-Za-z-]{2,8}$/.test(paren[2]) && /[A-Z].*[A-Z]/.test(paren[2])) out.add(paren[2]);
  }
  const lead = /^([A-Z][A-Za-z]*[A-Z][A-Za-z]*) (\S+ \S+.*)$/.exec(name.trim());
  if (lead && lead[1].length <= 6) {
    out.add(lead[2]);
    // the leading word alone only when it abbreviates the rest: "ICT" in "ICT Noord- en Midden-Limburg" is a
    // word of the name, and another ICT body must not meet this one on it
    if (abbreviates(lead[1], lead[2])) out.add(lead[1]);
  }
  return [...out];
}
