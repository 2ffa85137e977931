/**
 * "The host spells this organisation's name": the evidence the precedence rule
 * uses to move a ministry-level claim to the unit the site is really about
 * (werkenbijhetkadaster.nl → Kadaster, not Ministerie van BZK).
 *
 * A unit's distinctive names are its name without kind prefix or noise (and its
 * other spellings and abbreviations) as letters only. Long ones (6+ letters)
 * count anywhere in the host ("politieplanner.nl" spells "politie"); short ones
 * (RDW, IND, ICTU, Halt) only as a whole label between dots or hyphens
 * ("ind.nl", "rdw-data.nl"), after "…bij(de/het)" ("werkenbijciz.nl") or glued
 * before a word ("rwsverkeersinfo.nl", see GLUED), so "kindertoeslag" and
 * "indicatie" never spell IND. Abbreviations come from the register's spellings and
 * from the ROO rows (roo-polder-2026: "RIVM", "KNMI"). Ministries,
 * municipalities, provinces and water boards are never candidates: their names
 * are places or policy areas, and a ministry's project site named after a city
 * is the ministry's.
 */
import { compactKey, nameParts, nameVariants } from '../../utils/recognition/names';
import type { DirectoryOrg, OrgDirectory } from './directory';

/** Letters-only names below this length must be a whole host label. */
export const MIN_INFIX = 6;

/** Whether an organisation counts as a unit the rule may pick (not a ministry or territorial body). */
export function isUnitCandidate(org: DirectoryOrg): boolean {
  if (isMinistry(org)) return false;
  if (org.kind && org.kind !== 'other') return false;
  return !/^(gemeente|provincie|waterschap|hoogheemraadschap|wetterskip) /i.test(org.name);
}

/** Whether an organisation is a ministry (by kind or by name). */
export function isMinistry(org: { name: string; kind?: DirectoryOrg['kind'] }): boolean {
  return org.kind === 'ministerie' || /^ministerie van /i.test(org.name);
}

/**
 * Parenthesised abbreviations that name the parent ministry, not the unit
 * ("Inspectie van het Onderwijs (OCW)"): never a unit's distinctive name.
 */
const MINISTRY_ABBREVIATIONS = new Set([
  'az',
  'bz',
  'bzk',
  'def',
  'ezk',
  'ez',
  'fin',
  'ienw',
  'jenv',
  'kgg',
  'lnv',
  'lvvn',
  'ocw',
  'szw',
  'vro',
  'vws',
]);
/** Ordinary words that contain a unit's name but do not name it ("politiekeambtsdragers" is not Politie). */
const NOT_NAMES = ['politiek'];

/**
 * An organisation's distinctive letters-only names (no kind prefix, no noise).
 * Register organisations also count their other spellings and abbreviations;
 * organisations known only from source lists count their full name alone.
 */
export function distinctiveNames(org: DirectoryOrg): string[] {
  const out = new Set<string>();
  const names = org.registered ? [org.name, ...org.aliases].flatMap((n) => nameVariants(n)) : [org.name];
  for (const variant of names) {
    const key = compactKey(nameParts(variant).bare);
    if (key.length < 3 || /^[0-9]+$/.test(key) || MINISTRY_ABBREVIATIONS.has(key)) continue;
    if (!org.registered && key.length < MIN_INFIX) continue;
    out.add(key);
  }
  return [...out];
}

/**
 * Short names (3 to 5 letters) of an organisation without register entries: its
 * own name when short ("CAK") and its abbreviations from the ROO rows ("CvTE").
 * They count only as a whole label or after "…bij(de/het)" ("cvte-raadpleging.nl",
 * "werkenbijhetcak.nl"), never glued to a word: these names come from fewer
 * sources than the register's.
 */
