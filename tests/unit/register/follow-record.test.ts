import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { comparable, recordChanges } from '@/utils/follow/record';
import { notificationText } from '@/utils/follow/notification';
import { registerChanges } from '@/utils/register/changes-store';
import { followNotifications, followedOrganizations } from '@/utils/settings';
import type { Snapshot } from '@/utils/register/model';
import { SNAPSHOT_FILE } from '@/scripts/data/paths';

const bundled = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;
const UWV = { name: 'Uitvoeringsinstituut Werknemersverzekeringen', org_id: null };

/** Two downloads from the (stand-in) register: the second adds one UWV entry and raises one to high-risk. */
function twoDownloads() {
  const first: Snapshot = { ...structuredClone(bundled), source: 'https://algoritmes.overheid.nl/api', hash: 'a' };
  const second: Snapshot = { ...structuredClone(first), hash: 'b' };
  const uwv = second.algorithms.filter((a) => a.organization === UWV.name);
  uwv[0].publication_category = 'Hoog-risico AI-systeem';
  first.algorithms.find((a) => a.lars === uwv[0].lars)!.publication_category = 'Overige algoritmes';
  second.algorithms.push({ ...structuredClone(uwv[1]), lars: '99000004', name: 'Nieuw' });
  return { first, second };
}

describe('recording register changes after new data replaced the old', () => {
  it('keeps the change set, and notifies once, only about followed organisations, only when opted in', async () => {
    const { first, second } = twoDownloads();
    const notify = vi.fn(async () => undefined);
    await followedOrganizations.setValue([UWV]);
    const set = await recordChanges(first, second, { language: async () => 'nl', notify });
    expect(await registerChanges.getValue()).toEqual(set);
    expect(set!.changes.map((c) => c.kind).sort()).toEqual(['category', 'new']);
    expect(notify).not.toHaveBeenCalled(); // not opted in
    await followNotifications.setValue(true);
    await recordChanges(first, second, { language: async () => 'nl', notify });
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith('algoritmewijzer-follow', 'Nieuw in het Algoritmeregister', `${UWV.name}: 2 wijzigingen`);
    await followedOrganizations.setValue([{ name: 'Gemeente Amsterdam', org_id: 'gm0363' }]);
    await recordChanges(first, second, { language: async () => 'nl', notify });
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('does not compare the bundled copy (a reduced source) with a download', async () => {
    const { first } = twoDownloads();
    expect(comparable(bundled, first)).toBe(false);
    expect(await recordChanges(bundled, first, { language: async () => 'nl' })).toBeNull();
    expect(await registerChanges.getValue()).toBeNull();
  });

  it('names at most three organisations in a notification, in either language', () => {
    const row = (organization: string) => ({
      kind: 'new' as const,
      lars: '1',
      name: 'x',
      organization,
      org_id: null,
      publication_category: null,
      status: null,
      register_url: '',
    });
    const text = notificationText(['D', 'A', 'C', 'B', 'A'].map(row), 'en');
    expect(text.message).toBe('A: 2 changes\nB: 1 change\nC: 1 change\nand 1 more organisations');
  });
});
