/**
 * The publication category: the one rule that classifies the register's
 * category value. The badge, the grouping, the change list, the objection
 * routes and the data normaliser all ask here.
 *
 * A value matches case- and accent-insensitively, singular or plural, with
 * spaces, hyphens or underscores between words ("Hoog-risico AI-systemen",
 * "hoog_risico_ai_systeem"), in Dutch or English. Anything else is 'unknown'.
 */
import { foldText } from '../text';
import { PUBLICATION_CATEGORIES, type PublicationCategory } from './model';

/** Publication categories by seriousness, most serious first; 'unknown' when the data does not say. */
export const CATEGORY_KEYS = ['high_risk', 'impactful', 'other', 'unknown'] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

const PATTERNS: [Exclude<CategoryKey, 'unknown'>, RegExp][] = [
  ['high_risk', /^(hoog ?risico ai ?systee?m(en)?|high ?risk ai systems?)$/],
  ['impactful', /^(impactvol(le)? algoritme(s|n)?|impactful algorithms?)$/],
  ['other', /^(overige? algoritme(s|n)?|other algorithms?)$/],
];

/** The register's spelling of each known category. */
const SPELLING: Record<Exclude<CategoryKey, 'unknown'>, PublicationCategory> = {
  high_risk: PUBLICATION_CATEGORIES[0],
  impactful: PUBLICATION_CATEGORIES[1],
  other: PUBLICATION_CATEGORIES[2],
};

/** The category of a register value ("Hoog-risico AI-systemen" → 'high_risk'). */
export function categoryKey(value: string | null | undefined): CategoryKey {
  const key = foldText(value ?? '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
  return PATTERNS.find(([, re]) => re.test(key))?.[0] ?? 'unknown';
}

/**
 * The category spelled as the register spells it ("Hoog-risico AI-systemen" →
 * "Hoog-risico AI-systeem"); unknown values are kept verbatim.
 */
export function publicationCategory(value: string | null): string | null {
  if (value === null) return null;
  const key = categoryKey(value);
  return key === 'unknown' ? value : SPELLING[key];
}

/** How serious a category is: 2 high-risk, 1 impactful, 0 other/unknown. */
export function categoryLevel(value: string | null): 0 | 1 | 2 {
  const key = categoryKey(value);
  return key === 'high_risk' ? 2 : key === 'impactful' ? 1 : 0;
}
