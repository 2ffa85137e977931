/**
 * Mail links in Chromium (issue 12): the stand-in register gives UWV a hostile
 * contact_email, built so that a mail client would decode it into a second
 * recipient ("attacker%40evil.example%2Cinfo@uwv.nl"). After the sync, the
 * popup on a UWV page (algorithm details, the objection tab and a letter)
 * holds no mailto: link to it, nor any mailto: link that is not one strictly
 * checked address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, setInterfaceLanguage, startLocalInternet, type ChromiumSession, type LocalInternet } from './harness';
import { createFakeRegister, realApiRecords, type ApiRecord, type FakeRegister } from '../fixtures/fake-register';
import type { SyncState } from '../../utils/protocol';

const UWV = 'http://www.uwv.nl/particulieren';
const ORG = 'Uitvoeringsinstituut Werknemersverzekeringen';
const HOSTILE = [
  'attacker%40evil.example%2Cinfo@uwv.nl',
  'attacker%40evil.example%2Cinfo@uwv.nl',
  'info@uwv.nl?cc=attacker@evil.example',
  'info@uwv.nl,attacker@evil.example',
];

let server: LocalInternet;
let session: ChromiumSession;
let fake: FakeRegister;

function record(i: number, contact_email: string): ApiRecord {
  return {
    lars: `9912000${i}`,
    name: `SYNTHETISCH mailtest ${i}`,
    organization: ORG,
    org_id: null,
    description_short: 'Synthetisch testrecord.',
    status: 'In gebruik',
    publication_category: 'Impactvolle algoritmes',
    publication_dt: '2026-07-01',
    create_dt: '2026-07-01T00:00:00+00:00',
    contact_email,
    website: 'https://www.uwv.nl/',
    lawful_basis_grouping: [],
    impacttoetsen_grouping: [],
    category: ['Werk'],
    language: 'NLD',
    standard_version: '1.0',
  } as ApiRecord;
}

/** Runs in the page: every mailto: href in the document. */
function mailtoHrefs(): string[] {
  return [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((h) => /^\s*mailto:/i.test(h));
}

async function allMailLinks(popup: Page): Promise<string[]> {
  const hrefs = new Set<string>();
  const collect = async () => (await popup.evaluate(mailtoHrefs)).forEach((h) => hrefs.add(h));
  await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await collect();
  await popup.getByRole('tab', { name: /Bezwaar/ }).click();
  await collect();
  const radio = popup.locator('input[type="radio"]').first();
  if (await radio.count()) await radio.check();
  const write = popup.getByRole('button', { name: /brief/i });
  for (let i = 0; i < (await write.count()); i++) {
    await write.nth(i).click();
    await collect();
  }
  return [...hrefs];
}

beforeAll(async () => {
  fake = createFakeRegister({ records: realApiRecords() });
  fake.addNewest(HOSTILE.map((c, i) => record(i, c)));
  server = await startLocalInternet();
  server.route('algoritmes.overheid.nl', (req: IncomingMessage, res: ServerResponse) => fake.handler(req, res));
  session = await launchChromium(server);
  await setInterfaceLanguage(session, 'nl');
  const options = await session.openOptions();
  const until = Date.now() + 90_000;
  for (;;) {
    const s: SyncState = await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'sync-state' }));
    if (s.last_success) break;
    if (s.last_error && !s.in_progress) await options.getByRole('button', { name: 'Bijwerken' }).click();
    if (Date.now() > until) throw new Error(`the sync did not succeed: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  await options.close();
}, 150_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('mail links with a hostile contact_email (Chromium)', () => {
  it('never puts the hostile address, or a second recipient, into a mailto: href', async () => {
    await session.openPage(UWV);
    const popup = await session.openPopup(UWV);
    await popup.waitForSelector('.algorithm');
    expect(await popup.locator('[data-lars="99120000"]').count()).toBe(1);
    const hrefs = await allMailLinks(popup);
    for (const href of hrefs) {
      const to = href.slice('mailto:'.length).split('?')[0];
      expect(to, href).toMatch(/^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$/);
      expect(href.toLowerCase(), href).not.toContain('evil.example');
      expect(
        [...new URL(href).searchParams.keys()].every((k) => k === 'subject' || k === 'body'),
        href,
      ).toBe(true);
    }
    const html = await popup.content();
    expect(html).not.toMatch(/href="mailto:[^"]*evil\.example/i);
    // The objection tab says there is no usable address instead of offering the hostile one.
    expect(await popup.getByText(/geen bruikbaar contactadres/).count()).toBe(1);
    await popup.close();
  });

  it('marks a host the user confirmed as "door jou bevestigd" in the popup and the badge title, and undoes it in one click', async () => {
    // The confirmation itself needs activeTab (a click on the toolbar button, which headless browsers cannot do):
    // store the decision as the popup would, then check what the user sees.
    const PAGE = 'http://werkenbij.voorbeeld.nl/';
    await session.evalInBackground(
      (org: string) =>
        (globalThis as any).chrome.storage.local.set({
          hostDecisions: [
            {
              host: 'werkenbij.voorbeeld.nl',
              organization: { name: org, org_id: null },
              kind: 'confirmed',
              decided_at: '2026-11-22T00:00:00.000Z',
            },
          ],
        }),
      ORG,
    );
    await session.openPage(PAGE);
    await expect.poll(async () => (await session.badgeForUrl(PAGE)).title, { timeout: 15_000 }).toMatch(/Door jou bevestigd/);
    const popup = await session.openPopup(PAGE);
    await popup.getByText(/^Door jou bevestigd/).waitFor();
    await popup.getByRole('button', { name: 'Koppeling van werkenbij.voorbeeld.nl ongedaan maken' }).click();
    await popup
      .getByText(/niet herkend|Niet herkend|not recognised/i)
      .first()
      .waitFor();
    expect(await session.evalInBackground(() => (globalThis as any).chrome.storage.local.get('hostDecisions'))).toEqual({
      hostDecisions: [],
    });
    await expect.poll(async () => (await session.badgeForUrl(PAGE)).title, { timeout: 15_000 }).toBe('Algoritmewijzer');
    await popup.close();
  });
});
