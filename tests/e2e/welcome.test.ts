/**
 * First run, in both real browsers: installing the extension opens the
 * welcome page once (what it does, what it never does, its permissions) and
 * remembers that it did.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, startLocalInternet, waitFor, type ExtensionSession, type LocalInternet } from './harness';

type Launch = (server: LocalInternet) => Promise<ExtensionSession<unknown>>;

describe.each([
  ['chromium', launchChromium as unknown as Launch],
  ['firefox', launchFirefox as unknown as Launch],
])('first run in %s', (_name, launch) => {
  let server: LocalInternet;
  let session: ExtensionSession<unknown>;

  beforeAll(async () => {
    server = await startLocalInternet();
    session = await launch(server);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('opens the welcome page once on install and remembers it', async () => {
    const welcomeTabs = () =>
      session.evalInExtension(async () => {
        const g = globalThis as unknown as Record<string, { tabs: { query(q: object): Promise<{ url?: string }[]> } }>;
        const tabs = await (g.browser ?? g.chrome).tabs.query({});
        return tabs.filter((t) => t.url?.endsWith('/welcome.html')).length;
      });
    expect(await waitFor(welcomeTabs, (n) => n > 0)).toBe(1);
    const shown = await session.evalInExtension(async () => {
      const g = globalThis as unknown as Record<string, { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } }>;
      return (await (g.browser ?? g.chrome).storage.local.get('firstRunShown')).firstRunShown;
    });
    expect(shown).toBe(true);
  });
});
