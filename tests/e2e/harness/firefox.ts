import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../utils/constants';
import { findTabInBrowser, readBadgeInBrowser, type ExtensionSession } from './session';
import { FIREFOX_BIN, FIREFOX_TEST_BUILD } from './paths';
import type { LocalInternet } from './server';

/** The moz-extension UUID the tests pin for GECKO_ID, so extension URLs are known in advance. */
export const FIREFOX_EXTENSION_UUID = '6f1c1b55-3a57-4e0c-9a5e-5d0f3f0a9a11';

/** Prefs: everything through the logging proxy, no DNS, no Firefox background traffic. */
function prefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.no_proxies_on': '',
    'network.dns.forceResolve': '127.0.0.1',
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // Only honoured with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (set at launch).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
  };
}

/**
 * Navigates `page` to an extension page. BiDi refuses moz-extension:// URLs
 * in `goto`, so the page sets location.href itself (the test build makes
 * popup.html and options.html web-accessible), then we wait until it is there.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  // Navigate after the call has returned: a navigation that starts inside the call can tear the page's realm
  // down before Firefox has built the call's result ("unknown error ... right-hand side of 'in' should be an
  // object, got null"). A new tab may also still swap its first blank document; if the page is still blank
  // after two seconds, navigate again. The loop is what checks that the page did load.
  const navigate = () => page.evaluate((u) => void setTimeout(() => (location.href = u), 0), url).catch(() => undefined);
  await navigate();
  const until = Date.now() + 15_000;
  let again = Date.now() + 2_000;
  while (Date.now() < until) {
    const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (href === url) return;
    if (href === 'about:blank' && Date.now() > again) {
      await navigate();
      again = Date.now() + 2_000;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Extension page did not load: ${url}`);
}

/** A headless Firefox ESR (over WebDriver BiDi) with the extension's test build installed. */
export interface FirefoxSession extends ExtensionSession<Page> {
  browser: Browser;
}

/** Launches headless Firefox ESR proxied through `server` and installs the test build (temporary add-on). */
export async function launchFirefox(server: LocalInternet, extensionDir = FIREFOX_TEST_BUILD): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    // The local server answers https (through CONNECT) with a throwaway self-signed certificate.
    acceptInsecureCerts: true,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: prefs(server.port),
  });
  await browser.installExtension(extensionDir);
  const base = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  // A tab with options.html where extension APIs can be called (MV2 background is not reachable over BiDi).
  let control: Page | null = null;
  const openExtensionPage = async (file: string) => {
    const page = await browser.newPage();
    await gotoExtensionPage(page, base + file);
    return page;
  };
  const evalInExtension: ExtensionSession<Page>['evalInExtension'] = async (fn, arg) => {
    if (!control || control.isClosed()) control = await openExtensionPage('options.html');
    return control.evaluate(fn as never, arg) as never;
  };
  const tabIdFor = async (url: string) => {
    const id = await evalInExtension(findTabInBrowser, url);
    if (id == null) throw new Error(`No tab with URL ${url}`);
    return id;
  };
  const badge = (tabId: number) => evalInExtension(readBadgeInBrowser, ['browserAction', tabId] as [string, number]);

  return {
    name: 'firefox',
    browser,
    base,
    openPage: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    evalInExtension,
    tabIdFor,
    badge,
    badgeForUrl: async (url) => badge(await tabIdFor(url)),
    openPopup: async (tabUrl) => openExtensionPage(`popup.html${tabUrl ? `?tabId=${await tabIdFor(tabUrl)}` : ''}`),
    openOptions: () => openExtensionPage('options.html'),
    close: () => browser.close(),
  };
}
