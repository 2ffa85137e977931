import { normalizeHost } from '../recognition/host';
import type { OrganizationRef } from '../recognition/types';
import { hostDecisions, pausedHosts, type HostDecision } from '../settings';

/** The key of a host in decisions and paused sites: the extension's one normaliser ('' when not a host). */
export function decisionHost(host: string): string {
  return normalizeHost(host) ?? '';
}

/**
 * Saves the user's answer to a page suggestion: the organisation ("confirmed")
 * or null ("rejected": never suggest or show an organisation on this host).
 * Replaces an earlier decision for the same host.
 */
export async function saveHostAnswer(host: string, organization: OrganizationRef | null, now = new Date()): Promise<void> {
  const key = decisionHost(host);
  if (!key) throw new Error('No host');
  const decision: HostDecision = {
    host: key,
    organization: organization ? { name: organization.name, org_id: organization.org_id ?? null } : null,
    kind: organization ? 'confirmed' : 'rejected',
    decided_at: now.toISOString(),
  };
  const list = await hostDecisions.getValue();
  await hostDecisions.setValue([...list.filter((d) => decisionHost(d.host) !== key), decision]);
}

/** Removes the user's decision for a host (the popup's undo). */
export async function forgetHost(host: string): Promise<void> {
  const key = decisionHost(host);
  if (!key) throw new Error('No host');
  const list = await hostDecisions.getValue();
  await hostDecisions.setValue(list.filter((d) => decisionHost(d.host) !== key));
}

/** Pauses or resumes the extension on a host (stored normalised, see normalizeHost). */
export async function setHostPaused(host: string, paused: boolean): Promise<void> {
  const h = decisionHost(host);
  if (!h) throw new Error('No host');
  const list = (await pausedHosts.getValue()).filter((p) => decisionHost(p) !== h);
  await pausedHosts.setValue(paused ? [...list, h] : list);
}
