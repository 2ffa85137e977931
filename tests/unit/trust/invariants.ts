/**
 * The invariants every converted register record must satisfy before the UI
 * sees it (from utils/register/validate.ts, fields.ts, normalize.ts, limits.ts).
 */
import { maxLength } from '@/utils/register/limits';
import { STATUSES, type Algorithm } from '@/utils/register/model';

const LARS = /^\d{1,20}$/;
const EMAIL = /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[A-Za-z]{2,}$/;
const LONG_FIELDS = [
  'description_short',
  'goal',
  'human_intervention',
  'risks',
  'proportionality',
  'lawful_basis',
  'impacttoetsen',
  'source_data',
] as const;

function isWeb(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) && !/\s/.test(url);
  } catch {
    return false;
  }
}

/** Every invariant of one kept record; returns the list of violations (empty when fine). */
export function violations(a: Algorithm): string[] {
  const bad: string[] = [];
  const within = (field: string, value: string | null, max: number) => {
    if (value !== null && (typeof value !== 'string' || value.length > max + 1)) bad.push(`${field} too long or not text`);
  };
  if (!LARS.test(a.lars)) bad.push(`lars ${a.lars}`);
  for (const f of ['name', 'organization'] as const) {
    if (typeof a[f] !== 'string' || !a[f].trim() || a[f] !== a[f].trim() || a[f].length > maxLength(f)) bad.push(f);
  }
  if (a.register_url !== `https://algoritmes.overheid.nl/nl/algoritme/${a.lars}`) bad.push('register_url');
  for (const f of LONG_FIELDS) within(f, a[f], maxLength(f));
  for (const f of ['objection_procedure', 'iama', 'dpia', 'area'] as const) within(f, a[f], maxLength('legacy'));
  within('begin_date', a.begin_date, maxLength('begin_date'));
  within('publication_category', a.publication_category, 200);
  if (a.website !== null && !(isWeb(a.website) && a.website.length <= maxLength('website'))) bad.push('website');
  if (a.contact_email !== null && !(EMAIL.test(a.contact_email) || isWeb(a.contact_email))) bad.push('contact_email');
  if (a.org_id !== null && !/^([a-z]{1,8}\d{1,10}|\d{1,12})$/.test(a.org_id)) bad.push('org_id');
  if (a.status !== null && !(STATUSES as readonly string[]).includes(a.status)) bad.push('status');
  if (a.publication_date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(a.publication_date)) bad.push('publication_date');
  if (!Array.isArray(a.themes) || a.themes.length > 30 || a.themes.some((t) => typeof t !== 'string' || t.length > 201)) bad.push('themes');
  for (const g of ['lawful_basis_grouping', 'impacttoetsen_grouping'] as const) {
    const list = a[g];
    if (!Array.isArray(list) || list.length > 50) bad.push(g);
    else
      for (const item of list) {
        if (typeof item.title !== 'string' || !item.title || item.title.length > maxLength('grouping_title') + 1) bad.push(`${g}.title`);
        if (item.link !== null && !(isWeb(item.link) && item.link.length <= maxLength('grouping_link'))) bad.push(`${g}.link ${item.link}`);
      }
  }
  return bad;
}
