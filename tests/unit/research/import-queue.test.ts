import { describe, expect, it } from 'vitest';
import { createResearchLog } from '../../../utils/research/runner';
import { observationFromView } from '../../../utils/research/observe';
import { recordVisits } from '../../../utils/research/record';
import { appendVisits, importEntries, planImport, previewImport, readResearchLog, writeResearchLog } from '../../../utils/research/store';
import { researchLogEnabled } from '../../../utils/settings';
import type { TabView } from '../../../utils/protocol';
import { busyOrganisations, viewFor } from './views';

const [a] = busyOrganisations();
const visit = (host: string, at: string) => observationFromView(viewFor(`https://${host}/`, a), false, new Date(at))!;
const log = (...visits: [string, string][]) =>
  recordVisits(
    [],
    visits.map(([h, at]) => visit(h, at)),
  );
const hosts = (l: { host: string }[]) => l.map((e) => e.host).sort();

describe('research-log import: shown before it happens, never drops silently', () => {
  it('plans what an import adds, updates and drops at the cap', () => {
    const stored = log(['old.nl', '2026-01-01T00:00:00Z'], ['mid.nl', '2026-02-01T00:00:00Z']);
    const incoming = log(['mid.nl', '2026-03-01T00:00:00Z'], ['new.nl', '2026-04-01T00:00:00Z']);
    const { plan, merged } = planImport(stored, incoming, 2);
    expect(plan).toMatchObject({ added: 1, updated: 1, total: 2, cap: 2 });
    expect(hosts(plan.dropped.stored)).toEqual(['old.nl']);
    expect(plan.dropped.imported).toEqual([]);
    expect(hosts(merged)).toEqual(['mid.nl', 'new.nl']);
  });

  it('writes nothing when the import would drop stored sites the user did not agree to drop', async () => {
    const stored = log(['old.nl', '2026-01-01T00:00:00Z'], ['mid.nl', '2026-02-01T00:00:00Z']);
    await writeResearchLog(stored);
    const incoming = log(['new.nl', '2026-04-01T00:00:00Z']);
    const plan = await previewImport(incoming, 2);
    expect(hosts(plan.dropped.stored)).toEqual(['old.nl']);
    const refused = await importEntries(incoming, 0, 2);
    expect(refused.ok).toBe(false);
    expect(hosts(await readResearchLog())).toEqual(['mid.nl', 'old.nl']);
    const done = await importEntries(incoming, 1, 2);
    expect(done).toMatchObject({ ok: true, total: 2 });
    expect(hosts(await readResearchLog())).toEqual(['mid.nl', 'new.nl']);
  });

  it('loses no visit recorded while an import runs (one write queue)', async () => {
    await writeResearchLog(log(['start.nl', '2026-01-01T00:00:00Z']));
    const incoming = log(['imported.nl', '2026-02-01T00:00:00Z']);
    // Both start before either finishes: each reads, merges and writes.
    await Promise.all([importEntries(incoming, 0), appendVisits([visit('visited.nl', '2026-03-01T00:00:00Z')])]);
    expect(hosts(await readResearchLog())).toEqual(['imported.nl', 'start.nl', 'visited.nl']);
    await Promise.all([
      appendVisits([visit('later.nl', '2026-04-01T00:00:00Z')]),
      importEntries(log(['second.nl', '2026-02-02T00:00:00Z']), 0),
    ]);
    expect(hosts(await readResearchLog())).toEqual(['imported.nl', 'later.nl', 'second.nl', 'start.nl', 'visited.nl']);
  });

  it("the recorder's cached copy never overwrites an import that came between two of its writes", async () => {
    await researchLogEnabled.setValue(true);
    let emit: (tabId: number, view: TabView) => void = () => {};
    const handle = createResearchLog({ subscribe: (l) => void (emit = l), flushDelayMs: 60_000 });
    const send = async (tabId: number, url: string) => {
      emit(tabId, viewFor(url, a));
      await new Promise((r) => setTimeout(r, 0));
    };
    await send(1, 'https://www.one.nl/');
    await handle.flush();
    // The import lands; the recorder writes again at once (before any storage change event could reach it).
    const imported = importEntries(log(['imported.nl', '2026-01-01T00:00:00Z']), 0);
    await send(2, 'https://www.two.nl/');
    await Promise.all([imported, handle.flush()]);
    expect(hosts(await readResearchLog())).toEqual(['imported.nl', 'www.one.nl', 'www.two.nl']);
    handle.stop();
  });
});
