/**
 * Following an organisation in the built extension, in Chromium and Firefox
 * ESR, against the stand-in register: follow UWV in the options page; the
 * register then changes between two syncs (a new UWV entry, a UWV entry
 * raised to high-risk, an entry of another organisation retracted); after the
 * next sync the options page lists all three changes, the followed
 * organisation's notable ones under "Nieuw sinds …", and the popup on
 * www.uwv.nl shows them too. Nothing but the register and the visited site is
 * contacted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, setInterfaceLanguage, startLocalInternet, type ExtensionSession, type LocalInternet } from './harness';
import { createFakeRegister, type FakeRegister } from '../fixtures/fake-register';
import { sendFromPage as send, textOf, until, type Page } from './harness/page';
import type { SyncState } from '../../utils/protocol';

const REGISTER = 'algoritmes.overheid.nl';
const UWV = 'http://www.uwv.nl/werkzoekenden';
const UWV_NAME = 'Uitvoeringsinstituut Werknemersverzekeringen';
const NEW_NAME = 'SYNTHETISCH nieuw algoritme van UWV';

for (const browserName of ['chromium', 'firefox'] as const) {
  describe(`following an organisation (${browserName})`, () => {
    let server: LocalInternet;
    let session: ExtensionSession<unknown>;
    let fake: FakeRegister;
    let options: Page;

    beforeAll(async () => {
      fake = createFakeRegister();
      server = await startLocalInternet();
      server.route(REGISTER, (req: IncomingMessage, res: ServerResponse) => fake.handler(req, res));
      session = await launchBrowser(browserName, server);
      await setInterfaceLanguage(session, 'nl');
      options = (await session.openOptions()) as Page;
      await session.openPage(UWV);
      await until(
        () => send<SyncState>(options, { type: 'sync-state' }),
        (s) => !!s.last_success && !s.in_progress,
      );
    }, 180_000);

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('follows UWV from the options page, by its register name', async () => {
      await options.evaluate(() => void (location.hash = '#wijzigingen'), undefined);
      await until(() => textOf(options, '#follow-h'), Boolean, 15_000);
      // Before any second sync there is nothing to compare.
      expect(await textOf(options, '.changes')).toContain('Nog niets te vergelijken');
      await options.evaluate((name) => {
        const input = document.querySelector<HTMLInputElement>('#follow-org')!;
        input.value = name;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.form!.requestSubmit();
      }, UWV_NAME);
      const followed = await until(
        () =>
          session.evalInExtension(async () => {
            const g = globalThis as any;
            return (await (g.browser ?? g.chrome).storage.local.get('followedOrganizations')).followedOrganizations as
              { name: string }[] | undefined;
          }),
        (list) => !!list?.length,
        10_000,
      );
      expect(followed!.map((o) => o.name)).toEqual([UWV_NAME]);
    });

    it('after the register changed, lists every change and what is new at UWV, in the options page and the popup', async () => {
      const uwv = fake.records.filter((r) => r.organization === UWV_NAME);
      const other = fake.records.find((r) => r.organization !== UWV_NAME)!;
      fake.publish('99100001', { ...uwv[0], lars: '99100001', name: NEW_NAME, create_dt: '2026-11-29T10:00:00.000000+00:00' });
      fake.republish(uwv[1].lars, { publication_category: 'Hoog-risico AI-systeem' }, '2026-11-28T10:00:00.000000+00:00');
      fake.retract(other.lars);
      const state = await send<SyncState>(options, { type: 'sync-now' });
      expect(state).toMatchObject({ last_error: null, suspect: null });

      const count = await until(
        () => textOf(options, '.changes .result-count'),
        (t) => !!t && /wijzigingen/.test(t),
        15_000,
      );
      expect(count).toBe('3 wijzigingen');
      const news = await until(
        () => textOf(options, '.new-since'),
        (t) => !!t && t.includes(NEW_NAME),
        10_000,
      );
      expect(news).toContain(`${uwv[1].name as string} — Categorie onbekend → Hoog-risico AI-systeem`);
      expect(news).not.toContain(other.name as string);
      expect(await textOf(options, '.changes')).toContain(other.name as string);

      const popup = (await session.openPopup(UWV)) as Page;
      const section = await until(() => textOf(popup, '.new-since'), Boolean, 15_000);
      expect(section).toMatch(/^Nieuw sinds \d{1,2} \w+ \d{4}/);
      expect(section).toContain(NEW_NAME);
      expect(await textOf(popup, '.follow-toggle')).toContain('Je volgt deze organisatie');
      await popup.close();
    });

    it('contacted nothing but the register and the visited site', () => {
      server.expectOnlyHosts([REGISTER, 'www.uwv.nl']);
    });
  });
}
