/**
 * Helpers for tests that drive extension pages in both browsers: a page is
 * anything with `evaluate` (a Playwright page in Chromium, a Puppeteer page
 * in Firefox).
 */

/** What both drivers' pages offer: evaluate in the page. */
export type Page = { evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>; close(): Promise<void> };

/** How long one read may take before it counts as failed: an evaluate in a page that stopped answering never settles. */
const READ_LIMIT_MS = 15_000;

/**
 * Polls `read` every 250 ms until `ok` holds (a failed or unanswered read counts as not yet), or fails with the
 * last value, so that a wait that never ends says what it saw instead of running into the test's timeout.
 */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 60_000,
  readLimitMs = READ_LIMIT_MS,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unanswered = new Promise<'unanswered'>((r) => (timer = setTimeout(() => r('unanswered'), readLimitMs)));
    const got = await Promise.race([read(), unanswered]).catch(() => null);
    clearTimeout(timer);
    const value = got === 'unanswered' ? null : (got as T | null);
    if (value !== null && ok(value)) return value;
    if (Date.now() > end)
      throw new Error(
        `timed out; last value ${got === 'unanswered' ? 'none: the read did not answer' : JSON.stringify(value)?.slice(0, 500)}`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Sends a message to the background from an extension page, the way the UI does. */
export const sendFromPage = <T>(page: Page, message: object): Promise<T> =>
  page.evaluate((m) => {
    const g = globalThis as any;
    return (g.browser ?? g.chrome).runtime.sendMessage(m) as Promise<T>;
  }, message);

/** Text of the first element matching `selector`, or null. */
export const textOf = (page: Page, selector: string): Promise<string | null> =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
