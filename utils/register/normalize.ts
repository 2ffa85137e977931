import { STATUSES } from './model';
import { foldText } from '../text';
import type { RecordIssue } from './report';

/** Where field notes go while one record is converted. */
export interface FieldContext {
  lars: string | null;
  at: string;
  notes: RecordIssue[];
}

function note(ctx: FieldContext, field: string, reason: string) {
  ctx.notes.push({ lars: ctx.lars, at: ctx.at, reason: `${field}: ${reason}` });
}

/** Cut at `max` UTF-16 units without splitting a surrogate pair, and mark the cut. */
export function cut(text: string, max: number): string {
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * A text field: trimmed, empty → null, wrong type → null (noted), longer than
 * `max` → cut (noted). The text itself is kept as the register wrote it.
 */
export function text(value: unknown, max: number, field: string, ctx: FieldContext): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') {
    note(ctx, field, `wrong type (${typeof value}), dropped`);
    return null;
  }
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (trimmed.length > max) {
    note(ctx, field, `${trimmed.length} characters, cut to ${max}`);
    return cut(trimmed, max);
  }
  return trimmed;
}

/** True for an absolute http(s) URL without spaces. */
export function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
  } catch {
    return false;
  }
}

const EMAIL = /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[A-Za-z]{2,}$/;

/** A link field: only absolute http(s) URLs are kept; anything else (javascript:, too long) is dropped. */
export function link(value: unknown, max: number, field: string, ctx: FieldContext): string | null {
  const value2 = text(value, Number.MAX_SAFE_INTEGER, field, ctx);
  if (value2 === null) return null;
  if (value2.length > max) return (note(ctx, field, `link of ${value2.length} characters, dropped`), null);
  if (!isWebUrl(value2)) return (note(ctx, field, 'not an http(s) link, dropped'), null);
  return value2;
}

/**
 * `contact_email`: an e-mail address or an http(s) URL, as the standard says.
 * A `mailto:` prefix is removed; anything else (a phone number, script) is dropped.
 */
export function contact(value: unknown, max: number, ctx: FieldContext): string | null {
  let value2 = text(value, Number.MAX_SAFE_INTEGER, 'contact_email', ctx);
  if (value2 === null) return null;
  if (/^mailto:/i.test(value2)) value2 = value2.slice(7).split('?')[0];
  if (value2.length > max) return (note(ctx, 'contact_email', `${value2.length} characters, dropped`), null);
  if (EMAIL.test(value2) || isWebUrl(value2)) return value2;
  note(ctx, 'contact_email', 'neither an e-mail address nor an http(s) link, dropped');
  return null;
}

function key(value: string): string {
  return foldText(value)
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * The status as the register spells it ("In gebruik"), also from the scrape's
 * respelling (`in_gebruik`, `ontwikkeling`, `buiten_gebruik`). Unknown → null (noted).
 */
export function status(value: string | null, ctx: FieldContext): string | null {
  if (value === null) return null;
  const k = key(value);
  const found = STATUSES.find((s) => key(s) === k || key(s) === `in ${k}`);
  if (!found) note(ctx, 'status', `unknown value "${value.slice(0, 40)}", dropped`);
  return found ?? null;
}

/** `YYYY-MM-DD` from an ISO timestamp or date, else null. */
export function day(value: string | null): string | null {
  const m = value?.match(/^(\d{4}-\d{2}-\d{2})/);
  return m ? m[1] : null;
}
