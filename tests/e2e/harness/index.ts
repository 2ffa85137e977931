/**
 * End-to-end harness: the built extension in real headless browsers, on a
 * local "internet" that logs every connection leaving the browser.
 *
 * Typical test file (one browser per file, reused by its tests):
 *
 *   import { launchChromium, startLocalInternet, type ChromiumSession, type LocalInternet } from './harness';
 *   let server: LocalInternet, chrome: ChromiumSession;
 *   beforeAll(async () => { server = await startLocalInternet(); chrome = await launchChromium(server); });
 *   afterAll(async () => { await chrome?.close(); await server?.close(); });
 *   it('...', async () => {
 *     server.page('www.uwv.nl', '/werk', '<title>Werk</title>');     // custom page (else a default page)
 *     server.route('algoritmes.overheid.nl', fakeRegisterHandler);  // custom handler (return false = fall through)
 *     const tab = await chrome.openPage('http://www.uwv.nl/werk');   // any host name works: all map to the server
 *     expect((await chrome.badgeForUrl('http://www.uwv.nl/werk')).text).toBe('3');
 *     const popup = await chrome.openPopup('http://www.uwv.nl/werk'); // popup.html?tabId=<that tab>
 *     server.expectOnlyHosts(['www.uwv.nl', 'algoritmes.overheid.nl']);
 *   });
 *
 * Chromium maps every host (IP literals and localhost too) to the server;
 * Firefox uses it as proxy. Both
 * http and https work (https with a throwaway self-signed certificate the
 * browsers accept; note HSTS-preloaded hosts such as amsterdam.nl are always
 * upgraded to https). Every connection is logged, see LoggedRequest.kind.
 * The test builds (.output-test/) are made once per run by global-setup.ts
 * (E2E_SKIP_BUILD=1 reuses them; E2E_OUTPUT=<dir> points elsewhere).
 *
 * What works where (verified with Chromium 156 and Firefox ESR 153):
 * - Chromium: `evalInBackground` runs in the service worker (chrome.* with
 *   promises); extension pages open with page.goto(base + 'options.html').
 *   Chromium's own google.com update/sign-in hosts are blackholed
 *   (CHROMIUM_OWN_HOSTS), everything else is logged.
 * - Firefox: BiDi cannot navigate to moz-extension:// URLs and cannot reach the
 *   MV2 background page. `gotoExtensionPage` sets location.href from a page
 *   instead (test build: popup/options are web-accessible), and
 *   `evalInExtension` runs in an options.html tab kept open for that, where
 *   `browser.browserAction.getBadgeText({ tabId })` etc. work. Remote
 *   settings, captive portal and other Firefox traffic are switched off by
 *   prefs (MOZ_REMOTE_SETTINGS_DEVTOOLS=1 makes services.settings.server stick).
 * - The popup opened in a tab reads `?tabId=` (openPopup(tabUrl) adds it).
 */
export { startLocalInternet, type LocalInternet, type RouteHandler, type PageSpec } from './server';
export { expectOnlyHosts, hostAllowed, hostsOf, type LoggedRequest } from './request-log';
export { launchChromium, CHROMIUM_OWN_HOSTS, type ChromiumSession } from './chromium';
export { launchFirefox, gotoExtensionPage, FIREFOX_EXTENSION_UUID, type FirefoxSession } from './firefox';
export type { Badge, ExtensionSession } from './session';
export { defaultPage, siteNameFor } from './pages';
export { CHROME_TEST_BUILD, FIREFOX_TEST_BUILD, ROOT } from './paths';
export { waitFor, sleep } from './wait';
export { launchBrowser, setInterfaceLanguage } from './launch';
