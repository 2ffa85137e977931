import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_PEERS, peerContext } from '@/utils/register/peers';
import type { Snapshot } from '@/utils/register/model';
import { isCounted } from '@/utils/badge';
import { SNAPSHOT_FILE } from '@/scripts/data/paths';

const real = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;

/** An independent count: municipalities (gm codes) and their counted entries. */
function municipalityCounts(): Map<string, number> {
  const gm = new Set(real.organizations.filter((o) => o.org_id?.startsWith('gm')).map((o) => o.name));
  const counts = new Map<string, number>();
  for (const a of real.algorithms)
    if (gm.has(a.organization) && isCounted(a)) counts.set(a.organization, (counts.get(a.organization) ?? 0) + 1);
  return counts;
}

describe('how a count compares with organisations of the same kind', () => {
  it('an unregistered municipality is compared with every municipality in the register', () => {
    const counts = municipalityCounts();
    const ctx = peerContext(real, { name: 'Gemeente Nergenshuizen', org_id: 'gm9999' }, 0)!;
    expect(ctx.type).toBe('gemeente');
    expect(ctx.peers).toBe(counts.size);
    expect(ctx.more).toBe(counts.size);
    const atLeast = [...counts.values()].filter((v) => v >= ctx.median).length;
    expect(atLeast * 2).toBeGreaterThanOrEqual(counts.size);
    expect([...counts.values()].filter((v) => v > ctx.median).length * 2).toBeLessThan(counts.size);
  });

  it('a registered municipality is not its own peer, and "more" counts only those above it', () => {
    const counts = municipalityCounts();
    const [name, count] = [...counts].sort((x, y) => y[1] - x[1])[0];
    const org = real.organizations.find((o) => o.name === name)!;
    const ctx = peerContext(real, { name, org_id: org.org_id }, count)!;
    expect(ctx.peers).toBe(counts.size - 1);
    expect(ctx.more).toBe(0);
  });

  it('says nothing for an unknown kind or too few peers', () => {
    expect(peerContext(real, { name: 'Stichting Onbekend', org_id: null }, 0)).toBeNull();
    const few = {
      organizations: real.organizations,
      algorithms: real.algorithms.filter((a) => a.org_id?.startsWith('pv')).slice(0, MIN_PEERS - 1),
    };
    expect(peerContext(few, { name: 'Provincie X', org_id: 'pv99' }, 0)).toBeNull();
  });
});
