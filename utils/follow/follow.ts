/**
 * Following organisations: an explicit list on this device, and which register
 * changes concern it. Nothing about the list leaves the device.
 */
import type { OrganizationRef } from '../recognition/types';
import { nameKey } from '../register/index';
import { isNotable, type ChangeSet, type RegisterChange } from '../register/changes';

/** The same organisation: equal org_id when both have one, else the same name (spelling noise aside). */
export function sameOrganization(a: OrganizationRef, b: Pick<OrganizationRef, 'name' | 'org_id'>): boolean {
  if (a.org_id && b.org_id) return a.org_id === b.org_id;
  return nameKey(a.name) === nameKey(b.name);
}

export function isFollowed(list: readonly OrganizationRef[], org: OrganizationRef): boolean {
  return list.some((f) => sameOrganization(f, org));
}

/** The list with `org` added, or removed when it was followed. Sorted by name. */
export function toggleFollow(list: readonly OrganizationRef[], org: OrganizationRef): OrganizationRef[] {
  const next = isFollowed(list, org) ? list.filter((f) => !sameOrganization(f, org)) : [...list, { name: org.name, org_id: org.org_id }];
  return next.sort((x, y) => x.name.localeCompare(y.name, 'nl'));
}

/** The notable changes of a change set that concern a followed organisation. */
export function followedChanges(set: ChangeSet | null, list: readonly OrganizationRef[]): RegisterChange[] {
  if (!set || !list.length) return [];
  return set.changes.filter((c) => isNotable(c) && list.some((f) => sameOrganization(f, { name: c.organization, org_id: c.org_id })));
}
