/**
 * Hostile register data in Chromium, end to end: the fake register at
 * algoritmes.overheid.nl serves the real records plus SYNTHETIC hostile ones
 * (tests/fixtures/hostile), the extension syncs them, and the popup (on a UWV
 * page) and the options explorer render them. Nothing may run (no dialog, no
 * trap variable, no CSP violation), the DOM must hold no script, no on*
 * attribute and no javascript:/data: link, and the good records must show.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, setInterfaceLanguage, startLocalInternet, type ChromiumSession, type LocalInternet } from './harness';
import { createFakeRegister, realApiRecords, type ApiRecord, type FakeRegister } from '../fixtures/fake-register';
import { HOSTILE_ORG, hostileCases, keptLars } from '../fixtures/hostile/synthetic-hostile-register';
import type { SyncState } from '../../utils/protocol';

const UWV = 'http://www.uwv.nl/particulieren';

let server: LocalInternet;
let session: ChromiumSession;
let fake: FakeRegister;
let options: Page;
/** Everything that would show that a payload ran or tried to. */
const incidents: string[] = [];

/** Records every dialog and every CSP/script error of a page. */
function watch(page: Page): Page {
  page.on('dialog', (d) => {
    incidents.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  // Chromium logs a CSP report for every on* attribute it merely PARSES, even in the
  // sanitiser's inert DOMParser document (checked: nothing runs there even when CSP
  // allows inline code), so those reports are not incidents; loads and connections are.
  page.on('console', (m) => {
    if (/Refused to (load|connect|frame|navigate)|Not allowed to load/i.test(m.text()))
      incidents.push(`console: ${m.text().slice(0, 200)}`);
  });
  page.on('pageerror', (e) => incidents.push(`error: ${e.message.slice(0, 200)}`));
  return page;
}

/** Runs in the page: every way the rendered DOM could run or load something. */
function domProblems(): string[] {
  const out: string[] = [];
  const app = document.getElementById('app') ?? document.body;
  for (const el of app.querySelectorAll('script,iframe,frame,object,embed,img,style,link,meta,base,math,video,audio'))
    out.push(`<${el.localName}>`);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc') out.push(`<${el.localName} ${name}>`);
      if (name === 'style' && el.closest('.algorithm')) out.push(`<${el.localName} style> in an algorithm`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name)) {
        const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(attr.value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
        if (scheme && !['http', 'https', 'mailto', 'chrome-extension', 'moz-extension'].includes(scheme))
          out.push(`<${el.localName} ${name}=${attr.value.slice(0, 50)}>`);
      }
    }
  }
  const g = globalThis as { __pwned?: unknown };
  if (g.__pwned !== undefined) out.push('trap variable set');
  return out;
}

/** Opens every <details> (twice over, for nested ones) so lazily drawn details render. */
async function openAllDetails(page: Page) {
  for (let round = 0; round < 3; round++) {
    const n = await page.evaluate(() => {
      const closed = [...document.querySelectorAll('details')].filter((d) => !d.open);
      for (const d of closed) d.querySelector('summary')?.click();
      return closed.length;
    });
    if (n === 0) return;
    await page.waitForTimeout(200);
  }
}

function syncState(): Promise<SyncState> {
  return options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'sync-state' }));
}

beforeAll(async () => {
  fake = createFakeRegister({ records: realApiRecords() });
  fake.addNewest(
    hostileCases()
      .filter((c) => c.label !== 'duplicate lars (second)')
      .map((c) => ({ create_dt: '2026-07-01T00:00:00+00:00', ...c.raw }) as ApiRecord),
  );
  server = await startLocalInternet();
  server.route('algoritmes.overheid.nl', (req: IncomingMessage, res: ServerResponse) => fake.handler(req, res));
  session = await launchChromium(server);
  await setInterfaceLanguage(session, 'nl');
  options = watch(await session.openOptions());
  const until = Date.now() + 90_000;
  for (;;) {
    const s = await syncState();
    if (s.last_success) break;
    if (s.last_error && !s.in_progress) await options.getByRole('button', { name: 'Bijwerken' }).click();
    if (Date.now() > until) throw new Error(`the hostile sync did not succeed: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}, 150_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('hostile register records in Chromium', () => {
  it('synced the good records and the acceptable hostile ones', async () => {
    const s = await syncState();
    expect(s.last_error).toBeNull();
    expect(s.source).toBe('synced');
    expect(s.algorithm_count).toBe(realApiRecords().length + keptLars().length);
  });

  it('popup on a UWV page: hostile records render as inert text, good ones show', async () => {
    await session.openPage(UWV);
    const popup = watch(await session.openPopup(UWV));
    await popup.waitForSelector('.algorithm');
    await openAllDetails(popup);
    const text = await popup.locator('main').innerText();
    expect(text).toContain(HOSTILE_ORG);
    expect(text).toContain('SYNTHETISCH <script>');
    for (const lars of keptLars()) expect(await popup.locator(`[data-lars="${lars}"]`).count(), lars).toBe(1);
    // The good records of the organisation still show (real UWV entries from the scrape).
    const realUwv = realApiRecords().filter((r) => r.organization === HOSTILE_ORG);
    for (const r of realUwv) expect(await popup.locator(`[data-lars="${r.lars}"]`).count(), r.lars).toBe(1);
    expect(await popup.evaluate(domProblems)).toEqual([]);
    await popup.waitForTimeout(500);
    expect(incidents).toEqual([]);
    await popup.close();
  });

  it('options explorer: hostile records render as inert text', async () => {
    await options.reload();
    await options.locator('#explorer-q').fill('SYNTHETISCH');
    // The search waits for typing to stop: wait for the filtered results, not the full list before it.
    await options.waitForFunction(() => {
      const first = document.querySelector('.explorer-results .algorithm');
      return !!first?.textContent?.includes('SYNTHETISCH');
    });
    await openAllDetails(options);
    const text = await options.locator('.explorer-results').innerText();
    expect(text).toContain('SYNTHETISCH');
    expect(await options.evaluate(domProblems)).toEqual([]);
    await options.waitForTimeout(500);
    expect(incidents).toEqual([]);
  });
});
