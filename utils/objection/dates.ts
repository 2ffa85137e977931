/**
 * Calendar dates as 'YYYY-MM-DD' strings, computed in UTC so that time zones
 * and daylight saving never shift a day. Used for legal deadlines.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses 'YYYY-MM-DD' to a UTC day number, or null when it is not a real date. */
export function dayNumber(iso: string): number | null {
  const m = ISO.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** Formats a UTC day number as 'YYYY-MM-DD'. */
export function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Adds whole days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const n = dayNumber(iso);
  if (n === null) throw new RangeError(`not a date: ${iso}`);
  return isoFromDay(n + days);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(dayNumber(iso)! * DAY_MS).getUTCDay();
}

/** Today's date on the user's own calendar (local time), as 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to)! - dayNumber(from)!;
}

/** Easter Sunday (Gregorian; anonymous algorithm) as 'YYYY-MM-DD'. */
export function easterSunday(year: number): string {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The holidays of the Algemene termijnenwet art. 3 (lid 1 and Goede Vrijdag of
 * lid 2) for one year. Days the government adds by decree are not included.
 */
export function atwHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  const kingsDay = weekday(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  return new Set([
    `${year}-01-01`,
    addDays(easter, -2), // Goede Vrijdag
    addDays(easter, 1), // tweede Paasdag
    kingsDay,
    `${year}-05-05`,
    addDays(easter, 39), // Hemelvaartsdag
    addDays(easter, 50), // tweede Pinksterdag
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

/** True on a Saturday, Sunday or Atw holiday. */
export function isNonWorkingDay(iso: string): boolean {
  const wd = weekday(iso);
  return wd === 0 || wd === 6 || atwHolidays(Number(iso.slice(0, 4))).has(iso);
}
