import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The items are defined (and their migrations run) when the module loads: load it fresh after seeding storage.
const freshSettings = async () => {
  vi.resetModules();
  return import('@/utils/settings');
};

describe('stored settings, versioned', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a value stored before the items had a version (v0) unchanged, as version 1', async () => {
    const decision = {
      host: 'x.nl',
      organization: { name: 'Gemeente X', org_id: null },
      kind: 'confirmed',
      decided_at: '2026-01-01T00:00:00.000Z',
    };
    await fakeBrowser.storage.local.set({ pausedHosts: ['a.nl'], hostDecisions: [decision], language: 'en', 'researchLog.enabled': true });
    const s = await freshSettings();
    expect(await s.pausedHosts.getValue()).toEqual(['a.nl']);
    expect(await s.hostDecisions.getValue()).toEqual([decision]);
    expect(await s.languageSetting.getValue()).toBe('en');
    expect(await s.researchLogEnabled.getValue()).toBe(true);
    await s.setHostPaused('B.nl', true);
    expect(await s.pausedHosts.getValue()).toEqual(['a.nl', 'b.nl']);
  });

  it('marks a first write as version 1, so a later shape change knows what it migrates from', async () => {
    const s = await freshSettings();
    await s.setHostPaused('www.a.nl', true);
    expect(await s.pausedHosts.getMeta()).toEqual({ v: 1 });
  });

  it('refuses to read a value written by a newer version (no silent downgrade)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ pausedHosts: ['a.nl'], pausedHosts$: { v: 2 } });
    const s = await freshSettings();
    await s.pausedHosts.getValue();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Migration failed for local:pausedHosts'), expect.anything());
    error.mockRestore();
  });
});

describe('one owner per write: the popup (through the background) and the options page call the same operations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keys and orders paused hosts one way, however the host is spelled', async () => {
    const s = await freshSettings();
    await s.setHostPaused('WWW.Zeist.NL.', true);
    await s.setHostPaused('amsterdam.nl', true);
    await s.setHostPaused('www.zeist.nl', true);
    expect(await s.pausedHosts.getValue()).toEqual(['amsterdam.nl', 'zeist.nl']);
    await s.setHostPaused('www.ZEIST.nl', false);
    expect(await s.pausedHosts.getValue()).toEqual(['amsterdam.nl']);
  });

  it('replaces a decision for the same host and forgets it by any spelling', async () => {
    const s = await freshSettings();
    const org = { name: 'Gemeente Zeist', org_id: null };
    await s.saveHostAnswer('www.zeist.nl', org, new Date('2026-01-01T00:00:00Z'));
    await s.saveHostDecision({ host: 'WWW.ZEIST.NL', organization: org, kind: 'corrected', decided_at: '2026-02-01T00:00:00.000Z' });
    await s.saveHostAnswer('a.nl', null);
    expect((await s.hostDecisions.getValue()).map((d) => [d.host, d.kind])).toEqual([
      ['a.nl', 'rejected'],
      ['zeist.nl', 'corrected'],
    ]);
    await s.forgetHost('www.zeist.nl.');
    expect((await s.hostDecisions.getValue()).map((d) => d.host)).toEqual(['a.nl']);
  });
});
