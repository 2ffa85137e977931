/** What both browser launchers offer, so one test body can run in Chromium and Firefox. */

/** Badge of one tab, as the browser's action API reports it. */
export interface Badge {
  text: string;
  title: string;
  /** [r, g, b, a], 0–255 */
  color: number[];
}

/**
 * A running browser with the extension's test build loaded.
 * `P` is the driver's page type (playwright-core Page in Chromium,
 * puppeteer-core Page in Firefox); both have evaluate(), title(), url(), close().
 */
export interface ExtensionSession<P> {
  name: 'chromium' | 'firefox';
  /** Extension origin with trailing slash: chrome-extension://<id>/ or moz-extension://<uuid>/. */
  base: string;
  /** Opens `url` in a new tab and waits for its load event. */
  openPage(url: string): Promise<P>;
  /**
   * Runs `fn(arg)` with extension privileges and returns its (JSON-able) result.
   * Chromium: in the service worker (`chrome.*`, promise style). Firefox: in an
   * extension page (options.html) kept open for this (`browser.*`). Inside `fn`,
   * reach the API as `(globalThis as any).chrome` / `.browser`.
   */
  evalInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Id of the first tab whose URL matches `url` (exact URL or match pattern such
   * as 'http://nos.nl/*'); for http:// also its https:// twin (HSTS upgrades).
   */
  tabIdFor(url: string): Promise<number>;
  /** Badge text, title and colour of a tab. */
  badge(tabId: number): Promise<Badge>;
  badgeForUrl(url: string): Promise<Badge>;
  /**
   * Opens popup.html in its own tab. With `tabUrl`, the URL gets
   * `?tabId=<id of the tab showing tabUrl>`: the popup must then show that
   * tab instead of the active one (a real popup has no tab of its own).
   */
  openPopup(tabUrl?: string): Promise<P>;
  /** Opens options.html in a new tab. */
  openOptions(): Promise<P>;
  close(): Promise<void>;
}

/** Reads the badge of `tabId` with the given action API name; runs inside the browser. */
export async function readBadgeInBrowser([api, tabId]: [string, number]): Promise<Badge> {
  const g = globalThis as unknown as Record<string, Record<string, Record<string, (d: object) => Promise<never>>>>;
  const action = (g.browser ?? g.chrome)[api];
  return {
    text: await action.getBadgeText({ tabId }),
    title: await action.getTitle({ tabId }),
    color: await action.getBadgeBackgroundColor({ tabId }),
  };
}

/**
 * Finds the first tab id matching a URL; runs inside the browser. An http://
 * URL also finds its https:// twin: browsers upgrade HSTS-preloaded hosts
 * (amsterdam.nl, ...) before loading them.
 */
export async function findTabInBrowser(url: string): Promise<number | null> {
  const g = globalThis as unknown as Record<string, { tabs: { query(q: object): Promise<{ id?: number }[]> } }>;
  const tabs = (g.browser ?? g.chrome).tabs;
  const found =
    (await tabs.query({ url }))[0] ?? (url.startsWith('http://') ? (await tabs.query({ url: `https://${url.slice(7)}` }))[0] : undefined);
  return found?.id ?? null;
}
