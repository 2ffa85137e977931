import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, atwHolidays, easterSunday, isNonWorkingDay, todayIso, weekday } from '@/utils/objection/dates';
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
    ['2026-04-02', '2026-05-14', '2026-05-15'], // Hemelvaartsdag
    ['2026-11-14', '2026-12-26', '2026-12-28'], // tweede Kerstdag on a Saturday
    ['2026-03-20', '2026-05-01', '2026-05-01'], // spans the start of summer time (29 March)
    ['2026-10-20', '2026-12-01', '2026-12-01'], // spans the end of summer time (25 October)
  ])('decision of %s: last day %s, extended to %s', (decision, lastDay, extendedTo) => {
    const d = bezwaarDeadline(decision)!;
    expect(d.start).toBe(addDays(decision, 1));
    expect(d.lastDay).toBe(lastDay);
    expect(d.extendedTo).toBe(extendedTo);
  });

  it.each(['2026-02-30', '', '20-01-2026', '2026-13-01', 'gisteren'])('rejects %j', (bad) => {
    expect(bezwaarDeadline(bad)).toBeNull();
  });

  it('ends six weeks later on the same weekday, on a working day after extension', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const d = bezwaarDeadline(iso)!;
        expect(d.lastDay).toBe(addDays(iso, 42));
        expect(weekday(d.lastDay)).toBe(weekday(iso));
        expect(isNonWorkingDay(d.extendedTo)).toBe(false);
        expect(d.extendedTo >= d.lastDay).toBe(true);
        expect(d.extendedTo <= addDays(d.lastDay, 5)).toBe(true);
      }),
    );
  });

  it('knows Easter and the Atw holidays', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
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

describe('dates in a time zone with daylight saving', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Amsterdam';
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('takes today from the local calendar around the clock change', () => {
    expect(todayIso(new Date(2026, 2, 29, 0, 30))).toBe('2026-03-29');
    expect(todayIso(new Date(2026, 2, 29, 23, 30))).toBe('2026-03-29');
    expect(todayIso(new Date(2026, 9, 25, 23, 59))).toBe('2026-10-25');
  });

  it('gives the same deadline whatever the time zone', () => {
    expect(bezwaarDeadline('2026-03-20')!.lastDay).toBe('2026-05-01');
    expect(bezwaarDeadline('2026-10-20')!.lastDay).toBe('2026-12-01');
  });
});
