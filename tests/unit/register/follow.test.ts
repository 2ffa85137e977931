import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followedChanges, isFollowed, toggleFollow } from '@/utils/follow/follow';
import { diffSnapshots } from '@/utils/register/changes';
import type { Snapshot } from '@/utils/register/model';
import { SNAPSHOT_FILE } from '@/scripts/data/paths';

const real = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;
const UWV = { name: 'Uitvoeringsinstituut Werknemersverzekeringen', org_id: null };
const AMS = { name: 'Gemeente Amsterdam', org_id: 'gm0363' };

describe('following organisations', () => {
  it('toggles an organisation in and out, matching org_id first and names without spelling noise', () => {
    let list = toggleFollow([], AMS);
    expect(isFollowed(list, { name: 'gemeente  amsterdam', org_id: null })).toBe(true);
    expect(isFollowed(list, { name: 'Amsterdam (anders gespeld)', org_id: 'gm0363' })).toBe(true);
    expect(isFollowed(list, { name: 'Gemeente Amsterdam', org_id: 'gm0999' })).toBe(false);
    list = toggleFollow(list, UWV);
    expect(list.map((o) => o.name)).toEqual(['Gemeente Amsterdam', UWV.name]);
    expect(toggleFollow(list, AMS)).toEqual([UWV]);
  });

  it('tells a follower only the notable changes of the organisations followed', () => {
    const next = structuredClone(real);
    const uwv = next.algorithms.filter((a) => a.organization === UWV.name);
    const ams = next.algorithms.filter((a) => a.organization === AMS.name);
    uwv[0].publication_category = 'Hoog-risico AI-systeem';
    uwv[1].goal = 'Alleen de tekst is anders.';
    ams[0].publication_category = 'Impactvolle algoritmes';
    next.algorithms.push({ ...structuredClone(uwv[2]), lars: '99000002', name: 'Nieuw bij UWV' });
    const set = diffSnapshots(real, next);
    const told = followedChanges(set, [UWV]);
    expect(told.map((c) => `${c.kind}:${c.lars}`).sort()).toEqual([`category:${uwv[0].lars}`, 'new:99000002'].sort());
    expect(followedChanges(set, [])).toEqual([]);
    expect(followedChanges(null, [UWV])).toEqual([]);
  });
});
