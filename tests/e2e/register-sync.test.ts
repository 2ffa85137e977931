/**
 * The register sync in the built extension, in Chromium and in Firefox ESR,
 * against the stand-in register (tests/fixtures/fake-register.ts) served at
 * algoritmes.overheid.nl: the first start replaces the bundled snapshot with
 * the whole register in pages of 100 (numeric org_ids and list fields kept);
 * an entry edited days ago and republished today — total_count and the newest
 * entry unchanged — shows its new text after "Bijwerken"; a degenerate
 * register (one record) is held as suspect with the numbers in options and
 * popup until "Toch gebruiken"; a redirect to another origin is not followed;
 * nothing but the register and the visited page is contacted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, setInterfaceLanguage, startLocalInternet, type ExtensionSession, type LocalInternet } from './harness';
import { createFakeRegister, syntheticApiRecords, type ApiRecord, type FakeRegister } from '../fixtures/fake-register';
import type { SyncState } from '../../utils/protocol';
import { sendFromPage, textOf, until, type Page } from './harness/page';

const REGISTER = 'algoritmes.overheid.nl';
const ELSEWHERE = 'elders.example';
const UWV = 'http://www.uwv.nl/werkzoekenden';
const UWV_NAME = 'Uitvoeringsinstituut Werknemersverzekeringen';

/** The background's sync state, asked from an extension page the way the UI asks. */
const syncState = (page: Page): Promise<SyncState> => sendFromPage<SyncState>(page, { type: 'sync-state' });

/** Clicks the options page's button with this exact label. */
const clickButton = (page: Page, label: string): Promise<boolean> =>
  page.evaluate((l) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === l);
    button?.click();
    return !!button;
  }, label);

