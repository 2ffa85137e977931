/**
 * "Klopt dit?" in the real browsers: on a site the table does not know, the
 * popup reads the page itself (scripting.executeScript in the tab) and asks
 * about the organisation the page names. Here a municipality's recruitment
 * site links to the municipality's main site in its footer; a local news page
 * that links to the same municipality inside its article gets no question.
 * Answering "Ja, klopt" ties the host to that organisation on this device.
 *
 * In the shipped build the page may be read only after a click on the toolbar
 * button (activeTab), which a headless browser cannot make: the test build has
 * a host permission for *.voorbeeld.nl instead (wxt.config.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, setInterfaceLanguage, startLocalInternet, waitFor, type ExtensionSession, type LocalInternet } from './harness';
import type { Page } from './harness/page';
import { injectAxe, seriousViolations } from './harness/axe';
import { createFakeRegister } from '../fixtures/fake-register';
import { snapshotApiRecords } from '../fixtures/snapshot-register';

const SECOND_SITE = 'http://banenbijdestad.voorbeeld.nl/vacatures';
const NEWS = 'http://nieuws.voorbeeld.nl/gouda/1';
const ORG = 'Gemeente Gouda';

const secondSite = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Vacatures | Werken voor Gouda</title><meta property="og:site_name" content="Werken voor Gouda"></head>
<body><header><a href="/">Werken voor Gouda</a></header>
<main><h1>Vacatures</h1><p>Kom bij ons werken.</p></main>
<footer><p>Dit is een website van <a href="https://www.gouda.nl/">gemeente Gouda</a>.</p>
<a href="https://www.linkedin.com/company/x">LinkedIn</a></footer></body></html>`;

const news = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Gemeente Gouda zoekt personeel | Goudse Post</title><meta property="og:site_name" content="Goudse Post"></head>
<body><header><a href="/">Goudse Post</a></header>
<main><article><h1>Gemeente Gouda zoekt personeel</h1>
<p>Volgens <a href="https://www.gouda.nl/">de gemeente Gouda</a> zijn er veel vacatures.</p>
<footer><a href="https://www.gouda.nl/">Gemeente Gouda</a></footer></article></main>
<footer><a href="https://www.facebook.com/x">Facebook</a></footer></body></html>`;

/** Polls the popup until its visible text matches; the text it waited for. */
const waitForText = (page: Page, pattern: RegExp): Promise<string> =>
  waitFor(
    () => page.evaluate(() => document.body.innerText, null),
    (text) => pattern.test(text),
    15_000,
  );

describe.each(['chromium', 'firefox'] as const)('%s', (name) => {
  let server: LocalInternet;
  let session: ExtensionSession<Page>;

  beforeAll(async () => {
    server = await startLocalInternet();
    const fake = createFakeRegister({ records: snapshotApiRecords() });
    server.route('algoritmes.overheid.nl', (req, res) => fake.handler(req, res));
    server.page('banenbijdestad.voorbeeld.nl', '/vacatures', secondSite);
    server.page('nieuws.voorbeeld.nl', '/gouda/1', news);
    session = await launchBrowser(name, server);
    // Dutch, the default language of the interface (the test browsers run in English).
    await setInterfaceLanguage(session, 'nl');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('asks "Is dit Gemeente Gouda?" on a site whose footer links to gouda.nl under that name, and "Ja, klopt" ties the site to it', async () => {
    await session.openPage(SECOND_SITE);
    const popup = await session.openPopup(SECOND_SITE);
    const asked = await waitForText(popup, /Is dit Gemeente Gouda\?/);
    expect(asked).toMatch(/Klopt dit\?/);
    // and says why
    expect(asked).toContain('Waarom: bovenaan of onderaan de pagina staat een link naar www.gouda.nl met de tekst “gemeente Gouda”.');
    // the question, its reason and the buttons pass axe-core in the real popup
    await injectAxe(popup);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.evaluate(() => {
      const yes = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Ja, klopt');
      if (!yes) throw new Error('no "Ja, klopt" button');
      yes.click();
    }, null);
    // The popup turns into the organisation's view, marked as the user's own confirmation.
    const confirmed = await waitForText(popup, /Door jou bevestigd/);
    expect(confirmed).toContain(ORG);
    await popup.close();
    const stored = await session.evalInExtension(() => {
      const g = globalThis as unknown as Record<string, { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } }>;
      return (g.browser ?? g.chrome).storage.local.get('hostDecisions');
    });
    expect(stored.hostDecisions).toEqual([
      expect.objectContaining({
        host: 'banenbijdestad.voorbeeld.nl',
        organization: expect.objectContaining({ name: ORG }),
        kind: 'confirmed',
      }),
    ]);
    // Opened again, the popup still shows it.
    const again = await session.openPopup(SECOND_SITE);
    expect(await waitForText(again, /Door jou bevestigd/)).toContain(ORG);
    await again.close();
  });

  it('asks nothing on a news page that links to gouda.nl only inside its article', async () => {
    await session.openPage(NEWS);
    const popup = await session.openPopup(NEWS);
    const text = await waitForText(popup, /Ook op de pagina zelf vonden we geen organisatie/);
    expect(text).not.toMatch(/Is dit /);
    await popup.close();
  });
});
