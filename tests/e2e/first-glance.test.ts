/**
 * The first glance, in the real browsers: the extension has an icon (declared
 * for the extension and its toolbar button, every size loadable at its size),
 * Firefox puts the button on the toolbar (browser_action.default_area
 * "navbar"), the welcome page says how to pin it, and at the popup's real size
 * (400×510) the organisation, the one-line classification and the first
 * algorithm names are on screen without scrolling; the legend shows on focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe, seriousViolations } from './harness/axe';
import { launchBrowser, startLocalInternet, type ExtensionSession, type LocalInternet } from './harness';
import { welcomeMessages } from '../../components/welcome/welcome-messages';
import { createFakeRegister } from '../fixtures/fake-register';
import { snapshotApiRecords } from '../fixtures/snapshot-register';

const SIZES = ['16', '32', '48', '128'];
const POPUP = { width: 400, height: 510 };

type Page = {
  evaluate: <R, A>(fn: (arg: A) => R, arg: A) => Promise<R>;
  close(): Promise<void>;
};

/** Polls `fn` in the page until it returns a truthy value. */
async function waitInPage<R, A>(page: Page, fn: (arg: A) => R, arg: A, ms = 15_000): Promise<R> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => null);
    if (value) return value as R;
    if (Date.now() > until) throw new Error(`Timed out waiting in page for ${fn.toString().slice(0, 80)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sets the viewport with whichever driver the page comes from (playwright-core or puppeteer-core). */
async function popupSize(page: Page): Promise<void> {
  const p = page as unknown as { setViewportSize?(s: object): Promise<void>; setViewport?(s: object): Promise<void> };
  if (p.setViewportSize) await p.setViewportSize(POPUP);
  else await p.setViewport!(POPUP);
}

describe.each(['chromium', 'firefox'] as const)('%s', (name) => {
  let server: LocalInternet;
  let session: ExtensionSession<Page>;

  beforeAll(async () => {
    server = await startLocalInternet();
    // The daily update succeeds and changes nothing: the popup as a citizen normally sees it.
    const fake = createFakeRegister({ records: snapshotApiRecords() });
    server.route('algoritmes.overheid.nl', (req, res) => fake.handler(req, res));
    session = await launchBrowser(name, server);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('declares an icon in every size for the extension and its toolbar button, and each loads at its size', async () => {
    const manifest = await session.evalInExtension(() => {
      const g = globalThis as unknown as Record<string, { runtime: { getManifest(): Record<string, never> } }>;
      return (g.browser ?? g.chrome).runtime.getManifest() as unknown as {
        icons?: Record<string, string>;
        action?: { default_icon?: Record<string, string> };
        browser_action?: { default_icon?: Record<string, string>; default_area?: string };
      };
    });
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual([...SIZES].sort());
    const button = name === 'firefox' ? manifest.browser_action : manifest.action;
    expect(button?.default_icon).toEqual(manifest.icons);
    const loaded = await session.evalInExtension(async (icons: Record<string, string>) => {
      const g = globalThis as unknown as Record<string, { runtime: { getURL(p: string): string } }>;
      const out: Record<string, [number, number]> = {};
      for (const [size, path] of Object.entries(icons)) {
        const bitmap = await createImageBitmap(await (await fetch((g.browser ?? g.chrome).runtime.getURL(path))).blob());
        out[size] = [bitmap.width, bitmap.height];
      }
      return out;
    }, manifest.icons!);
    for (const size of SIZES) expect(loaded[size]).toEqual([Number(size), Number(size)]);
  });

  it.runIf(name === 'firefox')('puts its button on the Firefox toolbar, not in the Extensions menu', async () => {
    const area = await session.evalInExtension(() => {
      const g = globalThis as unknown as { browser: { runtime: { getManifest(): { browser_action?: { default_area?: string } } } } };
      return g.browser.runtime.getManifest().browser_action?.default_area ?? null;
    });
    expect(area).toBe('navbar');
  });

  it.runIf(name === 'chromium')('says on the welcome page how to pin the icon in Chrome', async () => {
    const page = (await session.openPage(`${session.base}welcome.html`)) as Page;
    const text = await waitInPage(page, () => (document.querySelector('main h1') ? document.body.innerText : null), null);
    const lang = await page.evaluate(() => document.documentElement.lang as 'nl' | 'en', null);
    expect(text).toContain(welcomeMessages[lang].pin_title);
    for (const item of welcomeMessages[lang].pin.split('|')) expect(text).toContain(item);
    await page.close();
  });

  it.each(['http://www.uwv.nl/', 'http://www.belastingdienst.nl/'])(
    'shows the organisation, the classification line and the first algorithm names on the first screen of %s',
    async (url) => {
      await session.openPage(url);
      const popup = await session.openPopup(url);
      await popupSize(popup);
      await waitInPage(popup, () => !!document.querySelector('li.algorithm'), null);
      const seen = await popup.evaluate((height) => {
        const onScreen = (el: Element | null) =>
          !!el && el.getBoundingClientRect().bottom <= height && el.getBoundingClientRect().height > 0;
        return {
          scrolled: window.scrollY,
          org: onScreen(document.querySelector('main h1')),
          counts: onScreen(document.querySelector('.category-counts')),
          countsOneLine: (() => {
            const chips = [...document.querySelectorAll('.category-counts .count-chip')].map((c) => c.getBoundingClientRect().top);
            return chips.length > 0 && Math.max(...chips) - Math.min(...chips) < 4;
          })(),
          names: [...document.querySelectorAll('.algorithm-name')].filter(onScreen).length,
        };
      }, POPUP.height);
      expect(seen).toEqual({ scrolled: 0, org: true, counts: true, countsOneLine: true, names: seen.names });
      expect(seen.names).toBeGreaterThanOrEqual(2);
      await popup.close();
    },
  );

  it('shows the legend of a category count on keyboard focus, and stays axe-clean with it shown', async () => {
    await session.openPage('http://www.uwv.nl/');
    const popup = await session.openPopup('http://www.uwv.nl/');
    await waitInPage(popup, () => !!document.querySelector('.count-chip a'), null);
    const hiddenBefore = await popup.evaluate(
      () => getComputedStyle(document.querySelector('.count-chip .legend')!).display === 'none',
      null,
    );
    // Keyboard focus: Tab from the start of the page until the first count is focused.
    const keyboard = (popup as unknown as { keyboard: { press(k: string): Promise<void> } }).keyboard;
    for (let i = 0; i < 12; i++) {
      await keyboard.press('Tab');
      if (await popup.evaluate(() => !!document.activeElement?.closest('.count-chip'), null)) break;
    }
    const legend = await popup.evaluate(() => {
      const chip = document.activeElement?.closest('.count-chip');
      const el = chip?.querySelector('.legend');
      return el && getComputedStyle(el).display !== 'none' ? el.textContent : null;
    }, null);
    expect(hiddenBefore).toBe(true);
    expect(legend).toMatch(/^(Categorie onbekend|Category unknown): \d+ /);
    await injectAxe(popup);
    const serious = await seriousViolations(popup);
    expect(serious).toEqual([]);
    await popup.close();
  });
});
