import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DECREED_DAYS, addDays, atwHolidays, decreeKnown, easterSunday, isNonWorkingDay, todayIso, weekday } from '@/utils/objection/dates';
import { bezwaarDeadline, deadlineState } from '@/utils/objection/deadline';

describe('bezwaar deadline (Awb 6:7, 6:8; Algemene termijnenwet)', () => {
  it.each([
    // decision sent, last day of six weeks, last day after the Atw extension
    ['2026-01-30', '2026-03-13', '2026-03-13'], // plain Friday
    ['2026-01-31', '2026-03-14', '2026-03-16'], // month end; ends on a Saturday
    ['2026-12-31', '2027-02-11', '2027-02-11'], // across the year end
    ['2028-01-18', '2028-02-29', '2028-02-29'], // leap day
    ['2026-02-20', '2026-04-03', '2026-04-07'], // Goede Vrijdag, weekend, tweede Paasdag
    ['2026-03-16', '2026-04-27', '2026-04-28'], // Koningsdag
    ['2026-03-24', '2026-05-05', '2026-05-06'], // 5 mei
    ['2026-04-02', '2026-05-14', '2026-05-18'], // Hemelvaartsdag, then Friday 15 May equated by decree (Atw 3(3)), weekend
    ['2026-11-14', '2026-12-26', '2026-12-28'], // tweede Kerstdag on a Saturday
    ['2026-03-20', '2026-05-01', '2026-05-01'], // spans the start of summer time (29 March)
    ['2026-10-20', '2026-12-01', '2026-12-01'], // spans the end of summer time (25 October)
  ])('decision of %s: last day %s, extended to %s', (decision, lastDay, extendedTo) => {
    const d = bezwaarDeadline(decision)!;
    expect(d.start).toBe(addDays(decision, 1));
    expect(d.lastDay).toBe(lastDay);
    expect(d.extendedTo).toBe(extendedTo);
  });

  it.each([
    // last day on a day equated to a holiday by decree (Atw art. 3 lid 3) moves to the next working day
    ['2025-11-21', '2026-01-02', '2026-01-05'], // Friday after Nieuwjaarsdag 2026
    ['2026-04-03', '2026-05-15', '2026-05-18'], // Friday after Hemelvaartsdag 2026
    ['2027-03-26', '2027-05-07', '2027-05-10'], // Friday after Hemelvaartsdag 2027
    ['2028-03-17', '2028-04-28', '2028-05-01'], // Friday after Koningsdag 2028
    ['2028-04-14', '2028-05-26', '2028-05-29'], // Friday after Hemelvaartsdag 2028
    ['2024-11-15', '2024-12-27', '2024-12-30'], // Friday after tweede Kerstdag 2024
    ['2025-04-18', '2025-05-30', '2025-06-02'], // Friday after Hemelvaartsdag 2025
  ])('decision of %s ends on decreed day %s, extended to %s', (decision, lastDay, extendedTo) => {
    const d = bezwaarDeadline(decision)!;
    expect(d.lastDay).toBe(lastDay);
    expect(d.extendedTo).toBe(extendedTo);
    expect(d.decreeChecked).toBe(true);
  });

  it('says when the decreed days of the year are unknown instead of guessing', () => {
    expect(bezwaarDeadline('2029-01-05')!.decreeChecked).toBe(false); // ends in 2029: no decree in the table
    expect(bezwaarDeadline('2021-05-01')!.decreeChecked).toBe(false); // 2021: decree not sourced
    expect(bezwaarDeadline('2028-11-16')!.decreeChecked).toBe(true); // ends Thursday 28 December 2028
    expect(bezwaarDeadline('2028-11-20')!.decreeChecked).toBe(false); // ends 1 January 2029
    for (const [year, days] of Object.entries(DECREED_DAYS)) {
      expect(decreeKnown(Number(year))).toBe(true);
      // every decreed day is a weekday: a decree never needs to equate a weekend day
      for (const d of days) expect([0, 6]).not.toContain(weekday(d));
    }
  });

  it.each(['2026-02-30', '', '20-01-2026', '2026-13-01', 'gisteren'])('rejects %j', (bad) => {
    expect(bezwaarDeadline(bad)).toBeNull();
  });

  it('ends six weeks later on the same weekday, on a working day after extension', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const d = bezwaarDeadline(iso)!;
          expect(d.lastDay).toBe(addDays(iso, 42));
          expect(weekday(d.lastDay)).toBe(weekday(iso));
          expect(isNonWorkingDay(d.extendedTo)).toBe(false);
          expect(d.extendedTo >= d.lastDay).toBe(true);
          expect(d.extendedTo <= addDays(d.lastDay, 5)).toBe(true);
        },
      ),
    );
  });

  it('knows Easter and the Atw holidays', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
    expect(atwHolidays(2025).has('2025-04-26')).toBe(true); // 27 April 2025 is a Sunday
    expect(atwHolidays(2025).has('2025-04-27')).toBe(false);
    expect(atwHolidays(2026).has('2026-05-25')).toBe(true); // tweede Pinksterdag
  });

  it('reports the state of the term against today', () => {
    const d = bezwaarDeadline('2026-11-14')!;
    expect(deadlineState(d, '2026-11-20')).toEqual({ kind: 'open', daysLeft: 36 });
    expect(deadlineState(d, '2026-12-26')).toEqual({ kind: 'open', daysLeft: 0 });
    expect(deadlineState(d, '2026-12-27')).toEqual({ kind: 'grace', daysLeft: 1 });
    expect(deadlineState(d, '2027-01-04')).toEqual({ kind: 'passed', daysLate: 7 });
    expect(deadlineState(d, '2026-11-01')).toEqual({ kind: 'future-decision' });
  });
});

