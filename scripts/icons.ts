/**
 * `npm run icons`: renders assets/icon.svg to public/icon/{16,32,48,128}.png
 * with the headless Chromium the e2e tests already use (no extra package, no
 * download). The PNGs are committed, so a build needs nothing but the files.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../tests/e2e/harness/paths';
import { CHROMIUM_BIN } from '../tests/e2e/harness/paths';

/** The sizes stores and browsers ask for (toolbar 16/32, extensions page 48, store 128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const out = join(ROOT, 'public/icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${size}" height="${size}" src="${src}">`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    writeFileSync(
      join(out, `${size}.png`),
      await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
    );
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${ICON_SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
