import type { OrganizationRef } from '../recognition/types';
import { hostDecisions, pausedHosts, type HostDecision } from '../settings';

/** Normalises a host the way recognition keys decisions (lower case, no trailing dot, no "www."). */
export function decisionHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.+$/, '').replace(/^www\./, '');
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

/** Pauses or resumes the extension on a host (stored lower case, as the page's host). */
export async function setHostPaused(host: string, paused: boolean): Promise<void> {
  const h = host.trim().toLowerCase().replace(/\.+$/, '');
  if (!h) throw new Error('No host');
  const bare = h.replace(/^www\./, '');
  const list = (await pausedHosts.getValue()).filter((p) => p.replace(/^www\./, '') !== bare);
  await pausedHosts.setValue(paused ? [...list, h] : list);
}
