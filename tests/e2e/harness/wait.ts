/**
 * Polls `read` until `ok(value)` holds and returns that value; throws with the
 * last value after `timeoutMs`. Works the same for Playwright and Puppeteer
 * pages: `waitFor(() => page.evaluate(() => document.title), (t) => t !== '')`.
 */
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `waitFor timed out after ${timeoutMs} ms; last value: ${JSON.stringify(last)}${lastError ? `; last error: ${lastError}` : ''}`,
  );
}

/** Resolves after `ms` milliseconds (for letting background traffic happen before checking the log). */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
