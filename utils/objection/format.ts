import { cutText, stripInvisible } from '../sanitize';
import { dayNumber } from './dates';

const MONTHS = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/**
 * Formats 'YYYY-MM-DD' as a long date ("22 november 2026" / "22 November 2026"),
 * optionally with the weekday. Returns the input unchanged when it is not a date.
 */
export function formatDate(iso: string, lang: 'nl' | 'en', withWeekday = false): string {
  const n = dayNumber(iso);
  if (n === null) return iso;
  const d = new Date(n * 86_400_000);
  const text = `${d.getUTCDate()} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return withWeekday ? `${WEEKDAYS[lang][d.getUTCDay()]} ${text}` : text;
}

/** Removes control characters (keeps newlines when `multiline`), trims and caps the length. */
export function cleanText(value: string | null | undefined, max: number, multiline = false): string {
  let s = String(value ?? '').replace(/\r\n?/g, '\n');
  s = multiline ? s.replace(/[\u0000-\u0009\u000b-\u001f\u007f\u2028\u2029]/g, '') : s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  s = stripInvisible(s);
  s = multiline ? s.replace(/\n{3,}/g, '\n\n') : s.replace(/\s+/g, ' ');
  s = s.trim();
  return s.length > max ? `${cutText(s, max - 1).trimEnd()}…` : s;
}

/**
 * Register text to plain text: tags removed, common entities decoded, spaces
 * collapsed. The result is still untrusted and must be rendered as text.
 */
export function registerTextToPlain(value: string | null | undefined, max = 2000): string {
  const s = String(value ?? '')
    .replace(/<\s*(br|\/p|\/li|\/div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return cleanText(s, max, true);
}
