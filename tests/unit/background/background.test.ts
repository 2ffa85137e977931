import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startTabWatcher } from '@/utils/background/tab-watcher';
import { startMessageRouter } from '@/utils/background/router';
import { invalidateTabContext } from '@/utils/background/context';
import { invalidateLanguage } from '@/utils/i18n/resolve';
import { onTabRecognised } from '@/utils/background/tab-events';
import { sendMessage } from '@/utils/background/client';
import { hostDecisions, languageSetting, pausedHosts } from '@/utils/settings';
import type { Snapshot } from '@/utils/register/model';
import type { DomainTable } from '@/utils/recognition/table';
import { extractSignals } from '@/utils/recognition/signals';

const PUBLIC = join(import.meta.dirname, '../../../public');
const snapshot = JSON.parse(readFileSync(join(PUBLIC, 'generated/register-snapshot.json'), 'utf8')) as Snapshot;
const table = JSON.parse(readFileSync(join(PUBLIC, 'generated/domains.json'), 'utf8')) as DomainTable;

/** Expected badge count for a host, straight from the two generated files. */
function expectedCount(host: string): { name: string; count: number } {
  const org = table.organizations[table.hosts[host]];
  const mine = snapshot.algorithms.filter((a) => (org.org_id && a.org_id ? a.org_id === org.org_id : a.organization === org.name));
  return { name: org.name, count: mine.filter((a) => a.status !== 'Buiten gebruik').length };
}

const stops: (() => void)[] = [];

beforeEach(() => {
  // The packaged files, served as the browser would serve the extension's own URLs.
  vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(join(PUBLIC, new URL(url).pathname))));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl-NL');
  invalidateTabContext();
  invalidateLanguage();
  stops.push(startTabWatcher(), startMessageRouter());
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function visit(url: string) {
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win?.id });
  await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
  return tab.id!;
}

const badgeText = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const badgeTitle = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

describe('tab watcher', () => {
  it("shows UWV's count from the bundled snapshot on www.uwv.nl, with a sentence as title", async () => {
    const { name, count } = expectedCount('uwv.nl');
    expect(count).toBeGreaterThan(0);
    const tabId = await visit('http://www.uwv.nl/');
    await vi.waitFor(async () => expect(await badgeText(tabId)).toBe(String(count)));
    expect(await badgeTitle(tabId)).toContain(`${name}: ${count} algoritmen geregistreerd`);
  });

  it('also on a brand domain of the same organisation (werk.nl)', async () => {
    const tabId = await visit('https://www.werk.nl/werkzoekenden');
    await vi.waitFor(async () => expect(await badgeText(tabId)).toBe(String(expectedCount('werk.nl').count)));
  });

  it.each(['https://www.nu.nl/', 'http://belastingdienst-teruggave.com/', 'https://belastingdienst.nl.example.com/', 'about:blank'])(
    'gives no badge on %s',
    async (url) => {
      const tabId = await visit(url);
      await vi.waitFor(async () => expect(await badgeTitle(tabId)).toBe('Algoritmewijzer'));
      expect(await badgeText(tabId)).toBe('');
    },
  );

  it('gives a transit host no count and explains it in the title', async () => {
    const tabId = await visit('https://www.digid.nl/inloggen');
    await vi.waitFor(async () => expect(await badgeTitle(tabId)).toContain('DigiD'));
    expect(await badgeText(tabId)).toBe('');
  });

  it('clears the badge at once when the site is paused, and restores it', async () => {
    const tabId = await visit('http://www.uwv.nl/');
    const count = String(expectedCount('uwv.nl').count);
    await vi.waitFor(async () => expect(await badgeText(tabId)).toBe(count));
    await pausedHosts.setValue(['www.uwv.nl']);
    await vi.waitFor(async () => expect(await badgeText(tabId)).toBe(''));
    expect(await badgeTitle(tabId)).toContain('staat uit');
    await pausedHosts.setValue([]);
    await vi.waitFor(async () => expect(await badgeText(tabId)).toBe(count));
  });

  it('gives no badge on a host the user rejected', async () => {
    await hostDecisions.setValue([{ host: 'uwv.nl', organization: null, kind: 'rejected', decided_at: '2026-11-22T00:00:00Z' }]);
    const tabId = await visit('http://www.uwv.nl/');
    await vi.waitFor(async () => expect(await badgeTitle(tabId)).toBe('Algoritmewijzer'));
    expect(await badgeText(tabId)).toBe('');
  });

  it('switches the title to English when the language setting changes', async () => {
    const tabId = await visit('http://www.uwv.nl/');
    await vi.waitFor(async () => expect(await badgeTitle(tabId)).toMatch(/Klik voor details/));
    await languageSetting.setValue('en');
    await vi.waitFor(async () => expect(await badgeTitle(tabId)).toMatch(/Click for details\.$/));
  });

  it('tells tab listeners once per navigation, with the full view', async () => {
    const seen: [number, string, number][] = [];
    const stop = onTabRecognised((tabId, view) => seen.push([tabId, view.recognition.organization?.name ?? '', view.algorithms.length]));
    const tabId = await visit('http://www.uwv.nl/');
    const tab = await fakeBrowser.tabs.get(tabId);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, tab);
    await vi.waitFor(() => expect(seen.length).toBe(1));
    await fakeBrowser.tabs.onActivated.trigger({ tabId, windowId: tab.windowId });
    await new Promise((r) => setTimeout(r, 20));
    stop();
    const { name } = expectedCount('uwv.nl');
    expect(seen).toEqual([[tabId, name, snapshot.algorithms.filter((a) => a.organization === name).length]]);
  });
});

