import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, targetTabId } from '@/components/popup/App';
import type { Message, TabView } from '@/utils/protocol';
import { languageSetting } from '@/utils/settings';
import { algorithmsOf } from './fixtures';
import { viewOf } from './views';

const UWV = { name: 'Uitvoeringsinstituut Werknemersverzekeringen', org_id: null };

/** Opens a tab in a focused window, as the popup finds it. */
async function openTab(url: string) {
  const win = await fakeBrowser.windows.create({ focused: true });
  return fakeBrowser.tabs.create({ url, active: true, windowId: win?.id });
}

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl-NL');
});

/** A stand-in background: answers tab-view with `view` and records every message. */
function fakeBackground(view: (tabId: number) => TabView) {
  const received: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: Message, _sender: unknown, sendResponse: (a: unknown) => void) => {
    received.push(message);
    sendResponse(message.type === 'tab-view' ? view((message as Message<'tab-view'>).tabId) : { ok: true });
    return true;
  }) as never);
  return received;
}

describe('popup App', () => {
  it('asks the background about the active tab and lists its algorithms', async () => {
    const tab = await openTab('https://www.uwv.nl/');
    const received = fakeBackground(() => viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }));
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: UWV.name })).toBeTruthy();
    expect(received[0]).toEqual({ type: 'tab-view', tabId: tab.id });
    expect(document.documentElement.lang).toBe('nl');
  });

  it('sends confirm-host with the suggested organisation when the user says yes', async () => {
    await openTab('https://werkenbij.voorbeeld.nl/');
    let confirmed = false;
    const received = fakeBackground(() =>
      confirmed
        ? viewOf({ url: 'https://werkenbij.voorbeeld.nl/', organization: UWV, match: 'page', algorithms: algorithmsOf(UWV.name) })
        : viewOf({ url: 'https://werkenbij.voorbeeld.nl/', suggestion: UWV }),
    );
    render(<App />);
    const yes = await screen.findByRole('button', { name: 'Ja, klopt' });
    confirmed = true;
    fireEvent.click(yes);
    expect(await screen.findByRole('heading', { level: 1, name: UWV.name })).toBeTruthy();
    expect(received).toContainEqual({ type: 'confirm-host', host: 'werkenbij.voorbeeld.nl', organization: UWV });
    expect(screen.getByText('Herkend aan de pagina zelf, en door jou bevestigd.')).toBeTruthy();
  });

  it('sends set-paused for the page host', async () => {
    await openTab('https://www.uwv.nl/');
    const received = fakeBackground(() => viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }));
    render(<App />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Pauzeer op deze site' }));
    await screen.findByRole('heading', { level: 1 });
    expect(received).toContainEqual({ type: 'set-paused', host: 'www.uwv.nl', paused: true });
  });

  it('follows the language override and sets the lang attribute', async () => {
    await languageSetting.setValue('en');
    await openTab('https://www.uwv.nl/');
    fakeBackground(() => viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }));
    render(<App />);
    expect(await screen.findByRole('tab', { name: 'Object or ask for an explanation' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('never shows a frame in the browser language when the user chose the other one', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    await languageSetting.setValue('nl');
    await openTab('https://www.uwv.nl/');
    fakeBackground(() => viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }));
    // Every text the popup ever shows, from the first frame on.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(<App />);
    expect(await screen.findByRole('tab', { name: 'Bezwaar maken of uitleg vragen' })).toBeTruthy();
    observer.disconnect();
    expect(document.documentElement.lang).toBe('nl');
    expect(seen.filter((text) => /Loading|Object or ask/.test(text))).toEqual([]);
  });

  it('shows an error instead of hanging when the background fails', async () => {
    await openTab('https://www.uwv.nl/');
    fakeBrowser.runtime.onMessage.addListener(((_m: unknown, _s: unknown, sendResponse: (a: unknown) => void) => {
      sendResponse({ error: 'kapot' });
      return true;
    }) as never);
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('kapot');
  });

  it('uses ?tabId= when the popup page runs in a tab of its own', async () => {
    expect(await targetTabId('?tabId=42')).toBe(42);
    const tab = await openTab('https://www.uwv.nl/');
    expect(await targetTabId('?tabId=abc')).toBe(tab.id);
  });
});
