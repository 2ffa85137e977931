import { describe, expect, it } from 'vitest';
import { normalizeHost } from '@/utils/recognition/host';
import { decisionMap, recognize } from '@/utils/recognition/recognize';
import { buildRecognitionIndex } from '@/utils/recognition/index';
import { decisionHost, saveHostAnswer, setHostPaused } from '@/utils/settings';
import { isPausedHost, pausedSet } from '@/utils/background/tab-view';
import { normalizeHost as formNormalizeHost, mergeDecisions } from '@/utils/decisions/file';
import { hostDecisions, pausedHosts } from '@/utils/settings';

/** Spellings of one host that every comparison in the extension must treat as the same host. */
const SPELLINGS: [string, string[]][] = [
  ['x.nl', ['x.nl', 'www.x.nl', 'X.NL.', 'WWW.X.NL..', 'x.nl:443', 'www.x.nl:8443', 'https://www.x.nl/pad?q=1', ' http://X.nl ']],
  [
    'xn--bcher-kva.nl',
    ['bücher.nl', 'BÜCHER.NL', 'www.bücher.nl.', 'xn--bcher-kva.nl', 'XN--BCHER-KVA.NL:443', 'https://www.xn--bcher-kva.nl/'],
  ],
  ['xn--mnchen-3ya.de', ['münchen.de', 'xn--mnchen-3ya.de', 'www.MÜNCHEN.de']],
];

const empty = buildRecognitionIndex({ version: 1, generated_at: '', organizations: [], hosts: {}, paths: [], transit: {} } as never);

describe('one host normaliser for the whole extension', () => {
  it.each(SPELLINGS)('every spelling of %s gives the same key', (key, spellings) => {
    for (const s of spellings) expect(normalizeHost(s), s).toBe(key);
  });

  it('is the function the options form and the background use', () => {
    expect(formNormalizeHost).toBe(normalizeHost);
    for (const [key, spellings] of SPELLINGS) for (const s of spellings) expect(decisionHost(s)).toBe(key);
  });

  it('refuses what is not a host name', () => {
    for (const s of ['', '   ', 'localhost', '127.0.0.1', '[::1]', 'javascript:alert(1)', 'a b.nl', 'www.nl']) {
      expect(normalizeHost(s) === null || normalizeHost(s) === 'www.nl', s).toBe(true);
    }
    expect(normalizeHost('127.0.0.1')).toBeNull();
    expect(normalizeHost('www.nl')).toBe('www.nl');
  });

  it('recognition finds a decision stored under any spelling, for a page on any spelling', () => {
    const org = { name: 'Gemeente X', org_id: 'gm0001' };
    for (const [, spellings] of SPELLINGS) {
      for (const stored of spellings) {
        const map = decisionMap([{ host: stored, organization: org, kind: 'corrected' }]);
        for (const page of spellings) {
          const url = /^\s*https?:/.test(page) ? page : `https://${page.trim()}/`;
          expect(recognize(url, empty, map).organization, `${stored} vs ${page}`).toEqual(org);
        }
      }
    }
  });

  it('a paused host is paused under every spelling, whatever spelling the list holds', () => {
    for (const [, spellings] of SPELLINGS) {
      for (const stored of spellings) {
        const set = pausedSet([stored]);
        for (const page of spellings) expect(isPausedHost(normalizeHost(page)!, set), `${stored} vs ${page}`).toBe(true);
      }
    }
    expect(isPausedHost('y.nl', pausedSet(['x.nl']))).toBe(false);
  });

  it('stores paused hosts and answers once per host, whichever spelling the popup sends', async () => {
    await setHostPaused('www.X.NL.', true);
    await setHostPaused('x.nl:443', true);
    expect(await pausedHosts.getValue()).toEqual(['x.nl']);
    await setHostPaused('https://x.nl/', false);
    expect(await pausedHosts.getValue()).toEqual([]);
    await saveHostAnswer('www.bücher.nl', null, new Date('2026-01-01T00:00:00Z'));
    await saveHostAnswer('XN--BCHER-KVA.NL.', null, new Date('2026-01-02T00:00:00Z'));
    const stored = await hostDecisions.getValue();
    expect(stored.map((d) => d.host)).toEqual(['xn--bcher-kva.nl']);
  });

  it('the options page merges spellings into one decision', () => {
    const d = (host: string, at: string) => ({ host, organization: null, kind: 'rejected' as const, decided_at: at });
    expect(mergeDecisions([d('www.x.nl', '2026-01-01')], [d('X.NL.', '2026-01-02')])).toEqual([d('x.nl', '2026-01-02')]);
  });
});