describe('message router', () => {
  it('answers tab-view with the organisation, its algorithms and the data state', async () => {
    const tabId = await visit('http://www.uwv.nl/');
    const view = await sendMessage('tab-view', { tabId });
    expect(view.recognition.organization?.name).toBe(expectedCount('uwv.nl').name);
    expect(view.recognition.match).toBe('domain');
    expect(view.algorithms.filter((a) => a.status !== 'Buiten gebruik').length).toBe(expectedCount('uwv.nl').count);
    expect(view.sync).toMatchObject({ source: 'bundled', data_date: snapshot.data_date });
    expect(view.paused).toBe(false);
  });

  it('confirm-host stores the decision; the page is then recognised and badged', async () => {
    const tabId = await visit('https://werkenbij.voorbeeld.nl/');
    expect((await sendMessage('tab-view', { tabId })).recognition.organization).toBeNull();
    const org = { name: expectedCount('uwv.nl').name, org_id: null };
    expect(await sendMessage('confirm-host', { host: 'werkenbij.voorbeeld.nl', organization: org })).toEqual({ ok: true });
    expect(await hostDecisions.getValue()).toMatchObject([{ host: 'werkenbij.voorbeeld.nl', organization: org, kind: 'confirmed' }]);
    await vi.waitFor(async () => expect(await badgeText(tabId)).toBe(String(expectedCount('uwv.nl').count)));
    expect((await sendMessage('tab-view', { tabId })).recognition.match).toBe('page');
    await sendMessage('confirm-host', { host: 'werkenbij.voorbeeld.nl', organization: null });
    expect(await hostDecisions.getValue()).toMatchObject([{ host: 'werkenbij.voorbeeld.nl', organization: null, kind: 'rejected' }]);
  });

  it('set-paused pauses and resumes a host', async () => {
    const tabId = await visit('http://www.uwv.nl/');
    await sendMessage('set-paused', { host: 'www.uwv.nl', paused: true });
    expect(await pausedHosts.getValue()).toEqual(['uwv.nl']);
    const view = await sendMessage('tab-view', { tabId });
    expect(view.paused).toBe(true);
    expect(view.algorithms).toEqual([]);
    await sendMessage('set-paused', { host: 'www.uwv.nl', paused: false });
    expect(await pausedHosts.getValue()).toEqual([]);
  });

  it('suggests an organisation from the page signals of an unrecognised page (run in the page only then)', async () => {
    const page = new DOMParser().parseFromString(
      '<html><head><title>Werken bij | Gemeente Amsterdam</title><meta property="og:site_name" content="Gemeente Amsterdam"></head><body></body></html>',
      'text/html',
    );
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockImplementation((async (injection: { func: (d: Document) => unknown }) => [
        { frameId: 0, result: injection.func(page) },
      ]) as never);
    const known = await visit('http://www.uwv.nl/');
    expect((await sendMessage('tab-view', { tabId: known })).suggestion).toBeNull();
    expect(executeScript).not.toHaveBeenCalled();
    const tabId = await visit('https://werkenbij.voorbeeld.nl/');
    const view = await sendMessage('tab-view', { tabId });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, func: extractSignals });
    expect(view.recognition.match).toBe('none');
    expect(view.suggestion?.name).toBe('Gemeente Amsterdam');
    expect(view.suggestion_basis).toEqual({ signal: 'siteName', text: 'Gemeente Amsterdam' });
  });

  it("suggests from a footer link to the organisation's site, and says so", async () => {
    const page = new DOMParser().parseFromString(
      '<html><head><base href="https://werkenvoor.voorbeeld.nl/"><title>Vacatures</title></head><body><footer>Een site van <a href="https://www.amsterdam.nl/">Gemeente Amsterdam</a></footer></body></html>',
      'text/html',
    );
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { func: (d: Document) => unknown }) => [
      { frameId: 0, result: injection.func(page) },
    ]) as never);
    const view = await sendMessage('tab-view', { tabId: await visit('https://werkenvoor.voorbeeld.nl/') });
    expect(view.suggestion?.name).toBe('Gemeente Amsterdam');
    expect(view.suggestion_basis).toEqual({ signal: 'links', text: 'Gemeente Amsterdam', host: 'www.amsterdam.nl' });
  });

  it('does not read a page the user rejected, nor a paused one', async () => {
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await hostDecisions.setValue([
      { host: 'werkenbij.voorbeeld.nl', organization: null, kind: 'rejected', decided_at: '2026-11-22T00:00:00Z' },
    ]);
    await pausedHosts.setValue(['www.nu.nl']);
    for (const url of ['https://werkenbij.voorbeeld.nl/', 'https://www.nu.nl/']) {
      const view = await sendMessage('tab-view', { tabId: await visit(url) });
      expect(view.suggestion).toBeNull();
    }
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('ignores malformed messages and reports handler failures', async () => {
    await expect(fakeBrowser.runtime.sendMessage({ type: 'tab-view', tabId: 'x' })).resolves.toBeUndefined();
    await expect(fakeBrowser.runtime.sendMessage({ type: 'delete-everything' })).resolves.toBeUndefined();
    await expect(sendMessage('tab-view', { tabId: 99999 })).rejects.toThrow();
  });
});
