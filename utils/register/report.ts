/**
 * What happened to the records of one conversion or download: which were
 * skipped and why, and which fields were cut or dropped. Printed by the CLI,
 * kept by the sync, asserted by the tests.
 */
export interface RecordIssue {
  /** The record's lars when it had a usable one. */
  lars: string | null;
  /** Where the record came from ("page 3 #17", "launch #12"). */
  at: string;
  reason: string;
}

export interface ConversionReport {
  skipped: RecordIssue[];
  /** Field-level changes: cut to the length limit, dropped for a wrong type or an unsafe link. */
  notes: RecordIssue[];
}

export function emptyReport(): ConversionReport {
  return { skipped: [], notes: [] };
}

/** One line per kind of problem with its count, for humans. */
export function summarizeReport(report: ConversionReport): string[] {
  const count = (list: RecordIssue[]) => {
    const byReason = new Map<string, number>();
    for (const issue of list) {
      const key = issue.reason.replace(/\d[\d.,]*/g, 'N');
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
    }
    return [...byReason].sort((a, b) => b[1] - a[1]);
  };
  return [
    ...count(report.skipped).map(([reason, n]) => `skipped ${n}× ${reason}`),
    ...count(report.notes).map(([reason, n]) => `note ${n}× ${reason}`),
  ];
}
