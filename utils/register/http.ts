import { SyncError } from './errors';
import { RUN_LIMITS, type RunBudget } from './run-limits';

/** Knobs of one download; all have production defaults, tests set small ones. */
export interface HttpOptions {
  /** The fetch to use (global fetch by default; tests and the CLI may inject one). */
  fetch?: typeof fetch;
  /**
   * Deadline of one request, headers and whole body together (not an idle
   * timeout: a server dripping a byte at a time cannot extend it). Default 30 s.
   */
  timeoutMs?: number;
  /** Largest accepted response body, checked while streaming. Default 20 MB. */
  maxBytes?: number;
  /** Extra attempts after a retryable failure (429, 5xx, 408, timeout, network). Default 3. */
  retries?: number;
  /** First backoff; doubles per attempt. Default 2 s. */
  backoffMs?: number;
  /** Cap on a server's Retry-After. Default 120 s. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Cancels everything (e.g. the extension shutting down). */
  signal?: AbortSignal;
  /** The run's request and time budget; every attempt and every wait is charged to it. */
  run?: RunBudget;
}

/** Counters for one run: what a sync cost. */
export interface TransferStats {
  requests: number;
  bytes_sent: number;
  bytes_received: number;
}

export const newStats = (): TransferStats => ({ requests: 0, bytes_sent: 0, bytes_received: 0 });

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After as milliseconds (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  if (!/GMT|UTC|[+-]\d{4}$/i.test(value.trim())) return null; // only an HTTP date, not "soon" or "-5"
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * POST a JSON body and return the parsed JSON answer, retrying what may pass
 * (429 honouring Retry-After, 5xx, 408, stalls, network errors) with backoff.
 * Throws SyncError; never returns a partial body.
 */
export async function postJson(url: string, body: unknown, opts: HttpOptions, stats: TransferStats): Promise<unknown> {
  const attempts = 1 + (opts.retries ?? 3);
  const sleep = opts.sleep ?? defaultSleep;
  let last: SyncError | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let waitMs: number | null = null;
    try {
      return await attemptOnce(url, body, opts, stats);
    } catch (error) {
      const err = toSyncError(error, opts);
      if (!err.retryable || opts.signal?.aborted) throw err;
      last = err;
      waitMs = (err as RetryableHttp).retryAfterMs ?? null;
    }
    if (attempt < attempts) {
      const backoff = (opts.backoffMs ?? 2000) * 2 ** (attempt - 1);
      const wait = Math.min(waitMs ?? backoff, opts.maxRetryAfterMs ?? 120_000);
      opts.run?.canWait(wait, where(url, body));
      await sleep(wait);
    }
  }
  throw new SyncError(last!.code, `${last!.detail} (after ${attempts} attempt${attempts === 1 ? '' : 's'})`);
}

class RetryableHttp extends SyncError {
  constructor(
    code: 'http' | 'rate-limited',
    detail: string,
    readonly retryAfterMs: number | null,
  ) {
    super(code, detail, true);
  }
}

function toSyncError(error: unknown, opts: HttpOptions): SyncError {
  if (error instanceof SyncError) return error;
  if (opts.signal?.aborted) return new SyncError('network', 'cancelled');
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const message = error instanceof Error ? error.message : String(error);
  const detail = cause?.code ?? cause?.message;
  return new SyncError('network', `${message}${detail ? ` (${detail})` : ''}`.slice(0, 200), true);
}

/** "/api/algoritme/NLD {"page":2,"limit":100}": which request, for messages. */
const where = (url: string, body: unknown) => `${new URL(url).pathname} ${JSON.stringify(body)}`;

async function attemptOnce(url: string, body: unknown, opts: HttpOptions, stats: TransferStats): Promise<unknown> {
  const payload = JSON.stringify(body);
  const at = where(url, body);
  opts.run?.take(at);
  // One deadline for the whole request, cut to what the run has left.
  const timeoutMs = Math.min(opts.timeoutMs ?? RUN_LIMITS.requestDeadlineMs, opts.run?.remainingMs() ?? Infinity);
  const maxBytes = opts.maxBytes ?? 20 * 1024 * 1024;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  const onCancel = () => controller.abort();
  opts.signal?.addEventListener('abort', onCancel);
  try {
    stats.requests++;
    stats.bytes_sent += payload.length;
    const res = await (opts.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: payload,
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // Never follow a redirect: only the register's own answer is register data.
      redirect: 'manual',
    });
    checkOrigin(res, url, at);
    if (res.status === 429 || res.status === 408 || res.status >= 500) {
      await res.body?.cancel().catch(() => {});
      const after = parseRetryAfter(res.headers.get('retry-after'));
      throw new RetryableHttp(res.status === 429 ? 'rate-limited' : 'http', `HTTP ${res.status} for ${at}`, after);
    }
    if (!res.ok) throw new SyncError('http', `HTTP ${res.status} for ${at}`);
    const type = res.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(type)) throw new SyncError('content-type', `"${type.slice(0, 60)}" instead of JSON for ${at}`);
    const length = Number(res.headers.get('content-length') ?? NaN);
    if (length > maxBytes) throw new SyncError('too-large', `${length} bytes (limit ${maxBytes}) for ${at}`);
    const text = await readLimited(res, maxBytes, stats, at);
    try {
      return JSON.parse(text);
    } catch {
      throw new SyncError('malformed', `invalid or truncated JSON (${text.length} characters) for ${at}`);
    }
  } catch (error) {
    if (timedOut) throw new SyncError('timeout', `no complete answer within ${timeoutMs} ms from ${at}`, true);
    throw error;
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCancel);
    controller.abort();
  }
}

/**
 * A redirect (an opaque one in browsers, a 3xx in Node) or an answer from
 * another origin fails the run: it is never followed and never read as data.
 */
function checkOrigin(res: Response, url: string, at: string): void {
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
    void res.body?.cancel().catch(() => {});
    const to = res.headers.get('location');
    throw new SyncError('redirect', `HTTP ${res.status || 'redirect'}${to ? ` to ${to.slice(0, 120)}` : ''} for ${at}, not followed`);
  }
  if (res.redirected || (res.url && new URL(res.url).origin !== new URL(url).origin)) {
    void res.body?.cancel().catch(() => {});
    throw new SyncError('redirect', `answer came from ${res.url.slice(0, 120)} instead of ${new URL(url).origin} for ${at}`);
  }
}

/** Read the body as text, stopping (and cancelling) as soon as it passes maxBytes. */
async function readLimited(res: Response, maxBytes: number, stats: TransferStats, where: string): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    stats.bytes_received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new SyncError('too-large', `over ${maxBytes} bytes for ${where}`);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