describe('today in Europe/Amsterdam, whatever the device time zone', () => {
  const saved = process.env.TZ;
  afterAll(() => {
    process.env.TZ = saved;
  });

  it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Amsterdam'])('counts the Dutch calendar day with the process in %s', (tz) => {
    process.env.TZ = tz;
    // 22:30 UTC on 28 March 2026 is 23:30 in Amsterdam (winter time): still the 28th
    expect(todayIso(new Date('2026-03-28T22:30:00Z'))).toBe('2026-03-28');
    // 23:30 UTC is already 00:30 on the 29th in Amsterdam, but still the 28th in UTC and New York
    expect(todayIso(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    // summer time (UTC+2): 22:30 UTC on 25 October 2026 (clocks go back at 01:00 UTC) is 23:30 on the 25th
    expect(todayIso(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25');
    // 22:30 UTC on 24 October 2026 is 00:30 on the 25th in Amsterdam (UTC+2)
    expect(todayIso(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    // Tokyo is already on the next day at 16:00 UTC; Amsterdam is not
    expect(todayIso(new Date('2026-12-31T16:00:00Z'))).toBe('2026-12-31');
  });

  it('flips the deadline state at Amsterdam midnight, not device midnight', () => {
    process.env.TZ = 'America/New_York';
    const d = bezwaarDeadline('2026-11-14')!; // last day Saturday 26 December, extended to Monday 28 December
    // 23:30 UTC on 28 December is 00:30 on the 29th in Amsterdam (New York: still the 28th, evening)
    expect(deadlineState(d, todayIso(new Date('2026-12-28T22:30:00Z')))).toEqual({ kind: 'grace', daysLeft: 0 });
    expect(deadlineState(d, todayIso(new Date('2026-12-28T23:30:00Z')))).toEqual({ kind: 'passed', daysLate: 1 });
  });

  it('gives the same deadline whatever the time zone', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(bezwaarDeadline('2026-03-20')!.lastDay).toBe('2026-05-01');
    expect(bezwaarDeadline('2026-10-20')!.lastDay).toBe('2026-12-01');
  });
});
