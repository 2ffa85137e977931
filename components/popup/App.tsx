import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabView } from '@/utils/protocol';
import type { OrganizationRef } from '@/utils/recognition/types';
import { sendMessage } from '@/utils/background/client';
import { popupMessages } from './messages';
import { Popup } from './Popup';
import { toggleFollowed } from '@/utils/settings';
import { PageLanguage, useT } from '../i18n';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; tabId: number; view: TabView };

/**
 * The tab the popup is about: `?tabId=` when the popup page was opened in a
 * tab of its own (tests, and the popup's "open in tab" use), else the active tab.
 */
export async function targetTabId(search = location.search): Promise<number> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/**
 * The popup page: the current tab's view, in the interface language. The view
 * is asked for at once, while the language setting is read, not after it.
 */
export function App() {
  const tab = useTabView();
  return (
    <PageLanguage>
      <CurrentTab {...tab} />
    </PageLanguage>
  );
}

/** The current tab's view from the background, and a function to ask again. */
function useTabView() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const load = useCallback(async () => {
    try {
      const tabId = await targetTabId();
      const view = await sendMessage('tab-view', { tabId });
      setState({ status: 'ready', tabId, view });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  useEffect(() => void load(), [load]);
  return { state, load };
}

/** Renders the popup for the loaded view. */
function CurrentTab({ state, load }: { state: State; load: () => Promise<void> }) {
  const t = useT(popupMessages);
  // A local performance mark (read by scripts/bench/popup.ts; nothing is sent anywhere).
  useEffect(() => {
    if (state.status === 'ready' && !performance.getEntriesByName('aw:popup-ready').length) performance.mark('aw:popup-ready');
  }, [state.status]);

  if (state.status === 'loading')
    return (
      <main aria-busy="true">
        <p>{t('loading')}</p>
      </main>
    );
  if (state.status === 'error')
    return (
      <main>
        <p role="alert">{t('error', { message: state.message })}</p>
      </main>
    );
  const host = state.view.recognition.host;
  const onAnswer = async (organization: OrganizationRef | null) => {
    await sendMessage('confirm-host', { host, organization });
    if (organization) await load();
  };
  const onPause = async (paused: boolean) => {
    await sendMessage('set-paused', { host, paused });
    await load();
  };
  const onUndo = async () => {
    await sendMessage('forget-host', { host });
    await load();
  };
  const onFollow = async () => {
    const org = state.view.recognition.organization;
    if (!org) return;
    await toggleFollowed(org);
    await load();
  };
  const onOpenChanges = () =>
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#wijzigingen' as Parameters<typeof browser.runtime.getURL>[0]) });
  return (
    <Popup
      view={state.view}
      onAnswer={onAnswer}
      onPause={onPause}
      onUndo={onUndo}
      onFollow={onFollow}
      onOpenChanges={onOpenChanges}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
