/**
 * The page advocacy groups link to (store/site/), in real headless Chromium
 * served from the local "internet" under a made-up host: it renders (title,
 * sections, the icon and the screenshot load), axe-core finds no serious or
 * critical violation (light and dark), and it makes no request outside its own
 * files: every request the browser makes is logged by the local server.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe, seriousViolations } from './harness/axe';
import { CHROMIUM_OWN_HOSTS, ROOT, startLocalInternet, type LocalInternet } from './harness';
import { CHROMIUM_BIN } from './harness/paths';

const SITE_DIR = join(ROOT, 'store/site');
const HOST = 'algoritmewijzer.test';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const FILES = readdirSync(SITE_DIR);

let server: LocalInternet;
let browser: Browser;
let page: Page;
const pageRequests: string[] = [];

beforeAll(async () => {
  server = await startLocalInternet();
  server.route(HOST, (_req, res, url) => {
    const file = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const path = join(SITE_DIR, file);
    if (!FILES.includes(file) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  const blackhole = CHROMIUM_OWN_HOSTS.map((h) => `MAP ${h} ~NOTFOUND`).join(', ');
  browser = await chromium.launch({
    executablePath:
      CHROMIUM_BIN === '/usr/bin/chromium' && existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : CHROMIUM_BIN,
    headless: true,
    args: [
      `--host-resolver-rules=${blackhole}, MAP * 127.0.0.1:${server.port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => pageRequests.push(r.url()));
  await page.goto(`http://${HOST}/`, { waitUntil: 'networkidle' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function seriousAxe(): Promise<string[]> {
  await injectAxe(page);
  return seriousViolations(page);
}

describe('store/site/index.html', () => {
  it('renders what an advocacy group needs: what it is, a screenshot, privacy, installing, reporting', async () => {
    expect(await page.locator('h1').innerText()).toBe('Algoritmewijzer');
    const headings = await page.locator('h2, h3').allInnerTexts();
    expect(headings).toEqual([
      'Wat is het?',
      'Privacy in drie zinnen',
      'Installeren',
      'Chrome en Edge',
      'Firefox',
      'Klopt de herkenning niet?',
    ]);
    expect(await page.locator('.privacy p').count()).toBe(3);
    const images = await page.evaluate(() =>
      [...document.images].map((i) => ({ src: i.getAttribute('src'), w: i.naturalWidth, h: i.naturalHeight })),
    );
    expect(images).toEqual([
      { src: 'icon.png', w: 128, h: 128 },
      { src: 'screenshot.png', w: 1280, h: 800 },
    ]);
    // Links go only to https pages (navigation, never loaded by the page itself).
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));
    for (const href of links) expect(href.startsWith('https://') || href.startsWith('#')).toBe(true);
  });

  it('has no serious or critical axe-core violations, light and dark', async () => {
    expect(await seriousAxe()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxe()).toEqual([]);
  });

  it('makes no request outside its own files', () => {
    expect(pageRequests.length).toBeGreaterThan(0);
    for (const url of pageRequests) {
      const u = new URL(url);
      expect(u.host).toBe(HOST);
      expect(u.pathname === '/' || FILES.includes(u.pathname.slice(1))).toBe(true);
    }
    server.expectOnlyHosts([HOST]);
    for (const r of server.requests.filter((r) => r.method === 'GET')) expect(r.path === '/' || FILES.includes(r.path.slice(1))).toBe(true);
  });
});
