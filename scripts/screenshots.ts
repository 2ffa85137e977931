/**
 * `npm run screenshots`: the store screenshots (store/screenshots/*.png,
 * 1280×800, Dutch) and the store page's picture (store/site/screenshot.png),
 * taken from the real built extension (the e2e test build, built here unless
 * E2E_SKIP_BUILD=1) in headless Chromium on the e2e harness's local test
 * sites, with the fake register serving the bundled snapshot. Each popup
 * shot is the popup page at its real width, placed under a drawn toolbar
 * over the real site page.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../tests/e2e/harness';
import { startShotSession, type ShotSession } from './screenshots/session';
import { frameHtml } from './screenshots/frame';

const OUT = join(ROOT, 'store/screenshots');
const SIZE = { width: 1280, height: 800 };

if (process.env.E2E_SKIP_BUILD !== '1') {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, E2E_BUILD: '1' },
    stdio: 'inherit',
  });
}
mkdirSync(OUT, { recursive: true });

/** Opens the popup for `url` at the popup's width and waits until it shows the tab's data. */
async function popupFor(s: ShotSession, url: string, height: number): Promise<Page> {
  const popup = await s.chrome.openPopup(url);
  await popup.setViewportSize({ width: 400, height });
  await popup.waitForFunction(() => performance.getEntriesByName('aw:popup-ready').length > 0);
  await popup.waitForSelector('main h1');
  return popup;
}

/** The site page and the popup, framed as a browser window, saved as one 1280×800 PNG. */
async function framed(s: ShotSession, file: string, url: string, popup: Page, caption: string) {
  const site = await s.chrome.openPage(url);
  await site.setViewportSize({ width: SIZE.width, height: SIZE.height - 56 });
  const siteShot = await site.screenshot();
  const popupShot = await popup.screenshot();
  const badge = await s.chrome.badgeForUrl(url);
  const canvas = await s.chrome.context.newPage();
  await canvas.setViewportSize(SIZE);
  const icon = readFileSync(join(ROOT, 'public/icon/32.png'));
  await canvas.setContent(
    frameHtml({ host: new URL(url).host, site: siteShot, popup: popupShot, icon, badge: badge.text, badgeColor: badge.color, caption }),
  );
  await canvas.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await canvas.screenshot({ path: join(OUT, file) });
  await Promise.all([canvas.close(), site.close(), popup.close()]);
  console.log(`store/screenshots/${file}`);
}

const s = await startShotSession();
try {
  const uwv = 'http://www.uwv.nl/';
  await s.chrome.openPage(uwv);
  // Let the first register check finish, so the popup shows the normal state.
  await new Promise((r) => setTimeout(r, 2000));

  // 1. The popup on a government site.
  await framed(
    s,
    '1-popup-uwv.png',
    uwv,
    await popupFor(s, uwv, 640),
    'Welke algoritmen gebruikt deze organisatie? Je ziet het op haar eigen website.',
  );

  // 2. The objection panel, with a letter for the first algorithm.
  const objection = await popupFor(s, uwv, 640);
  await objection.click('[role="tab"] >> nth=1');
  const first = objection.locator('[id^="aw-obj-alg-"]').first();
  await first.waitFor();
  await first.click();
  await objection.waitForSelector('[data-testid="letter-preview"]');
  await objection.evaluate(() => document.querySelector('[data-testid="letter-preview"]')?.scrollIntoView({ block: 'center' }));
  await framed(
    s,
    '2-bezwaar.png',
    uwv,
    objection,
    'Uitleg vragen of bezwaar maken: de wegen, de termijnen en een brief die je zelf verstuurt.',
  );

  // 3. The register explorer (the options page), searching one organisation.
  const options = await s.chrome.openOptions();
  await options.setViewportSize(SIZE);
  await options.waitForSelector('input[type="search"]');
  await options.fill('input[type="search"]', 'fraude');
  await options.waitForTimeout(800);
  await options.evaluate(() => document.querySelector('input[type="search"]')?.closest('label, div')?.scrollIntoView());
  await options.screenshot({ path: join(OUT, '3-register.png') });
  await options.close();
  console.log('store/screenshots/3-register.png');

  copyFileSync(join(OUT, '1-popup-uwv.png'), join(ROOT, 'store/site/screenshot.png'));
  console.log('store/site/screenshot.png (copy of 1-popup-uwv.png)');
} finally {
  await s.close();
}
