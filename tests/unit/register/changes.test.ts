import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffSnapshots, isNotable, type RegisterChange } from '@/utils/register/changes';
import type { Algorithm, Snapshot } from '@/utils/register/model';
import { SNAPSHOT_FILE } from '@/scripts/data/paths';

const real = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;
const clone = (s: Snapshot): Snapshot => structuredClone(s);
const kinds = (changes: RegisterChange[]) => changes.map((c) => `${c.kind}:${c.lars}`).sort();

describe('changes between two snapshots of the real register', () => {
  it('finds nothing between a snapshot and itself', () => {
    expect(diffSnapshots(real, clone(real)).changes).toEqual([]);
  });

  it('names every new, retracted, recategorised, re-statused and edited entry, once per kind', () => {
    const next = clone(real);
    const [a, b, c, d] = next.algorithms;
    a.publication_category = 'Impactvolle algoritmes';
    b.status = b.status === 'In gebruik' ? 'Buiten gebruik' : 'In gebruik';
    c.goal = `${c.goal ?? ''} Aangepast.`;
    c.publication_category = 'Hoog-risico AI-systeem';
    const gone = next.algorithms.splice(10, 2);
    const added: Algorithm = { ...structuredClone(d), lars: '99000001', name: 'Nieuw algoritme' };
    next.algorithms.push(added);
    const set = diffSnapshots(real, next);
    expect(kinds(set.changes)).toEqual(
      [
        `category:${a.lars}`,
        `status:${b.lars}`,
        `category:${c.lars}`,
        `edited:${c.lars}`,
        'new:99000001',
        ...gone.map((g) => `retracted:${g.lars}`),
      ].sort(),
    );
    expect(set.changes.find((x) => x.kind === 'edited')!.fields).toEqual(['goal']);
    expect(set.changes.find((x) => x.kind === 'status')!.before).toBe(real.algorithms[1].status);
    expect(set.changes.find((x) => x.kind === 'retracted' && x.lars === gone[0].lars)!.name).toBe(gone[0].name);
    expect(set.from.hash).toBe(real.hash);
  });

  it('a republication with only a new create_dt, or another spelling of the same category, is no change', () => {
    const base = clone(real);
    base.algorithms[0].publication_category = 'Hoog-risico AI-systeem';
    const next = clone(base);
    next.algorithms[0].publication_category = 'hoog-risico AI-systemen';
    next.algorithms[1].create_dt = '2026-11-29T10:00:00';
    next.algorithms[2].publication_date = '2026-11-29';
    expect(diffSnapshots(base, next).changes).toEqual([]);
  });

  it('a source that says less (category or status gone to null) reports no change of category or status', () => {
    const base = clone(real);
    base.algorithms[0].publication_category = 'Overige algoritmes';
    const next = clone(base);
    next.algorithms[0].publication_category = null;
    next.algorithms[0].status = null;
    expect(diffSnapshots(base, next).changes.filter((c) => c.kind !== 'edited')).toEqual([]);
  });

  it('counts add up for any selection of removed, added and kept entries', () => {
    const pool = real.algorithms.slice(0, 60);
    fc.assert(
      fc.property(fc.subarray(pool), fc.subarray(pool), (left, right) => {
        const set = diffSnapshots({ ...real, algorithms: left }, { ...real, algorithms: right });
        const l = new Set(left.map((a) => a.lars));
        const r = new Set(right.map((a) => a.lars));
        expect(set.changes.filter((c) => c.kind === 'new').length).toBe([...r].filter((x) => !l.has(x)).length);
        expect(set.changes.filter((c) => c.kind === 'retracted').length).toBe([...l].filter((x) => !r.has(x)).length);
        expect(set.changes.every((c) => c.kind === 'new' || c.kind === 'retracted')).toBe(true);
      }),
    );
  });
});

describe('what a follower is told', () => {
  const row = (kind: RegisterChange['kind'], now: Partial<RegisterChange> = {}): RegisterChange => ({
    kind,
    lars: '1',
    name: 'x',
    organization: 'o',
    org_id: null,
    publication_category: null,
    status: null,
    register_url: '',
    ...now,
  });
  it.each([
    [row('new'), true],
    [row('retracted'), true],
    [row('category', { publication_category: 'Hoog-risico AI-systeem', before: 'Overige algoritmes' }), true],
    [row('category', { publication_category: 'Impactvolle algoritmes', before: null }), true],
    [row('category', { publication_category: 'Hoog-risico AI-systeem', before: 'Impactvolle algoritmes' }), true],
    [row('category', { publication_category: 'Impactvolle algoritmes', before: 'Hoog-risico AI-systeem' }), false],
    [row('category', { publication_category: 'Overige algoritmes', before: 'Impactvolle algoritmes' }), false],
    [row('status', { status: 'In gebruik', before: 'In ontwikkeling' }), true],
    [row('status', { status: 'Buiten gebruik', before: 'In gebruik' }), false],
    [row('edited', { fields: ['goal'] }), false],
  ])('%# %o → %s', (change, expected) => {
    expect(isNotable(change)).toBe(expected);
  });
});

describe('the change feed export', () => {
  it('has the research export columns first, then the change, one row per change, guarded against formulas', async () => {
    const { changesCsv, changesJson, CHANGE_COLUMNS } = await import('@/utils/register/changes-export');
    const { EXPORT_COLUMNS } = await import('@/utils/research/model');
    const next = clone(real);
    next.algorithms[0].name = '=HYPERLINK("http://evil.example")';
    next.algorithms[1].publication_category = 'Overige algoritmes';
    const set = diffSnapshots(real, next);
    const csv = changesCsv(set);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0].split(',')).toEqual([...CHANGE_COLUMNS]);
    expect(CHANGE_COLUMNS.slice(0, EXPORT_COLUMNS.length)).toEqual([...EXPORT_COLUMNS]);
    expect(lines).toHaveLength(1 + set.changes.length);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const doc = JSON.parse(changesJson(set, new Date('2026-11-30T00:00:00Z')));
    expect(doc.rows.map((r: { change_kind: string; lars: string }) => `${r.change_kind}:${r.lars}`)).toEqual(
      set.changes.map((c) => `${c.kind}:${c.lars}`),
    );
    expect(doc.rows.find((r: { change_kind: string }) => r.change_kind === 'edited').changed_fields).toBe('name');
  });
});
