/**
 * A page vouching for itself (issue 12): a page's own meta tags must never be
 * enough on a host that looks like another organisation's, and a host the
 * user confirmed is visibly different from a recognised one, with undo.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildLookalikeIndex, hostRisk } from '@/utils/recognition/lookalike';
import type { DomainTable } from '@/utils/recognition/table';
import { Popup } from '@/components/popup/Popup';
import { badgeFor } from '@/utils/badge';
import { startTabWatcher } from '@/utils/background/tab-watcher';
import { startMessageRouter } from '@/utils/background/router';
import { invalidateTabContext } from '@/utils/background/context';
import { invalidateLanguage } from '@/utils/i18n/resolve';
import { sendMessage } from '@/utils/background/client';
import { hostDecisions } from '@/utils/settings';
import { viewOf } from '../popup/views';
import { renderIn } from '../render-in';

const PUBLIC = join(import.meta.dirname, '../../../public');
const table = JSON.parse(readFileSync(join(PUBLIC, 'generated/domains.json'), 'utf8')) as DomainTable;
const index = buildLookalikeIndex([...Object.keys(table.hosts), ...Object.keys(table.transit)]);
const risk = (host: string) => hostRisk(new URL(`https://${host}`).hostname, index);
const BD = 'Belastingdienst';
const noop = () => {};

describe('look-alike and shared-hosting hosts', () => {
  it.each([
    ['belastingdienst-teruggave.com', 'belastingdienst.nl'],
    ['be1astingdienst.nl', 'belastingdienst.nl'],
    ['bеlastingdienst.nl', 'belastingdienst.nl'], // Cyrillic е
    ['belastingdlenst.nl', 'belastingdienst.nl'],
    ['belastingdienst.nl.veilig-inloggen.example', 'belastingdienst.nl'],
    ['mijn-belasting-dienst.info', 'belastingdienst.nl'],
    ['uwv-uitkering.nl', 'uwv.nl'],
    ['digid-inloggen.com', 'digid.nl'],
    ['rijksoverheid-nl.com', 'rijksoverheid.nl'],
  ])('%s looks like %s', (host, of) => expect(risk(host)).toEqual({ kind: 'lookalike', of }));

  it('names the .nl domain when a government body also holds the name under other endings', () => {
    const several = buildLookalikeIndex(['belastingdienst.asia', 'belastingdienst.eu', 'belastingdienst.nl', 'douane.ws']);
    expect(hostRisk('be1astingdienst.com', several)).toEqual({ kind: 'lookalike', of: 'belastingdienst.nl' });
    expect(hostRisk('douane-inloggen.com', several)).toEqual({ kind: 'lookalike', of: 'douane.ws' });
  });

  it.each([
    'belastingdienst.github.io',
    'uwv.netlify.app',
    'x.vercel.app',
    'a.pages.dev',
    'a.web.app',
    'a.firebaseapp.com',
    'a.blogspot.com',
    'a.wordpress.com',
    'a.wixsite.com',
    'a.weebly.com',
    'a.azurewebsites.net',
    'a.herokuapp.com',
    'a.glitch.me',
    'a.repl.co',
    'sites.google.com',
  ])('%s is shared hosting', (host) => expect(risk(host)?.kind).toBe('shared-hosting'));

  it('leaves real government hosts and ordinary unrelated sites alone', () => {
    for (const host of [
      'www.belastingdienst.nl',
      'mijn.belastingdienst.nl',
      'www.uwv.nl',
      'www.nu.nl',
      'nl.wikipedia.org',
      'www.bol.com',
      'tweakers.net',
      'federatie.nl',
      'www.ah.nl',
      'werkenbij.voorbeeld.nl',
    ]) {
      expect(risk(host), host).toBeNull();
    }
  });
});

describe('popup: a suggestion on a look-alike host, and a host confirmed by the user', () => {
  it('shows a warning and no confirm button on a look-alike host', () => {
    const view = {
      ...viewOf({ url: 'https://belastingdienst-teruggave.com/', suggestion: { name: BD, org_id: null } }),
      suggestion_risk: { kind: 'lookalike' as const, of: 'belastingdienst.nl' },
    };
    renderIn(<Popup view={view} onAnswer={noop} onPause={noop} onOpenOptions={noop} />);
    expect(screen.getByRole('alert').textContent).toMatch(/belastingdienst-teruggave\.com lijkt op belastingdienst\.nl/);
    expect(screen.queryByRole('button', { name: 'Ja' })).toBeNull();
  });

  it('says "door jou bevestigd" on a confirmed host, and undoes it with one click', async () => {
    const onUndo = vi.fn(async () => {});
    const view = viewOf({ url: 'https://werkenbij.voorbeeld.nl/', organization: { name: BD, org_id: null }, match: 'page' });
    view.recognition.user_decision = 'confirmed';
    renderIn(<Popup view={view} onAnswer={noop} onPause={noop} onOpenOptions={noop} onUndo={onUndo} />);
    expect(screen.getByText(/^Door jou bevestigd/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Koppeling van werkenbij.voorbeeld.nl ongedaan maken' }));
    await waitFor(() => expect(onUndo).toHaveBeenCalledTimes(1));
  });

  it('a recognised host carries no such marker, a confirmed one does in the badge title', () => {
    const rec = viewOf({ organization: { name: BD, org_id: null } }).recognition;
    expect(badgeFor({ recognition: rec, algorithms: [], paused: false }, 'nl').title).not.toMatch(/Door jou bevestigd/);
    expect(
      badgeFor({ recognition: { ...rec, match: 'page', user_decision: 'confirmed' }, algorithms: [], paused: false }, 'nl').title,
    ).toMatch(/Door jou bevestigd/);
    expect(
      badgeFor({ recognition: { ...rec, match: 'page', user_decision: 'confirmed' }, algorithms: [], paused: false }, 'en').title,
    ).toMatch(/Confirmed by you/);
  });
});

describe('background: the page claim cannot be confirmed on a look-alike host', () => {
  const stops: (() => void)[] = [];
  beforeEach(() => {
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
  async function visit(url: string, html: string) {
    const page = new DOMParser().parseFromString(html, 'text/html');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { func: (d: Document) => unknown }) => [
      { frameId: 0, result: injection.func(page) },
    ]) as never);
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win?.id });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
    return tab.id!;
  }
  const PHISH = `<html><head><title>Teruggave | ${BD}</title><meta name="OVERHEID.authority" content="${BD}"><meta property="og:site_name" content="${BD}"></head></html>`;

  it('marks the suggestion as risky and refuses to store it', async () => {
    const tabId = await visit('https://belastingdienst-teruggave.com/', PHISH);
    const view = await sendMessage('tab-view', { tabId });
    expect(view.suggestion?.name).toBe(BD);
    expect(view.suggestion_risk).toEqual({ kind: 'lookalike', of: 'belastingdienst.nl' });
    await expect(sendMessage('confirm-host', { host: 'belastingdienst-teruggave.com', organization: view.suggestion })).rejects.toThrow();
    await expect(sendMessage('confirm-host', { host: 'belastingdienst.github.io', organization: view.suggestion })).rejects.toThrow();
    expect(await hostDecisions.getValue()).toEqual([]);
    // Saying "no" stays possible.
    await sendMessage('confirm-host', { host: 'belastingdienst-teruggave.com', organization: null });
    expect(await hostDecisions.getValue()).toMatchObject([{ host: 'belastingdienst-teruggave.com', kind: 'rejected' }]);
  });

  it('forget-host undoes a confirmation: the badge title loses "door jou bevestigd"', async () => {
    const tabId = await visit('https://werkenbij.voorbeeld.nl/', '<html><head><title>x</title></head></html>');
    const org = (await sendMessage('tab-view', { tabId })).suggestion ?? {
      name: 'Uitvoeringsinstituut Werknemersverzekeringen',
      org_id: null,
    };
    await sendMessage('confirm-host', { host: 'werkenbij.voorbeeld.nl', organization: org });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId })).toMatch(/Door jou bevestigd/));
    await sendMessage('forget-host', { host: 'WWW.werkenbij.voorbeeld.nl.' });
    expect(await hostDecisions.getValue()).toEqual([]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId })).toBe('Algoritmewijzer'));
  });
});
