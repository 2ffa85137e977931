/**
 * Pure helpers behind the algorithm list: grouping by publication category,
 * what impact assessments the data records, and the filter.
 */
import type { Algorithm } from '@/utils/register/model';
import { isCounted } from '@/utils/badge';
import { CATEGORY_KEYS, categoryKey, type CategoryKey } from '@/utils/register/category';
import { foldText } from '@/utils/text';
import { capText, safeText, sanitizeHtml } from '@/utils/sanitize';

export interface AlgorithmGroup {
  category: CategoryKey;
  /** In use, in development, or status unknown; register order kept, name as tie-break. */
  current: Algorithm[];
  /** Status "Buiten gebruik": shown collapsed. */
  retired: Algorithm[];
}

/** Groups by category, most serious first; empty groups are left out. */
export function groupAlgorithms(algorithms: readonly Algorithm[]): AlgorithmGroup[] {
  const groups = new Map<CategoryKey, AlgorithmGroup>(CATEGORY_KEYS.map((c) => [c, { category: c, current: [], retired: [] }]));
  for (const a of algorithms) {
    const g = groups.get(categoryKey(a.publication_category))!;
    (isCounted(a) ? g.current : g.retired).push(a);
  }
  const byName = (x: Algorithm, y: Algorithm) => x.name.localeCompare(y.name, 'nl');
  return [...groups.values()]
    .filter((g) => g.current.length + g.retired.length > 0)
    .map((g) => ({ ...g, current: g.current.sort(byName), retired: g.retired.sort(byName) }));
}

/**
 * Impact assessments the data says were done: titles from impacttoetsen_grouping
 * (without "Geen"), else the legacy iama/dpia "Ja" flags. Empty when the data says nothing or "none".
 */
export function assessmentsDone(a: Algorithm): { title: string; link: string | null }[] {
  const grouped = (a.impacttoetsen_grouping ?? []).filter((g) => g.title && !/^(geen|none|nee)$/i.test(g.title.trim()));
  if (grouped.length) return grouped.map((g) => ({ title: g.title.trim(), link: g.link }));
  const legacy: { title: string; link: null }[] = [];
  if (/^ja$/i.test(a.iama ?? '')) legacy.push({ title: 'IAMA', link: null });
  if (/^ja$/i.test(a.dpia ?? '')) legacy.push({ title: 'DPIA', link: null });
  return legacy;
}

/** True when the data explicitly says no assessment was done ("Geen" / legacy "Nee" on both). */
export function assessmentsNone(a: Algorithm): boolean {
  const grouped = a.impacttoetsen_grouping ?? [];
  if (grouped.length) return grouped.every((g) => /^(geen|none|nee)$/i.test(g.title.trim()));
  return /^nee$/i.test(a.iama ?? '') && /^nee$/i.test(a.dpia ?? '');
}

/** Case- and accent-insensitive match on name, short description and themes. */
export function matchesFilter(a: Algorithm, query: string): boolean {
  const q = foldText(query.trim());
  if (!q) return true;
  return foldText(`${a.name} ${a.description_short ?? ''} ${(a.themes ?? []).join(' ')} ${a.lars}`).includes(q);
}

/** Longest summary in the list; the full text is in the details. */
export const SUMMARY_MAX = 280;

/**
 * The short text under an algorithm's name: description_short, else the start
 * of the goal (most scraped records only have a goal). Plain text, sanitised.
 * `isWholeGoal`: the summary already shows the entire goal.
 */
export function summaryOf(a: Algorithm): { text: string; isWholeGoal: boolean } | null {
  if (a.description_short?.trim())
    return { text: capText(safeText(sanitizeHtml(a.description_short)).trim(), SUMMARY_MAX), isWholeGoal: false };
  const goal = safeText(sanitizeHtml(a.goal)).replace(/\s+/g, ' ').trim();
  if (!goal) return null;
  return { text: capText(goal, SUMMARY_MAX), isWholeGoal: goal.length <= SUMMARY_MAX };
}

/** Above this many algorithms the list gets a filter box. */
export const FILTER_THRESHOLD = 8;