export function shortNames(org: DirectoryOrg): string[] {
  if (org.registered) return [];
  const out = new Set<string>();
  for (const name of [org.name, ...org.aliases]) {
    const key = compactKey(nameParts(name).bare);
    if (key.length >= 3 && key.length < MIN_INFIX && /[a-z]/.test(key) && !MINISTRY_ABBREVIATIONS.has(key)) out.add(key);
  }
  return [...out];
}

/** Whether `host` spells `key` (see the file comment for the rule); `glued: false` allows only whole labels and "…bij" sites. */
export function hostSpells(host: string, key: string, glued = true): boolean {
  if (key.length >= MIN_INFIX) {
    let letters = host.replace(/[^a-z0-9]/g, '');
    for (const word of NOT_NAMES) letters = letters.replaceAll(word, '.');
    return letters.includes(key);
  }
  return host
    .split(/[.-]/)
    .some(
      (label) =>
        label === key ||
        (label.endsWith(key) && AT_UNIT.test(label.slice(0, -key.length))) ||
        (glued && label.startsWith(key) && gluedBefore(key, label.slice(key.length))),
    );
}

/**
 * "rwsverkeersinfo", "rivmmagazines", "kvkregiodata": a short name glued to a
 * word of 4+ letters that starts with a consonant or digit. Only abbreviations
 * with at most one vowel count (they are not words themselves: "coa" is the
 * start of "coalitie"), and a vowel right after the name would read as one word
 * ("ind" + "icatie" is "indicatie", never the IND). A name that starts with two
 * consonants no word starts with ("rws", "cbs", "kvk") may be followed by any
 * word ("rwseconomie", "cbsinuwbuurt").
 */
const GLUED = /^[b-df-hj-np-tv-xz0-9][a-z0-9]{3,}$/;
/** Two consonants that start Dutch or English words; a name starting with any other pair ("rws", "cbs", "kvk") is no word. */
const ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gl gn gr kl kn kr kw ph pl pr ps sc sh sk sl sm sn sp st sw th tr ts tw vl vr wh wr zw'.split(' '),
);

/** Whether a short name glued before `rest` reads as the name, not as the start of one word (see GLUED). */
function gluedBefore(key: string, rest: string): boolean {
  if (rest.length < 4 || !/^[a-z0-9]+$/.test(rest)) return false;
  const unspeakable = /^[b-df-hj-np-tv-z]{2}/.test(key) && !ONSETS.has(key.slice(0, 2));
  if (unspeakable) return true;
  return GLUED.test(rest) && (key.match(/[aeiouy]/g) ?? []).length <= 1;
}

/** "werkenbijciz", "solliciterenbijhetcak": a word ending in "bij (de/het)" before a short name names that unit's site. */
const AT_UNIT = /^[a-z]{3,}bij(de|het)?$/;

/** Finds, per host, the most specific unit whose distinctive name the host spells. */
export class SpelledIndex {
  private entries: { key: string; org: DirectoryOrg; glued: boolean }[] = [];

  /** `registeredOnly`: consider only register organisations (the rule's candidates). */
  constructor(dir: OrgDirectory, registeredOnly = true) {
    for (const org of dir.orgs) {
      if (registeredOnly && !org.registered) continue;
      if (!isUnitCandidate(org)) continue;
      for (const key of distinctiveNames(org)) this.entries.push({ key, org, glued: true });
      for (const key of shortNames(org)) this.entries.push({ key, org, glued: false });
    }
  }

  /**
   * The unit the host spells: the one with the longest spelled name; null when
   * none, or when two different units tie for the longest (ambiguous).
   */
  find(host: string): { org: DirectoryOrg; key: string } | null {
    let best: { org: DirectoryOrg; key: string } | null = null;
    let tie = false;
    for (const e of this.entries) {
      if (!hostSpells(host, e.key, e.glued)) continue;
      if (!best || e.key.length > best.key.length) {
        best = e;
        tie = false;
      } else if (e.key.length === best.key.length && e.org !== best.org) tie = true;
    }
    return tie ? null : best;
  }
}
