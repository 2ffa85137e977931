import type { OrganizationRef } from '@/utils/recognition/types';
import { categoryKey, type CategoryKey } from '@/utils/register/category';
import type { ChangeKind, RegisterChange } from '@/utils/register/changes';
import { isFollowed } from '@/utils/follow/follow';
import { nameKey } from '@/utils/register/index';

export interface ChangeFilters {
  text: string;
  kind: ChangeKind | '';
  category: CategoryKey | '';
  followedOnly: boolean;
}
export const NO_CHANGE_FILTERS: ChangeFilters = { text: '', kind: '', category: '', followedOnly: false };

/** The changes that pass every filter; text matches organisation or name, ignoring case and accents. */
export function filterChanges(
  changes: readonly RegisterChange[],
  f: ChangeFilters,
  followed: readonly OrganizationRef[],
): RegisterChange[] {
  const text = nameKey(f.text);
  return changes.filter(
    (c) =>
      (!f.kind || c.kind === f.kind) &&
      (!f.category || categoryKey(c.publication_category) === f.category) &&
      (!f.followedOnly || isFollowed(followed, { name: c.organization, org_id: c.org_id })) &&
      (!text || nameKey(c.organization).includes(text) || nameKey(c.name).includes(text)),
  );
}

/** Changes grouped by organisation, organisations by name. */
export function byOrganization(changes: readonly RegisterChange[]): [string, RegisterChange[]][] {
  const groups = new Map<string, RegisterChange[]>();
  for (const c of changes) groups.set(c.organization, [...(groups.get(c.organization) ?? []), c]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b, 'nl'));
}