for (const browserName of ['chromium', 'firefox'] as const) {
  describe(`register sync (${browserName})`, () => {
    let server: LocalInternet;
    let session: ExtensionSession<unknown>;
    let fake: FakeRegister;
    let options: Page;
    let full: ApiRecord[];

    /**
     * Clicks "Bijwerken" on the options page and waits until that sync is over. A click during a sync joins
     * that run, whose attempt time would already be `before`; so it first waits until no sync runs. The wait
     * ends before the test's own timeout, so a sync that never ends fails with what the state last said.
     */
    async function bijwerken(): Promise<SyncState> {
      const { last_attempt: before } = await until(
        () => syncState(options),
        (s) => !s.in_progress,
        30_000,
      );
      await until(() => clickButton(options, 'Bijwerken'), Boolean, 10_000);
      return until(
        () => syncState(options),
        (s) => !s.in_progress && !!s.last_attempt && s.last_attempt !== before,
        75_000,
      );
    }

    /** The popup on the UWV page, once it has loaded. */
    async function popup(): Promise<Page> {
      const page = (await session.openPopup(UWV)) as Page;
      await until(() => textOf(page, '.data-line'), Boolean, 15_000);
      return page;
    }

    beforeAll(async () => {
      fake = createFakeRegister();
      fake.addNewest(syntheticApiRecords());
      full = fake.records;
      server = await startLocalInternet();
      server.route(REGISTER, (req: IncomingMessage, res: ServerResponse) => fake.handler(req, res));
      session = await launchBrowser(browserName, server);
      await setInterfaceLanguage(session, 'nl');
      options = (await session.openOptions()) as Page;
      await session.openPage(UWV);
    }, 180_000);

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('replaces the bundled data with the whole register at first start, keeping the API’s field shapes', async () => {
      const state = await until(
        () => syncState(options),
        (s) => !!s.last_success,
      );
      expect(state).toMatchObject({ source: 'synced', algorithm_count: 1532, last_error: null, in_progress: false, suspect: null });
      expect(fake.requests.map((r) => r.limit)).toEqual(Array(16).fill(100));
      expect(fake.requests.map((r) => r.page)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
      const synthetic = await session.evalInExtension(async () => {
        const g = globalThis as any;
        const got = await (g.browser ?? g.chrome).storage.local.get('register.snapshot');
        const s = got['register.snapshot'] as {
          algorithms: { lars: string; org_id: string | null; impacttoetsen: string | null; themes: string[] }[];
        };
        return s.algorithms.filter((a) => a.lars.startsWith('9000000'));
      });
      expect(synthetic.map((a) => a.org_id)).toEqual(['189378', '189378']);
      expect(synthetic[0].themes).toEqual(['Natuur en milieu', 'Wonen']);
      expect(synthetic[1].impacttoetsen).toBe('<ul><li>DPIA: https://voorbeeld.example/dpia</li><li>IAMA</li></ul>');
    });

    it('shows the new text of an entry edited days ago and republished today after "Bijwerken"', async () => {
      const target = fake.records.find((r) => r.organization === UWV_NAME && r.create_dt < '2026-06-01')!;
      const unchanged = () => ({ total: fake.records.length, lars: fake.records[0].lars, create_dt: fake.records[0].create_dt });
      const before = unchanged();
      fake.republish(target.lars, { name: `SYNTHETISCH herzien: ${target.name}` }, '2026-06-15T09:30:00.000000+00:00');
      expect(unchanged()).toEqual(before); // what the old one-record check compared
      fake.requests.length = 0;
      const state = await bijwerken();
      expect(state).toMatchObject({ last_error: null, algorithm_count: 1532 });
      expect(fake.requests).toHaveLength(16);
      const page = await popup();
      expect(await textOf(page, 'main')).toContain(`SYNTHETISCH herzien: ${target.name}`);
      expect(await textOf(page, '.data-line')).toMatch(/^Laatste registerwijziging: \d{1,2} \w+ \d{4}$/);
      await page.close();
    });

    it('holds a degenerate register (one record) as suspect, says so with the numbers, and uses it only when accepted', async () => {
      fake.records = full.slice(0, 1);
      const state = await bijwerken();
      expect(state).toMatchObject({ last_error: null, algorithm_count: 1532, source: 'synced' });
      expect(state.suspect).toMatchObject({ in_use_count: 1532, candidate_count: 1 });

      // Options: the notice with the numbers and "Toch gebruiken".
      const notice = await until(() => textOf(options, '.sync-suspect'), Boolean, 10_000);
      expect(notice).toMatch(/gaf het register 1 algoritme, tegen 1\.532 in de gegevens die je nu ziet/);
      expect(notice).toContain('Toch gebruiken');

      // Popup: the same numbers, and the last good data still in use.
      const page = await popup();
      expect(await textOf(page, '.sync-suspect')).toMatch(/1 algoritme, tegen 1\.532/);
      expect(await textOf(page, 'main')).toContain(full.find((r) => r.organization === UWV_NAME)!.name as string);
      await page.close();

      await clickButton(options, 'Toch gebruiken');
      const accepted = await until(
        () => syncState(options),
        (s) => s.algorithm_count === 1,
        15_000,
      );
      expect(accepted.suspect).toBeNull();

      // The register is whole again: the next sync brings it all back (growth is never held).
      fake.records = full;
      expect(await bijwerken()).toMatchObject({ algorithm_count: 1532, last_error: null, suspect: null });
    });

    it('does not follow a redirect to another origin, and says why', async () => {
      fake.faults = [{ kind: 'redirect', location: `http://${ELSEWHERE}/api/algoritme/NLD` }];
      const state = await bijwerken();
      fake.faults = [];
      expect(state.last_error).toMatch(/^redirect: HTTP 302|^redirect: HTTP redirect/);
      expect(state.algorithm_count).toBe(1532);
      expect(server.hosts()).not.toContain(ELSEWHERE);
      const page = await popup();
      expect(await textOf(page, '.sync-problem')).toMatch(/stuurde door naar een ander adres/);
      await page.close();
    });

    it('contacted nothing but the register and the visited site', () => {
      server.expectOnlyHosts([REGISTER, 'www.uwv.nl']);
    });
  });
}
