/**
 * The host settings' write operations: paused sites and the user's host
 * decisions. The popup (through the background's messages) and the options
 * page both change them only here, so a host is keyed and ordered one way.
 */
import { normalizeHost } from '../recognition/host';
import type { OrganizationRef } from '../recognition/types';
import { mergeDecisions } from '../decisions/file';
import { hostDecisions, pausedHosts, type HostDecision } from './items';

/** The key of a host in decisions and paused sites: the extension's one normaliser ('' when not a host). */
export function decisionHost(host: string): string {
  return normalizeHost(host) ?? '';
}

function keyOf(host: string): string {
  const key = decisionHost(host);
  if (!key) throw new Error('No host');
  return key;
}

const byHost = (a: HostDecision, b: HostDecision) => a.host.localeCompare(b.host);

/** Saves a decision for its host (stored normalised), replacing an earlier one for the same host. Sorted by host. */
export async function saveHostDecision(decision: HostDecision): Promise<void> {
  const key = keyOf(decision.host);
  const rest = (await hostDecisions.getValue()).filter((d) => decisionHost(d.host) !== key);
  await hostDecisions.setValue([...rest, { ...decision, host: key }].sort(byHost));
}

/**
 * Saves the user's answer to a page suggestion: the organisation ("confirmed")
 * or null ("rejected": never suggest or show an organisation on this host).
 */
export async function saveHostAnswer(host: string, organization: OrganizationRef | null, now = new Date()): Promise<void> {
  await saveHostDecision({
    host,
    organization: organization ? { name: organization.name, org_id: organization.org_id ?? null } : null,
    kind: organization ? 'confirmed' : 'rejected',
    decided_at: now.toISOString(),
  });
}

/** Removes the user's decision for a host (the popup's undo, the options page's delete). */
export async function forgetHost(host: string): Promise<void> {
  const key = keyOf(host);
  await hostDecisions.setValue((await hostDecisions.getValue()).filter((d) => decisionHost(d.host) !== key));
}

/** Adds imported decisions to the stored ones (see mergeDecisions); returns the stored list. */
export async function importHostDecisions(decisions: readonly HostDecision[]): Promise<HostDecision[]> {
  const merged = mergeDecisions(await hostDecisions.getValue(), decisions);
  await hostDecisions.setValue(merged);
  return merged;
}

/** Pauses or resumes the extension on a host (stored normalised, sorted). */
export async function setHostPaused(host: string, paused: boolean): Promise<void> {
  const key = keyOf(host);
  const list = (await pausedHosts.getValue()).filter((p) => decisionHost(p) !== key);
  await pausedHosts.setValue(paused ? [...list, key].sort() : list);
}
