import { SyncError } from './errors';

/**
 * Hard bounds on one sync run, whatever the server does (README, "How the sync
 * works"). A run that hits one ends with a SyncError naming the bound.
 */
export const RUN_LIMITS = {
  /** Page size; the register refuses more than 100 (HTTP 422). */
  pageSize: 100,
  /** A total_count above this is not the register (it had 1,530 entries in 2026). */
  maxTotalCount: 100_000,
  /** Growth allowed since the data in use: total_count ≤ factor × entries + slack. */
  growthFactor: 2,
  growthSlack: 1_000,
  /** Requests per run: this many per page of total_count (one full download plus one restart)… */
  requestsPerPage: 2,
  /** …plus this many for retries. Also the cap before the first page told total_count. */
  extraRequests: 8,
  /** Wall-clock time of one whole run, retries and waits included. */
  runDeadlineMs: 10 * 60_000,
  /** Wall-clock time of one request, headers and body together: a dripping server cannot extend it. */
  requestDeadlineMs: 30_000,
} as const;

/** Pages of `limit` records needed for `count` records. */
export const pagesFor = (count: number, limit: number = RUN_LIMITS.pageSize) => Math.ceil(count / limit);

/**
 * The largest total_count accepted when `inUse` entries are in the data in use
 * (null: nothing to compare with, e.g. the command line). 1,530 → 4,060.
 */
export function plausibleTotal(inUse: number | null): number {
  if (inUse === null) return RUN_LIMITS.maxTotalCount;
  return Math.min(RUN_LIMITS.maxTotalCount, RUN_LIMITS.growthFactor * inUse + RUN_LIMITS.growthSlack);
}

/** Requests one run may make for a register of `total` entries: 1,530 → 40, 15,300 → 314. */
export function requestBudget(total: number, limit: number = RUN_LIMITS.pageSize): number {
  return RUN_LIMITS.requestsPerPage * pagesFor(total, limit) + RUN_LIMITS.extraRequests;
}

/**
 * Counts requests and time of one run. Every request asks `take()` first; a
 * wait asks `canWait()`; each request's deadline is cut to what the run has left.
 */
export class RunBudget {
  requests = 0;
  readonly deadlineAt: number;

  constructor(
    public maxRequests: number = RUN_LIMITS.extraRequests,
    runDeadlineMs: number = RUN_LIMITS.runDeadlineMs,
    private readonly clock: () => number = Date.now,
  ) {
    this.deadlineAt = clock() + runDeadlineMs;
  }

  /** Milliseconds the run has left (≥ 0). */
  remainingMs(): number {
    return Math.max(0, this.deadlineAt - this.clock());
  }

  /** Count one request, or throw when the run has used its requests or its time. */
  take(where: string): void {
    if (this.requests >= this.maxRequests) {
      throw new SyncError('budget', `request cap of ${this.maxRequests} reached before ${where}`);
    }
    if (this.remainingMs() <= 0) throw new SyncError('budget', `run time limit reached before ${where}`);
    this.requests++;
  }

  /** Throw when waiting `ms` would pass the run's deadline. */
  canWait(ms: number, where: string): void {
    if (ms >= this.remainingMs()) throw new SyncError('budget', `waiting ${ms} ms before retrying ${where} would pass the run time limit`);
  }
}
