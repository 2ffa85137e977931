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

/** The time zone Dutch legal terms are counted in. */
export const LEGAL_TIME_ZONE = 'Europe/Amsterdam';

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: LEGAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in the Netherlands (Europe/Amsterdam), as 'YYYY-MM-DD', whatever
 * time zone the device is set to: a citizen abroad or a device set to UTC must
 * not see a term end one day off around midnight.
 */
export function todayIso(now: Date = new Date()): string {
  const part = (type: string) => AMSTERDAM_DAY.formatToParts(now).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to)! - dayNumber(from)!;
}

/** Easter Sunday (Gregorian; anonymous algorithm) as 'YYYY-MM-DD'. */
export function easterSunday(year: number): string {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100;
  const d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31),
    day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days equated to a holiday by royal decree under Atw art. 3 lid 3, per year.
 * Sources (decree titles as quoted in public pages; the Staatscourant text
 * itself was not available offline):
 * - KB of 31 October 2016, Stcrt. 2016, 58653 (2017–2019);
 * - "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024,
 *   27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag";
 * - "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027,
 *   28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag".
 * Years not listed (2020–2022, 2029 and later) are unknown here: the UI then
 * tells the user to check for such a decree instead of guessing.
 */
export const DECREED_DAYS: Readonly<Record<number, readonly string[]>> = {
  2017: ['2017-04-28', '2017-05-26'],
  2018: ['2018-05-11', '2018-12-24', '2018-12-31'],
  2019: ['2019-05-31', '2019-12-27'],
  2023: ['2023-04-28', '2023-05-19'],
  2024: ['2024-05-10', '2024-12-27'],
  2025: ['2025-05-30'],
  2026: ['2026-01-02', '2026-05-15'],
  2027: ['2027-05-07'],
  2028: ['2028-04-28', '2028-05-26'],
};

/** True when the decreed days (Atw art. 3 lid 3) of this year are in DECREED_DAYS. */
export function decreeKnown(year: number): boolean {
  return Object.prototype.hasOwnProperty.call(DECREED_DAYS, year);
}

/**
 * The holidays of the Algemene termijnenwet art. 3 for one year: lid 1, Goede
 * Vrijdag of lid 2, and the days equated by decree (lid 3) where known.
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
    ...(DECREED_DAYS[year] ?? []),
  ]);
}

/** True on a Saturday, Sunday or Atw holiday. */
export function isNonWorkingDay(iso: string): boolean {
  const wd = weekday(iso);
  return wd === 0 || wd === 6 || atwHolidays(Number(iso.slice(0, 4))).has(iso);
}
