import type { Algorithm, RegisterState } from './model';
import { emptyReport, type ConversionReport } from './report';
import { SyncError } from './errors';
import { newStats, postJson, type HttpOptions, type TransferStats } from './http';
import { parseListResponse, rawLars, toAlgorithm } from './validate';
import { pagesFor, plausibleTotal, requestBudget, RUN_LIMITS, RunBudget } from './run-limits';

/**
 * Paging through the register's list endpoint `POST {base}/algoritme/NLD`
 * `{page, limit}` → `{results, total_count, filter_data}` (1-based pages,
 * limit ≤ 100, newest first). Used by the CLI (`--api`) and by the extension's sync.
 */
export interface PagerOptions extends HttpOptions {
  /** API base, e.g. https://algoritmes.overheid.nl/api */
  base: string;
  /** Page size; the API refuses more than 100 (422). */
  limit?: number;
  /** Reject the run when more than this share of records is unusable (a changed API). Default 0.1. */
  maxSkippedShare?: number;
  /** Entries in the data in use: bounds the total_count a run accepts (see plausibleTotal). Null: only the absolute bound. */
  inUse?: number | null;
  /** Wall-clock limit of the whole run (default RUN_LIMITS.runDeadlineMs). */
  runDeadlineMs?: number;
}

export interface Download {
  algorithms: Algorithm[];
  report: ConversionReport;
  register_state: RegisterState;
  stats: TransferStats;
  pages: number;
  /** Records seen twice because pages shifted while we paged. */
  duplicates: number;
}

export const listUrl = (base: string) => `${base.replace(/\/+$/, '')}/algoritme/NLD`;

/**
 * Download the whole register: page until total_count records were seen,
 * de-duplicating on lars (pages shift when entries are added meanwhile). Bad
 * records are skipped with a reason; a bad page, too few records or too many
 * bad records fail the whole run (SyncError). When records are missing because
 * pages shifted (the count changed, or records came twice), the run starts over once.
 */
export async function downloadRegister(opts: PagerOptions, stats: TransferStats = newStats()): Promise<Download> {
  const counter = { duplicates: 0 };
  // One budget for the whole run, the restart included.
  const run = opts.run ?? new RunBudget(RUN_LIMITS.extraRequests, opts.runDeadlineMs ?? RUN_LIMITS.runDeadlineMs);
  const withRun = { ...opts, run };
  try {
    return await downloadOnce(withRun, stats, counter);
  } catch (error) {
    if (error instanceof SyncError && error.code === 'incomplete' && error.retryable) return downloadOnce(withRun, stats, counter);
    throw error;
  }
}

/** Reject answers no register gives: a count far beyond the data in use, a page larger than asked for. */
function checkPlausible(total: number, results: number, limit: number, opts: PagerOptions, where: string) {
  const max = plausibleTotal(opts.inUse ?? null);
  if (total > max) throw new SyncError('implausible', `${where}: total_count ${total}, at most ${max} expected`);
  if (results > limit) throw new SyncError('implausible', `${where}: ${results} results for a limit of ${limit}`);
}

async function downloadOnce(
  opts: PagerOptions & { run: RunBudget },
  stats: TransferStats,
  counter: { duplicates: number },
): Promise<Download> {
  const limit = Math.min(opts.limit ?? RUN_LIMITS.pageSize, RUN_LIMITS.pageSize);
  const url = listUrl(opts.base);
  const report = emptyReport();
  const seen = new Set<string>();
  const algorithms: Algorithm[] = [];
  let total = -1;
  let firstTotal = -1;
  let firstRecord: Algorithm | null = null;
  let page = 1;
  const firstAt = new Map<string, string>();
  const repeats: { lars: string; at: string }[] = [];
  for (; ; page++) {
    const where = `page ${page}`;
    const body = parseListResponse(await postJson(url, { page, limit }, opts, stats), where);
    total = body.total_count;
    checkPlausible(total, body.results.length, limit, opts, where);
    if (firstTotal < 0) {
      firstTotal = total;
      // Now the size is known: the run may make one full download, one restart and a few retries.
      opts.run.maxRequests = Math.max(opts.run.maxRequests, requestBudget(total, limit));
    }
    if (total === 0) throw new SyncError('malformed', 'the register reports 0 algorithms');
    if (body.results.length === 0) break;
    const before = seen.size;
    body.results.forEach((raw, i) => {
      const key = rawLars(raw) ?? `${where} #${i}`;
      if (seen.has(key)) {
        counter.duplicates++;
        return void repeats.push({ lars: key, at: `${where} #${i}` });
      }
      seen.add(key);
      firstAt.set(key, `${where} #${i}`);
      const algorithm = toAlgorithm(raw, `${where} #${i}`, report);
      if (algorithm) algorithms.push(algorithm);
      if (algorithm && !firstRecord) firstRecord = algorithm;
    });
    if (seen.size >= total || (total === firstTotal && seen.size + repeats.length >= total && page >= pagesFor(total, limit))) break;
    // A whole page of records already seen: the listing moved under us (or the server repeats itself).
    if (seen.size === before && page < pagesFor(total, limit)) break;
    if (page >= pagesFor(total, limit) + 3) break;
  }
  if (seen.size < total && registerDuplicates(total, firstTotal, seen.size, repeats.length, limit)) {
    // The listing was stable and every row arrived: the register itself lists these lars twice.
    for (const r of repeats)
      report.skipped.push({ lars: r.lars, at: r.at, reason: `duplicate lars, first seen at ${firstAt.get(r.lars)}` });
  } else if (seen.size < total) {
    // Pages shifted under us (count changed or records repeated): worth one fresh run.
    throw new SyncError('incomplete', `received ${seen.size} of ${total} algorithms`, total !== firstTotal || counter.duplicates > 0);
  }
  const maxSkipped = Math.floor(seen.size * (opts.maxSkippedShare ?? 0.1));
  if (report.skipped.length > maxSkipped) {
    const example = report.skipped[0];
    throw new SyncError('malformed', `${report.skipped.length} of ${seen.size} records unusable (e.g. ${example.at}: ${example.reason})`);
  }
  return {
    algorithms,
    report,
    register_state: newestState(algorithms, total, firstRecord),
    stats,
    pages: page,
    duplicates: counter.duplicates,
  };
}

/**
 * Whether the missing records are explained by the register listing a few lars
 * twice (then the duplicates are skipped with a reason and the rest is kept),
 * rather than by pages that shifted or repeated (then records are really
 * missing). Only when the count stayed the same, every row arrived, and the
 * repeats are fewer than a page and at most 1% of the register.
 */
function registerDuplicates(total: number, firstTotal: number, unique: number, repeats: number, limit: number): boolean {
  return total === firstTotal && unique + repeats >= total && repeats < limit && repeats <= Math.max(5, total / 100);
}

function newestState(algorithms: Algorithm[], total: number, first: Algorithm | null): RegisterState {
  let newest = first;
  for (const a of algorithms) if ((a.create_dt ?? '') > (newest?.create_dt ?? '')) newest = a;
  return { total_count: total, newest_lars: newest?.lars ?? null, newest_create_dt: newest?.create_dt ?? null };
}
