import { browser, type Browser } from 'wxt/browser';
import { badgeFor } from '../badge';
import { onRegisterChanged, getSyncState } from '../register/service';
import { hostDecisions, pausedHosts, languageSetting } from '../settings';
import { applyBadge } from './badge-apply';
import { getTabContext, invalidateTabContext } from './context';
import { pageFacts, tabView } from './tab-view';
import { emitTabRecognised, hasTabListeners } from './tab-events';
import { currentLanguage, invalidateLanguage } from '../i18n/resolve';

/**
 * Keeps every tab's badge right: on navigation, tab switch and window focus
 * the tab's URL (and nothing else) is recognised, and the badge, colour and
 * title are set for that tab. Register and settings changes refresh all tabs.
 */
export function startTabWatcher(): () => void {
  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    if (change.status === 'loading' && !change.url) lastUrl.delete(tabId); // a reload is a new visit
    if (change.url || change.status === 'complete') void refreshTab(tabId, tab.url, true);
  };
  const onActivated = ({ tabId }: { tabId: number }) =>
    void browser.tabs.get(tabId).then(
      (t) => refreshTab(tabId, t.url),
      () => {},
    );
  const onFocus = (windowId: number) => {
    if (windowId === browser.windows?.WINDOW_ID_NONE) return;
    void browser.tabs.query({ active: true, windowId }).then(
      (tabs) => tabs.forEach((t) => t.id !== undefined && refreshTab(t.id, t.url)),
      () => {},
    );
  };
  const onRemoved = (tabId: number) => lastUrl.delete(tabId);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.windows?.onFocusChanged.addListener(onFocus);
  const refresh = () => {
    invalidateTabContext();
    void refreshAllTabs();
  };
  const unwatch = [
    onRegisterChanged(refresh),
    pausedHosts.watch(refresh),
    hostDecisions.watch(refresh),
    languageSetting.watch(() => {
      invalidateLanguage();
      void refreshAllTabs();
    }),
  ];
  void refreshAllTabs();
  return () => {
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.windows?.onFocusChanged.removeListener(onFocus);
    unwatch.forEach((u) => typeof u === 'function' && u());
  };
}

/** Last URL told to listeners per tab: the url and the "complete" event of one navigation count once. */
const lastUrl = new Map<number, string>();

/**
 * Recognises one tab's URL and sets its badge. `navigated`: this is a page
 * load (tell tab listeners such as the research log); tab switches and
 * refreshes after data changes are not visits.
 */
export async function refreshTab(tabId: number, url: string | undefined, navigated = false): Promise<void> {
  try {
    const [ctx, lang] = await Promise.all([getTabContext(), currentLanguage()]);
    const facts = pageFacts(url ?? '', ctx);
    await applyBadge(tabId, badgeFor(facts, lang));
    if (navigated && hasTabListeners() && lastUrl.get(tabId) !== url) {
      lastUrl.set(tabId, url ?? '');
      emitTabRecognised(tabId, tabView(facts, await getSyncState()));
    }
  } catch (error) {
    console.error('Algoritmewijzer: could not update the badge', error);
  }
}

/** Refreshes every open tab (after a register or settings change). */
export async function refreshAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : refreshTab(t.id, t.url))));
}
