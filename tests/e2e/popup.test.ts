/**
 * The citizen's moment, in real browsers: the toolbar badge on a mapped
 * government site equals the bundled register's count, the popup lists those
 * algorithms, look-alike and news sites get no badge, and the letter builder
 * writes a letter naming the organisation and the chosen algorithm.
 * Expected numbers come from the generated data files, never hard-coded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe, seriousViolations } from './harness/axe';
import { launchBrowser, ROOT, startLocalInternet, type ExtensionSession, type LocalInternet } from './harness';
import type { Snapshot } from '../../utils/register/model';
import type { DomainTable } from '../../utils/recognition/table';

const snapshot = JSON.parse(readFileSync(join(ROOT, 'public/generated/register-snapshot.json'), 'utf8')) as Snapshot;
const table = JSON.parse(readFileSync(join(ROOT, 'public/generated/domains.json'), 'utf8')) as DomainTable;

/** The organisation the domain table gives a host, and its algorithms in the bundled snapshot. */
function expectedFor(host: string) {
  const org = table.organizations[table.hosts[host]];
  const all = snapshot.algorithms.filter((a) => (org.org_id && a.org_id ? a.org_id === org.org_id : a.organization === org.name));
  return { name: org.name, all, current: all.filter((a) => a.status !== 'Buiten gebruik') };
}

type Page = { evaluate: <R, A>(fn: (arg: A) => R, arg: A) => Promise<R> };

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

async function waitForBadge(session: ExtensionSession<unknown>, url: string, want: (text: string) => boolean) {
  const until = Date.now() + 15_000;
  let last = '';
  while (Date.now() < until) {
    last = (await session.badgeForUrl(url).catch(() => ({ text: '<none>' }))).text;
    if (want(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

describe.each(['chromium', 'firefox'] as const)('%s', (name) => {
  let server: LocalInternet;
  let session: ExtensionSession<Page>;
  const uwv = expectedFor('uwv.nl');

  beforeAll(async () => {
    server = await startLocalInternet();
    session = await launchBrowser(name, server);
    await session.openPage('http://www.uwv.nl/');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("shows UWV's registered count as the badge on www.uwv.nl", async () => {
    expect(uwv.current.length).toBeGreaterThan(0);
    expect(await waitForBadge(session, 'http://www.uwv.nl/', (t) => t === String(uwv.current.length))).toBe(String(uwv.current.length));
    const badge = await session.badgeForUrl('http://www.uwv.nl/');
    // Dutch or English, following the browser's language.
    expect(
      badge.title.startsWith(`${uwv.name}: ${uwv.current.length} algoritmen geregistreerd`) ||
        badge.title.startsWith(`${uwv.name}: ${uwv.current.length} algorithms registered`),
    ).toBe(true);
  });

  it('lists those algorithms in the popup', async () => {
    const popup = await session.openPopup('http://www.uwv.nl/');
    const heading = await waitInPage(popup, () => document.querySelector('main h1')?.textContent, null);
    expect(heading).toBe(uwv.name);
    const listed = await waitInPage(
      popup,
      () => [...document.querySelectorAll('li.algorithm')].map((li) => li.getAttribute('data-lars')),
      null,
    );
    expect(new Set(listed)).toEqual(new Set(uwv.all.map((a) => a.lars)));
    const text = await popup.evaluate(() => document.body.textContent ?? '', null);
    for (const a of uwv.all) expect(text).toContain(a.name);
  });

  it('has no serious or critical axe-core violations in the real popup (real CSS and layout; dark mode too in Chromium)', async () => {
    const popup = await session.openPopup('http://www.uwv.nl/');
    await waitInPage(popup, () => !!document.querySelector('li.algorithm'), null);
    await injectAxe(popup);
    const serious = () => seriousViolations(popup);
    expect(await serious()).toEqual([]);
    if (name === 'chromium') {
      // Dark mode too (Playwright can emulate prefers-color-scheme; the Firefox driver cannot).
      await (popup as unknown as { emulateMedia(o: { colorScheme: 'dark' }): Promise<void> }).emulateMedia({ colorScheme: 'dark' });
      expect(await serious()).toEqual([]);
    }
  });

  it('writes a letter naming the organisation and the chosen algorithm', async () => {
    const popup = await session.openPopup('http://www.uwv.nl/');
    const chosen = uwv.current[0];
    await waitInPage(popup, () => !!document.querySelector('[role="tab"]'), null);
    await popup.evaluate(() => (document.querySelectorAll('[role="tab"]')[1] as HTMLElement).click(), null);
    await waitInPage(popup, (lars) => !!document.getElementById(`aw-obj-alg-${lars}`), chosen.lars);
    await popup.evaluate((lars) => document.getElementById(`aw-obj-alg-${lars}`)!.click(), chosen.lars);
    const letter = await waitInPage(
      popup,
      (algName) => {
        const body = document.querySelector('[data-testid="letter-preview"]')?.textContent ?? '';
        return body.includes(algName) ? body : null;
      },
      chosen.name,
    );
    expect(letter).toContain(uwv.name);
    expect(letter).toContain(chosen.name);
  });

  it.each(['http://www.nu.nl/', 'http://belastingdienst-teruggave.com/'])('gives %s no badge', async (url) => {
    // The same tab first shows a badged page, so "no badge" proves the watcher ran.
    const page = (await session.openPage('http://www.belastingdienst.nl/')) as unknown as { goto(u: string): Promise<unknown> };
    const bd = expectedFor('belastingdienst.nl');
    expect(await waitForBadge(session, 'http://www.belastingdienst.nl/', (t) => t === String(bd.current.length))).toBe(
      String(bd.current.length),
    );
    await page.goto(url);
    expect(await waitForBadge(session, url, (t) => t === '')).toBe('');
    const badge = await session.badgeForUrl(url);
    expect(badge.title).toBe('Algoritmewijzer');
  });
});
