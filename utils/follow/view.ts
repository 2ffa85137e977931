/**
 * What the popup shows about following one organisation: whether it is
 * followed, its notable changes since the previous register update, and how
 * its count compares with organisations of its kind. Computed in the
 * background when the popup opens, not on every navigation.
 */
import type { OrganizationRef } from '../recognition/types';
import type { Snapshot } from '../register/model';
import type { RegisterChange } from '../register/changes';
import { registerChanges } from '../register/changes-store';
import { peerContext, type PeerContext } from '../register/peers';
import { followedOrganizations } from '../settings';
import { followedChanges, isFollowed, sameOrganization } from './follow';

export interface OrganizationNews {
  followed: boolean;
  /** The data date of the previous register update the changes are counted from; null when there are none. */
  since: string | null;
  /** Notable changes of this organisation (only when followed). */
  changes: RegisterChange[];
  peers: PeerContext | null;
}

export async function organizationNews(org: OrganizationRef, snapshot: Snapshot, count: number): Promise<OrganizationNews> {
  const [followed, set] = await Promise.all([followedOrganizations.getValue(), registerChanges.getValue()]);
  const isOn = isFollowed(followed, org);
  const changes = isOn
    ? followedChanges(set, followed).filter((c) => sameOrganization(org, { name: c.organization, org_id: c.org_id }))
    : [];
  return {
    followed: isOn,
    since: changes.length ? (set?.from.data_date ?? null) : null,
    changes,
    peers: peerContext(snapshot, org, count),
  };
}
