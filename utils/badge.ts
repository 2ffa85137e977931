/**
 * What the toolbar badge says for one tab: pure functions of the recognition
 * and the organisation's algorithms, shared by the background and the popup.
 *
 * Decisions (the brief was silent):
 * - The count is the algorithms not known to be out of use: status "In gebruik",
 *   "In ontwikkeling", or no/unknown status (the register lists them as current).
 * - A recognised organisation with none of those shows "0" in grey: "no entries"
 *   is information, not reassurance. Unrecognised, paused and rejected hosts show nothing.
 * - Transit hosts (DigiD, MijnOverheid) show no count; the title explains them.
 */
import type { Algorithm } from './register/model';
import type { Recognition } from './recognition/types';
import { translator, type Language } from './i18n';
import { badgeMessages } from './background/badge-messages';
import { CATEGORY_KEYS, categoryKey, type CategoryKey } from './register/category';

/** True unless the register says the algorithm is out of use. */
export function isCounted(a: Pick<Algorithm, 'status'>): boolean {
  return (a.status ?? '').trim().toLowerCase() !== 'buiten gebruik';
}

/** Counts of counted algorithms per category. */
export type CategoryCounts = Record<CategoryKey, number>;

export function countByCategory(algorithms: readonly Algorithm[]): CategoryCounts {
  const counts: CategoryCounts = { high_risk: 0, impactful: 0, other: 0, unknown: 0 };
  for (const a of algorithms) if (isCounted(a)) counts[categoryKey(a.publication_category)]++;
  return counts;
}

/** Badge colours: Okabe–Ito based (colour-blind safe), each with a text colour of ≥ 4.5:1 contrast. */
export const BADGE_COLORS: Record<CategoryKey | 'none', { background: string; text: string }> = {
  high_risk: { background: '#A3300B', text: '#FFFFFF' },
  impactful: { background: '#E69F00', text: '#000000' },
  other: { background: '#0069A6', text: '#FFFFFF' },
  unknown: { background: '#5C5C5C', text: '#FFFFFF' },
  none: { background: '#5C5C5C', text: '#FFFFFF' },
};

export interface BadgeState {
  /** '' = no badge. */
  text: string;
  background: string;
  textColor: string;
  /** Tooltip/accessible name of the toolbar button: a full sentence. */
  title: string;
}

/** Input for one tab; `paused` also covers hosts the user rejected. */
export interface BadgeInput {
  recognition: Recognition | null;
  algorithms: readonly Algorithm[];
  paused: boolean;
}

/** Computes the badge for one tab. */
export function badgeFor(input: BadgeInput, lang: Language): BadgeState {
  const t = translator(badgeMessages, lang);
  const plain: BadgeState = { text: '', ...colors('none'), title: t('title_default') };
  const rec = input.recognition;
  if (!rec || input.paused) return { ...plain, title: input.paused ? t('title_paused') : plain.title };
  if (rec.match === 'transit') return { ...plain, title: t('title_transit', { note: rec.transit_note ?? rec.host }) };
  if (!rec.organization || rec.match === 'none') return plain;
  const counts = countByCategory(input.algorithms);
  const total = counts.high_risk + counts.impactful + counts.other + counts.unknown;
  const org = rec.organization.name;
  // A host the user tied to an organisation says so: a confirmed page claim never looks like a recognised site.
  const byUser = rec.user_decision === 'confirmed' || rec.user_decision === 'corrected' ? ` ${t('by_user')}` : '';
  if (total === 0) return { text: '0', ...colors('none'), title: t('title_zero', { org }) + byUser };
  const worst = CATEGORY_KEYS.find((k) => counts[k] > 0)!;
  const parts = CATEGORY_KEYS.filter((k) => counts[k] > 0).map((k) => t(`part_${k}`, { n: counts[k] }));
  const title = t(total === 1 ? 'title_one' : 'title_many', { org, n: total, parts: joinList(parts, t('and')) });
  return { text: total > 999 ? '999+' : String(total), ...colors(worst), title: title + byUser };
}

function colors(key: CategoryKey | 'none') {
  return { background: BADGE_COLORS[key].background, textColor: BADGE_COLORS[key].text };
}

function joinList(parts: string[], and: string): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}
