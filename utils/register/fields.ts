import type { Algorithm, LinkedTitle } from './model';
import { maxLength } from './limits';
import { contact, day, link, status, text, type FieldContext } from './normalize';
import { publicationCategory } from './category';

/** Everything of an algorithm except its identity (lars, name, organization, register_url). */
export type AlgorithmDetails = Omit<Algorithm, 'lars' | 'name' | 'organization' | 'register_url'>;

/** A TOOI-style code (gm0363, mnre1045, oorg10103) or the register's purely numeric id (189378). */
const ORG_ID = /^([a-z]{1,8}\d{1,10}|\d{1,12})$/;

/**
 * The register's organisation id, lower-case, as a string: a TOOI-style code
 * (gm0363, mnre1045, ...) or a purely numeric id (189378, also when the JSON
 * has it as a number). Anything else → null (noted, unless `quiet`).
 */
export function orgId(value: unknown, ctx: FieldContext, quiet = false): string | null {
  const raw = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
  const code = text(raw, 40, 'org_id', ctx)?.toLowerCase() ?? null;
  if (code && !ORG_ID.test(code)) {
    if (!quiet) ctx.notes.push({ lars: ctx.lars, at: ctx.at, reason: 'org_id: not an organisation id, dropped' });
    return null;
  }
  return code;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `impacttoetsen`: HTML text in standard 1.0, a list of strings in standard
 * 0.4 records ("DPIA: https://…", "IAMA"). A list is kept as an HTML list of
 * its items (escaped: the items are text), so the popup shows every item.
 */
export function impacttoetsen(value: unknown, ctx: FieldContext): string | null {
  if (!Array.isArray(value)) return text(value, maxLength('impacttoetsen'), 'impacttoetsen', ctx);
  const items = value
    .slice(0, 50)
    .map((item) => text(item, maxLength('impacttoetsen'), 'impacttoetsen[]', ctx))
    .filter((item): item is string => !!item);
  return items.length ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : null;
}

/** `[{title, link}]` lists; a wrong shape gives [] (noted), an unsafe link gives link null. */
export function grouping(value: unknown, field: string, ctx: FieldContext): LinkedTitle[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    ctx.notes.push({ lars: ctx.lars, at: ctx.at, reason: `${field}: not a list, dropped` });
    return [];
  }
  const out: LinkedTitle[] = [];
  for (const item of value.slice(0, 50)) {
    const entry = (item ?? {}) as Record<string, unknown>;
    const title = text(entry.title, maxLength('grouping_title'), `${field}.title`, ctx);
    if (title) out.push({ title, link: link(entry.link, maxLength('grouping_link'), `${field}.link`, ctx) });
  }
  return out;
}

/** Themes: the standard's `category` array, or an older record's single category string. */
export function themes(value: unknown, ctx: FieldContext): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  if (value != null && typeof value !== 'string' && !Array.isArray(value)) {
    ctx.notes.push({ lars: ctx.lars, at: ctx.at, reason: 'category: wrong type, dropped' });
  }
  return list
    .slice(0, 30)
    .map((t) => text(t, 200, 'category', ctx))
    .filter((t): t is string => !!t);
}

/**
 * Clean every detail field of a register record (standard 1.0 or legacy keys).
 * Values stay as the register wrote them; empty strings become null.
 */
export function detailFields(raw: Record<string, unknown>, ctx: FieldContext): AlgorithmDetails {
  const long = (field: Parameters<typeof maxLength>[0], key: string = field) => text(raw[key], maxLength(field), key, ctx);
  const legacy = (key: string) => text(raw[key], maxLength('legacy'), key, ctx);
  const createDt = text(raw.create_dt, 64, 'create_dt', ctx);
  return {
    // site-data carries the organisation in `owner` (an id there; older exports have a slug, which is not one).
    org_id: orgId(raw.org_id, ctx) ?? (raw.org_id == null ? orgId(raw.owner, ctx, true) : null),
    publication_category: publicationCategory(text(raw.publication_category, 200, 'publication_category', ctx)),
    status: status(text(raw.status, 200, 'status', ctx), ctx),
    description_short: long('description_short'),
    contact_email: contact(raw.contact_email, maxLength('contact_email'), ctx),
    website: link(raw.website, maxLength('website'), 'website', ctx),
    goal: long('goal'),
    human_intervention: long('human_intervention'),
    risks: long('risks'),
    proportionality: long('proportionality'),
    lawful_basis: long('lawful_basis'),
    lawful_basis_grouping: grouping(raw.lawful_basis_grouping, 'lawful_basis_grouping', ctx),
    impacttoetsen: impacttoetsen(raw.impacttoetsen, ctx),
    impacttoetsen_grouping: grouping(raw.impacttoetsen_grouping, 'impacttoetsen_grouping', ctx),
    source_data: long('source_data'),
    themes: themes(raw.category, ctx),
    begin_date: long('begin_date'),
    publication_date: day(text(raw.publication_dt, 64, 'publication_dt', ctx)) ?? day(createDt),
    objection_procedure: legacy('objection_procedure'),
    iama: legacy('iama'),
    dpia: legacy('dpia'),
    area: legacy('area'),
    create_dt: createDt,
  };
}
