import { browser, type Browser } from 'wxt/browser';
import { isMessage, type Message, type MessageType, type Protocol } from '../protocol';
import { acceptSuspect, getRegister, getSyncState, syncNow } from '../register/service';
import { organizationNews } from '../follow/view';
import { isCounted } from '../badge';
import { getTabContext } from './context';
import { forgetHost, saveHostAnswer, setHostPaused } from '../settings';
import { pageFacts, tabView, wantsPageSignals } from './tab-view';
import { suggestForTab, suggestionRisk } from './suggest';

type Handlers = { [T in MessageType]: (request: Message<T>) => Promise<Protocol[T]['response']> };

/** The background's answers to the pages' messages (see utils/protocol.ts). */
export const handlers: Handlers = {
  'tab-view': async ({ tabId }) => {
    const tab = await browser.tabs.get(tabId);
    const facts = pageFacts(tab.url ?? '', await getTabContext());
    // Page signals only now that the user opened the popup on an unrecognised page.
    const found = wantsPageSignals(facts) ? await suggestForTab(tabId).catch(() => null) : null;
    const risk = found ? suggestionRisk(facts.recognition.host, await getTabContext()) : null;
    const basis = found ? { signal: found.signal, text: found.text, ...(found.host ? { host: found.host } : {}) } : null;
    const view = tabView(facts, await getSyncState(), found?.organization ?? null, risk, basis);
    const org = facts.recognition.organization;
    if (org)
      view.news = await organizationNews(org, (await getRegister()).snapshot, facts.algorithms.filter(isCounted).length).catch(() => null);
    return view;
  },
  'sync-state': () => getSyncState(),
  'sync-now': () => syncNow(),
  'accept-suspect': ({ hash }) => acceptSuspect(hash),
  'confirm-host': async ({ host, organization }) => {
    // A page's own claim is never enough on a look-alike or shared-hosting host: only "no" is accepted there.
    if (organization && suggestionRisk(host, await getTabContext())) throw new Error('This host cannot be confirmed from the page itself');
    await saveHostAnswer(host, organization);
    return { ok: true };
  },
  'forget-host': async ({ host }) => {
    await forgetHost(host);
    return { ok: true };
  },
  'set-paused': async ({ host, paused }) => {
    await setHostPaused(host, paused);
    return { ok: true };
  },
};

/**
 * Only the extension's own pages may talk to the background: a sender from
 * another extension, or a page (content script) that is not ours, is ignored.
 */
export function fromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id && sender.id !== browser.runtime.id) return false;
  const base = browser.runtime.getURL('/');
  return !sender.url || sender.url.startsWith(base);
}

/**
 * Answers the Protocol messages. Unknown messages are left for other
 * listeners; a failing handler answers `{ error }` (client.ts throws it).
 */
export function startMessageRouter(): () => void {
  // sendResponse + `return true` works natively in Chrome and Firefox and through the polyfill.
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!isMessage(message) || !fromOwnPage(sender)) return undefined;
    const handle = handlers[message.type] as (m: Message) => Promise<unknown>;
    void Promise.resolve()
      .then(() => handle(message))
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
      .then(sendResponse);
    return true as const;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
