import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_TEST_BUILD, CHROMIUM_BIN } from './paths';
import type { LocalInternet } from './server';
import { findTabInBrowser, readBadgeInBrowser, type ExtensionSession } from './session';

/**
 * Hosts Chromium itself contacts in every profile, with or without the
 * extension (sign-in preconnects, an on-demand component update check). No
 * flag turns them off in Chromium 156, so they resolve to nothing instead of
 * reaching the log. Blind spot, kept deliberately small: a request by the
 * extension to one of these exact hosts would fail without being logged.
 */
export const CHROMIUM_OWN_HOSTS = ['accounts.google.com', 'update.googleapis.com', 'clients2.google.com'];

/** A headless Chromium with the extension's test build loaded (see ExtensionSession). */
export interface ChromiumSession extends ExtensionSession<Page> {
  context: BrowserContext;
  extensionId: string;
  /** Runs `fn(arg)` in the extension's service worker; same as evalInExtension. */
  evalInBackground: ExtensionSession<Page>['evalInExtension'];
}

/** Launches headless Chromium with every host (also IP literals and localhost) mapped to `server` and the test build loaded. */
export async function launchChromium(server: LocalInternet, extensionDir = CHROME_TEST_BUILD): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'aw-chromium-'));
  // Skip the Debian wrapper: it adds Google API keys and --enable-remote-extensions.
  const real = '/usr/lib/chromium/chromium';
  const executablePath = CHROMIUM_BIN === '/usr/bin/chromium' && existsSync(real) ? real : CHROMIUM_BIN;
  const blackhole = CHROMIUM_OWN_HOSTS.map((h) => `MAP ${h} ~NOTFOUND`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    // The local server answers https with a throwaway self-signed certificate.
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Every host, IP literal and localhost goes to the logging server (no EXCLUDE: nothing escapes the log).
      `--host-resolver-rules=${blackhole}, MAP * 127.0.0.1:${server.port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-domain-reliability',
      '--no-pings',
      '--disable-client-side-phishing-detection',
    ],
  });
  let sw: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const base = `chrome-extension://${extensionId}/`;

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(base));
    if (live) return live;
    // The worker was stopped: any extension page wakes it.
    const wake = await context.newPage();
    const next = context.waitForEvent('serviceworker', { timeout: 10_000 });
    await wake.goto(`${base}options.html`);
    sw = await next;
    await wake.close();
    return sw;
  };
  const evalInBackground: ChromiumSession['evalInExtension'] = async (fn, arg) => (await worker()).evaluate(fn as never, arg) as never;
  const openPage = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };
  const tabIdFor = async (url: string) => {
    const id = await evalInBackground(findTabInBrowser, url);
    if (id == null) throw new Error(`No tab with URL ${url}`);
    return id;
  };
  const badge = (tabId: number) => evalInBackground(readBadgeInBrowser, ['action', tabId] as [string, number]);

  return {
    name: 'chromium',
    context,
    base,
    extensionId,
    openPage,
    evalInBackground,
    evalInExtension: evalInBackground,
    tabIdFor,
    badge,
    badgeForUrl: async (url) => badge(await tabIdFor(url)),
    openPopup: async (tabUrl) => openPage(`${base}popup.html${tabUrl ? `?tabId=${await tabIdFor(tabUrl)}` : ''}`),
    openOptions: () => openPage(`${base}options.html`),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
