import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, sleep, startLocalInternet, waitFor, type ExtensionSession, type LocalInternet } from './harness';

/** The part of a Playwright or Puppeteer page these tests use. */
interface AnyPage {
  evaluate<R>(fn: () => R): Promise<R>;
  title(): Promise<string>;
  close(): Promise<void>;
}
type Launch = (server: LocalInternet) => Promise<ExtensionSession<AnyPage>>;

/** Hosts a plain visit may contact: the visited sites and the register sync. */
const SITES = ['http://www.uwv.nl/', 'http://nos.nl/'];
const ALLOWED = ['www.uwv.nl', 'nos.nl', 'algoritmes.overheid.nl'];

const appRendered = (page: AnyPage) =>
  waitFor(
    () => page.evaluate(() => document.querySelector('#app')?.children.length ?? 0),
    (n) => n > 0,
  );

describe.each([
  ['chromium', launchChromium as unknown as Launch],
  ['firefox', launchFirefox as unknown as Launch],
])('foundation in %s', (name, launch) => {
  let server: LocalInternet;
  let session: ExtensionSession<AnyPage>;

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

  it('loads the built extension with its background running', async () => {
    const manifest = await session.evalInExtension(() => {
      const g = globalThis as unknown as Record<string, { runtime: { getManifest(): { name: string; manifest_version: number } } }>;
      return (g.browser ?? g.chrome).runtime.getManifest();
    });
    expect(manifest.name).toBe('Algoritmewijzer');
    expect(manifest.manifest_version).toBe(name === 'chromium' ? 3 : 2);
  });

  it('renders the popup and the options page', async () => {
    for (const page of [await session.openPopup(), await session.openOptions()]) {
      await appRendered(page);
      expect(await page.title()).toContain('Algoritmewijzer');
      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^(nl|en)/);
      await page.close();
    }
  });

  it('serves mapped government sites locally and contacts no other host', async () => {
    server.clearLog();
    for (const url of SITES) {
      const page = await session.openPage(url);
      expect(await page.title()).toBe(url.includes('uwv') ? 'Home | UWV' : 'Home | NOS');
      const badge = await session.badgeForUrl(url);
      expect(typeof badge.text).toBe('string');
      expect(badge.color).toHaveLength(4);
      await page.close();
    }
    await sleep(1500); // let any background traffic happen
    expect(server.hosts()).toEqual(expect.arrayContaining(['www.uwv.nl', 'nos.nl']));
    server.expectOnlyHosts(ALLOWED);
  });

  it('serves and logs https too, so the host check catches any other host', async () => {
    server.clearLog();
    const page = await session.openPage('https://tracker.example/pixel');
    expect(await page.title()).toBe('Home | Tracker');
    await page.close();
    const connection = await server.waitForRequest((r) => r.host === 'tracker.example');
    expect(connection.kind).toBe(name === 'chromium' ? 'tls' : 'connect');
    expect(server.requests).toContainEqual(expect.objectContaining({ kind: 'https', host: 'tracker.example', path: '/pixel' }));
    expect(() => server.expectOnlyHosts(ALLOWED)).toThrow(/tracker\.example: \d+ request/);
  });

  it('logs requests to IP addresses and localhost as well', async () => {
    server.clearLog();
    await session.evalInExtension(async () => {
      for (const u of ['http://93.184.216.34/a', 'http://127.0.0.1:8080/b', 'http://localhost:8080/c']) await fetch(u).catch(() => null);
    });
    expect(server.hosts()).toEqual(expect.arrayContaining(['93.184.216.34', '127.0.0.1', 'localhost']));
  });
});
