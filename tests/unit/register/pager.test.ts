// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeRegister, type Fault, type FakeRegister } from '../../fixtures/fake-register';
import { downloadRegister, type PagerOptions } from '@/utils/register/pager';
import { RunBudget } from '@/utils/register/run-limits';
import { SyncError } from '@/utils/register/errors';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function serve(faults: Fault[] = [], setup?: (fake: FakeRegister) => void) {
  const fake = createFakeRegister({ faults });
  setup?.(fake);
  const server = await fake.listen();
  close = server.close;
  const slept: number[] = [];
  const opts: PagerOptions = {
    base: server.url,
    // Generous: the deadline covers the whole page, and the machine may be busy.
    timeoutMs: 3000,
    retries: 2,
    backoffMs: 5,
    maxRetryAfterMs: 2000,
    sleep: async (ms) => void slept.push(ms),
  };
  return { fake, opts, slept };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(SyncError);
      return error as SyncError;
    },
  );

describe('paging the register', () => {
  it('downloads every real record in pages of 100 until total_count', async () => {
    const { fake, opts } = await serve();
    const result = await downloadRegister(opts);
    expect(result.algorithms).toHaveLength(1530);
    expect(new Set(result.algorithms.map((a) => a.lars)).size).toBe(1530);
    expect(fake.requests.map((r) => r.page)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(fake.requests.every((r) => r.limit === 100 && r.status === 200)).toBe(true);
    expect(result.stats.requests).toBe(16);
    expect(result.register_state).toEqual({
      total_count: 1530,
      newest_lars: fake.records[0].lars,
      newest_create_dt: fake.records[0].create_dt,
    });
  });

  it('refuses a limit above 100 like the real API (422)', async () => {
    const { opts } = await serve();
    const res = await fetch(`${opts.base}/algoritme/NLD`, { method: 'POST', body: JSON.stringify({ page: 1, limit: 101 }) });
    expect(res.status).toBe(422);
  });

  it('de-duplicates on lars when new entries shift the pages during the run', async () => {
    const { fake, opts } = await serve([], (f) => {
      f.beforePage = (page, self) => {
        if (page === 5 && self.records.length === 1530) {
          self.addNewest(self.records.slice(0, 3).map((r, i) => ({ ...r, lars: `9900000${i}`, create_dt: '2026-11-22T10:00:00+00:00' })));
        }
      };
    });
    const result = await downloadRegister(opts);
    // Page 5 repeated 3 records of page 4; the 3 new ones sit on page 1, already read: one fresh run gets them.
    expect(result.duplicates).toBe(3);
    expect(result.algorithms).toHaveLength(1533);
    expect(new Set(result.algorithms.map((a) => a.lars)).size).toBe(1533);
    expect(result.register_state.newest_create_dt).toBe('2026-11-22T10:00:00+00:00');
    expect(fake.requests.map((r) => r.page)).toEqual([
      ...Array.from({ length: 17 }, (_, i) => i + 1),
      ...Array.from({ length: 16 }, (_, i) => i + 1),
    ]);
  });

  it('fails as incomplete when a page keeps repeating the previous one, and stops paging at the repeat', async () => {
    const { fake, opts } = await serve([{ kind: 'duplicate', page: 3 }]);
    const error = await failure(downloadRegister(opts));
    expect(error.code).toBe('incomplete');
    expect(error.message).toBe('incomplete: received 200 of 1530 algorithms');
    expect(fake.requests.map((r) => r.page)).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('skips a lars the register lists twice, with a reason, and keeps every other record', async () => {
    const { fake, opts } = await serve([], (f) => {
      const twice = { ...f.records[500], name: 'Tweede versie onder hetzelfde nummer' };
      f.records = [...f.records.slice(0, 700), twice, ...f.records.slice(700)];
    });
    const result = await downloadRegister(opts);
    expect(fake.records).toHaveLength(1531);
    expect(result.algorithms).toHaveLength(1530);
    expect(result.algorithms.find((a) => a.lars === fake.records[500].lars)?.name).toBe(fake.records[500].name);
    expect(result.report.skipped).toEqual([
      { lars: fake.records[500].lars, at: 'page 8 #0', reason: 'duplicate lars, first seen at page 6 #0' },
    ]);
    expect(fake.requests).toHaveLength(16);
  });

  it('recovers from one repeated page with one fresh run', async () => {
    const { fake, opts } = await serve([{ kind: 'duplicate', page: 3, times: 1 }]);
    const result = await downloadRegister(opts);
    expect(result.algorithms).toHaveLength(1530);
    expect(result.duplicates).toBe(100);
    // The first run stops at the page that brought nothing new, then starts over.
    expect(fake.requests).toHaveLength(3 + 16);
  });

  it('retries a 500 and succeeds', async () => {
    const { fake, opts, slept } = await serve([{ kind: '500', page: 2, times: 1 }]);
    const result = await downloadRegister(opts);
    expect(result.algorithms).toHaveLength(1530);
    expect(fake.requests.filter((r) => r.page === 2).map((r) => r.status)).toEqual([500, 200]);
    expect(slept).toEqual([5]);
  });

  it('gives up on a lasting 500 with one clear error', async () => {
    const { opts } = await serve([{ kind: '500', page: 4 }]);
    const error = await failure(downloadRegister(opts));
    expect(error.code).toBe('http');
    expect(error.message).toMatch(/^http: HTTP 500 for \/api\/algoritme\/NLD .*"page":4.* \(after 3 attempts\)$/);
  });

  it('honours Retry-After on 429, capped', async () => {
    const { opts, slept } = await serve([
      { kind: '429', page: 1, times: 1, retryAfter: '1' },
      { kind: '429', page: 2, times: 1, retryAfter: '3600' },
    ]);
    await downloadRegister(opts);
    expect(slept).toEqual([1000, 2000]);
  });

  it('times out a stalled body and a stalled response', async () => {
    for (const kind of ['stall', 'stall-headers'] as const) {
      const { fake, opts } = await serve([{ kind, page: 2 }]);
      const started = performance.now();
      const error = await failure(downloadRegister({ ...opts, timeoutMs: 300, retries: 1 }));
      expect(error.code).toBe('timeout');
      expect(performance.now() - started).toBeLessThan(5000);
      expect(fake.requests.filter((r) => r.page === 2)).toHaveLength(2);
      await close?.();
      close = null;
    }
  });

  it.each([
    ['truncated', 'malformed', /invalid or truncated JSON/],
    ['wrong-types', 'malformed', /results is not a list/],
    ['html', 'content-type', /text\/html/],
  ] as const)('rejects a %s page', async (kind, code, message) => {
    const { opts } = await serve([{ kind, page: 7 }]);
    const error = await failure(downloadRegister(opts));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('skips records with wrong types, with reasons', async () => {
    const { opts } = await serve([{ kind: 'bad-records', page: 16 }]);
    const result = await downloadRegister(opts);
    expect(result.algorithms).toHaveLength(1500);
    expect(result.report.skipped).toHaveLength(30);
    expect(new Set(result.report.skipped.map((s) => s.reason))).toEqual(new Set(['lars: not a string', 'name: not a string']));
  });

  it('rejects the run when too many records are unusable (a changed API)', async () => {
    const { opts } = await serve([
      { kind: 'bad-records', page: 1 },
      { kind: 'bad-records', page: 2 },
    ]);
    const error = await failure(downloadRegister(opts));
    expect(error.message).toMatch(/^malformed: 200 of 1530 records unusable/);
  });

  it('stops reading a 50 MB body at the size limit without holding it', async () => {
    const { fake, opts } = await serve([{ kind: 'huge', page: 1, bytes: 50 * 1024 * 1024 }]);
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await failure(downloadRegister({ ...opts, timeoutMs: 5000 })); // default limit: 20 MB
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^too-large: over 20971520 bytes/);
    expect(fake.bytesWritten).toBeLessThan(30 * 1024 * 1024); // the client hung up; the server never sent the rest
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('keeps unknown publication categories verbatim and matches plural spellings', async () => {
    const { fake, opts } = await serve();
    fake.records[0].publication_category = 'Verboden AI-systeem';
    fake.records[1].publication_category = 'Hoog-risico AI-systemen';
    fake.records[2].publication_category = 'Impactvolle algoritmes';
    const result = await downloadRegister(opts);
    const category = (lars: string) => result.algorithms.find((a) => a.lars === lars)!.publication_category;
    expect(category(fake.records[0].lars)).toBe('Verboden AI-systeem');
    expect(category(fake.records[1].lars)).toBe('Hoog-risico AI-systeem');
    expect(category(fake.records[2].lars)).toBe('Impactvolle algoritmes');
  });

  it('keeps what the unknown-category fault serves: verbatim when unknown, the register spelling when known', async () => {
    const { fake, opts } = await serve([{ kind: 'unknown-category', page: 1 }]);
    const result = await downloadRegister(opts);
    const counts = new Map<string | null, number>();
    for (const a of result.algorithms.filter((x) => fake.records.slice(0, 100).some((r) => r.lars === x.lars))) {
      counts.set(a.publication_category, (counts.get(a.publication_category) ?? 0) + 1);
    }
    expect(counts).toEqual(
      new Map([
        ['Verboden AI-systeem', 25],
        ['Hoog-risico AI-systeem', 25],
        ['Impactvolle algoritmes', 25],
        ['Categorie D', 25],
      ]),
    );
    expect(result.report.skipped).toEqual([]);
  });

  it('rejects a total_count far beyond the data in use after one request', async () => {
    const { fake, opts } = await serve([{ kind: 'huge-count', count: 10_000_000 }]);
    const error = await failure(downloadRegister(opts));
    expect(error.code).toBe('implausible');
    expect(error.message).toMatch(/total_count 10000000, at most 100000 expected/);
    expect(fake.requests).toHaveLength(1);
    // Relative to the data in use: 1,530 entries allow at most 2 × 1,530 + 1,000.
    const { opts: opts2 } = await serve([{ kind: 'huge-count', count: 4061 }]);
    expect((await failure(downloadRegister({ ...opts2, inUse: 1530 }))).message).toMatch(/total_count 4061, at most 4060 expected/);
  });

  it('rejects a page with more results than the limit', async () => {
    const { fake, opts } = await serve([{ kind: 'oversize-page', page: 2 }]);
    const error = await failure(downloadRegister(opts));
    expect(error.code).toBe('implausible');
    expect(error.message).toMatch(/page 2: 201 results for a limit of 100/);
    expect(fake.requests).toHaveLength(2);
  });

  it('does not follow a redirect, not even once', async () => {
    const { fake, opts } = await serve([{ kind: 'redirect', page: 1, location: 'http://127.0.0.1:9/elsewhere' }]);
    const error = await failure(downloadRegister(opts));
    expect(error.code).toBe('redirect');
    expect(error.message).toMatch(/HTTP 302 to http:\/\/127\.0\.0\.1:9\/elsewhere .* not followed/);
    expect(fake.requests).toHaveLength(1);
  });

  it('ends a request at its deadline however slowly the bytes keep coming', async () => {
    const { opts } = await serve([{ kind: 'drip', page: 1, intervalMs: 20 }]);
    const started = performance.now();
    const error = await failure(downloadRegister({ ...opts, timeoutMs: 300, retries: 0 }));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/no complete answer within 300 ms/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stops at the request cap when a server serves endless new records', async () => {
    const { fake, opts } = await serve([{ kind: 'fake-pages', count: 3000 }]);
    const error = await failure(downloadRegister({ ...opts, inUse: 1530 }));
    // 3,000 is plausible for 1,530 in use, but the pages never end (total_count grows with them)…
    expect(['implausible', 'budget']).toContain(error.code);
    // …but a run never makes more than 2 × pages + 8 requests.
    expect(fake.requests.length).toBeLessThanOrEqual(2 * 30 + 8);
  });

  it('stops when the run budget is used up, with a clear reason', async () => {
    const { fake, opts } = await serve([{ kind: '500' }]);
    const run = new RunBudget(3);
    const error = await failure(downloadRegister({ ...opts, retries: 10, run }));
    expect(error.code).toBe('budget');
    expect(error.message).toMatch(/request cap of 3 reached/);
    expect(fake.requests).toHaveLength(3);
  });

  it('stops when waiting for a retry would pass the run deadline', async () => {
    const { fake, opts } = await serve([{ kind: '429', retryAfter: '60' }]);
    const error = await failure(downloadRegister({ ...opts, maxRetryAfterMs: 60_000, runDeadlineMs: 30_000 }));
    expect(error.code).toBe('budget');
    expect(error.message).toMatch(/would pass the run time limit/);
    expect(fake.requests).toHaveLength(1);
  });
});
