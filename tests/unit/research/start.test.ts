import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createResearchLog } from '../../../utils/research/runner';
import { clearResearchLog, readResearchLog } from '../../../utils/research/store';
import { pausedHosts, researchLogEnabled, researchLogPaths } from '../../../utils/settings';
import type { TabView } from '../../../utils/protocol';
import { busyOrganisations, viewFor } from './views';
import { VisitFilter } from '@/utils/research/visits';

function harness() {
  let emit: (tabId: number, view: TabView) => void = () => {};
  const handle = createResearchLog({
    subscribe: (l) => {
      emit = l;
    },
    flushDelayMs: 60_000,
  });
  const send = async (tabId: number, view: TabView) => {
    emit(tabId, view);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { handle, send };
}

describe('createResearchLog', () => {
  const [a] = busyOrganisations();

  it('records nothing while the log is off (the default)', async () => {
    const { handle, send } = harness();
    await send(1, viewFor('https://www.a.nl/', a));
    await handle.flush();
    expect(await readResearchLog()).toEqual([]);
    handle.stop();
  });

  it('records government pages once switched on, batched in one write', async () => {
    await researchLogEnabled.setValue(true);
    const { handle, send } = harness();
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set');
    await send(1, viewFor('https://www.a.nl/p?x=1', a));
    await send(2, viewFor('https://www.b.nl/', a));
    await send(2, viewFor('https://www.b.nl/', a)); // same page reported again: not a new visit
    await send(3, viewFor('https://www.nu.nl/', null, 'none')); // not government
    expect(spy).not.toHaveBeenCalled();
    await handle.flush();
    expect(spy).toHaveBeenCalledTimes(1);
    const log = await readResearchLog();
    expect(log.map((e) => [e.host, e.path, e.visit_count]).sort()).toEqual([
      ['www.a.nl', '', 1],
      ['www.b.nl', '', 1],
    ]);
    handle.stop();
  });

  it('does not count a recognition that arrives after its tab closed as a second visit', async () => {
    await researchLogEnabled.setValue(true);
    const { handle, send } = harness();
    await send(7, viewFor('https://www.a.nl/', a));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await send(7, viewFor('https://www.a.nl/', a)); // a late report for the closed tab (seen in Chromium)
    await handle.flush();
    expect((await readResearchLog()).map((e) => [e.host, e.visit_count])).toEqual([['www.a.nl', 1]]);
    handle.stop();
  });

  it('keeps its per-tab memory bounded by forgetting visits older than the gap', () => {
    const filter = new VisitFilter(1000);
    for (let tab = 1; tab <= 200; tab++) filter.isNew(tab, `https://www.a.nl/${tab}`, 0);
    expect(filter.size).toBeLessThanOrEqual(200);
    filter.isNew(999, 'https://www.b.nl/', 5000);
    expect(filter.size).toBe(1);
    expect(filter.isNew(999, 'https://www.b.nl/', 5500)).toBe(false);
  });

  it('respects the path opt-in and paused sites', async () => {
    await researchLogEnabled.setValue(true);
    await researchLogPaths.setValue(true);
    await pausedHosts.setValue(['www.b.nl']);
    const { handle, send } = harness();
    await send(1, viewFor('https://www.a.nl/zaak/1?bsn=1#x', a));
    await send(2, viewFor('https://www.b.nl/', a));
    await handle.flush();
    const log = await readResearchLog();
    expect(log.map((e) => [e.host, e.path])).toEqual([['www.a.nl', '/zaak/1']]);
    expect(JSON.stringify(log)).not.toContain('bsn');
    handle.stop();
  });

  it('keeps no stale copy: a clear from the options page between writes stays cleared', async () => {
    await researchLogEnabled.setValue(true);
    const { handle, send } = harness();
    await send(1, viewFor('https://www.a.nl/', a));
    await handle.flush();
    await send(2, viewFor('https://www.b.nl/', a));
    await handle.flush();
    expect((await readResearchLog()).map((e) => e.host).sort()).toEqual(['www.a.nl', 'www.b.nl']);
    await clearResearchLog();
    await new Promise((r) => setTimeout(r, 0));
    await send(3, viewFor('https://www.c.nl/', a));
    await handle.flush();
    expect((await readResearchLog()).map((e) => e.host)).toEqual(['www.c.nl']);
    handle.stop();
  });

  it('stops recording when switched off', async () => {
    await researchLogEnabled.setValue(true);
    const { handle, send } = harness();
    await send(1, viewFor('https://www.a.nl/', a));
    await researchLogEnabled.setValue(false);
    await new Promise((r) => setTimeout(r, 0));
    await send(2, viewFor('https://www.c.nl/', a));
    await handle.flush();
    expect(await readResearchLog()).toEqual([]);
    handle.stop();
  });
});
