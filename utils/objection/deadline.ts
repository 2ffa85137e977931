import { addDays, dayNumber, daysBetween, decreeKnown, isNonWorkingDay } from './dates';

/** The objection term for one decision, as calendar dates ('YYYY-MM-DD'). */
export interface BezwaarDeadline {
  /** The date at the top of the decision (its dagtekening); for tax assessments it counts by law (AWR art. 22j). */
  decisionDate: string;
  /** First day of the term: the day after the decision was sent (Awb 6:8). */
  start: string;
  /** Last day of the six weeks (Awb 6:7). Aim for this day. */
  lastDay: string;
  /**
   * The same, moved to the next working day when the last day is a Saturday,
   * Sunday or Atw holiday (Algemene termijnenwet art. 1); equals lastDay otherwise.
   */
  extendedTo: string;
  /**
   * False when the decreed days (Atw art. 3 lid 3) of a year the term ends in
   * are not known here: the UI then asks the user to check for such a decree.
   */
  decreeChecked: boolean;
}

/** Number of days in the six-week term. */
export const BEZWAAR_TERM_DAYS = 42;

/**
 * The bezwaar deadline for a decision sent on `decisionDate`: six weeks that
 * start the day after. Returns null for an input that is not a real date.
 * The decision letter's own instructions prevail; the UI says so.
 */
export function bezwaarDeadline(decisionDate: string): BezwaarDeadline | null {
  if (dayNumber(decisionDate) === null) return null;
  const start = addDays(decisionDate, 1);
  const lastDay = addDays(start, BEZWAAR_TERM_DAYS - 1);
  let extendedTo = lastDay;
  while (isNonWorkingDay(extendedTo)) extendedTo = addDays(extendedTo, 1);
  const years = new Set([lastDay, extendedTo].map((d) => Number(d.slice(0, 4))));
  const decreeChecked = [...years].every(decreeKnown);
  return { decisionDate: decisionDate.trim(), start, lastDay, extendedTo, decreeChecked };
}

/** Where today stands against a deadline. */
export type DeadlineState =
  | { kind: 'future-decision' }
  | { kind: 'open'; daysLeft: number }
  | { kind: 'grace'; daysLeft: number }
  | { kind: 'passed'; daysLate: number };

/**
 * Compares today with a deadline: 'open' up to lastDay, 'grace' on the days
 * the Algemene termijnenwet adds, then 'passed'. A decision date after today
 * is reported as 'future-decision' (probably a typing error).
 */
export function deadlineState(deadline: BezwaarDeadline, today: string): DeadlineState {
  if (daysBetween(today, deadline.decisionDate) > 0) return { kind: 'future-decision' };
  const toLast = daysBetween(today, deadline.lastDay);
  if (toLast >= 0) return { kind: 'open', daysLeft: toLast };
  const toExtended = daysBetween(today, deadline.extendedTo);
  if (toExtended >= 0) return { kind: 'grace', daysLeft: toExtended };
  return { kind: 'passed', daysLate: -toExtended };
}
