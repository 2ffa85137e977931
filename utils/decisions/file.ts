import * as v from 'valibot';
import type { HostDecision } from '../settings/items';
import { normalizeHost } from '@/utils/recognition/host';
import type { OrganizationRef } from '@/utils/recognition/types';

/** Format tag of an exported decisions file. */
export const DECISIONS_FORMAT = 'algoritmewijzer-host-decisions/1';

/** A host as typed, pasted or imported: the extension's one normaliser (utils/recognition/host.ts). */
export { normalizeHost };

// Any spelling of a host is accepted ("www.X.NL.", IDN) and stored in its one normalised form.
const HostSchema = v.pipe(
  v.string(),
  v.maxLength(300),
  v.check((h) => /^[^\s/?#@\\]+$/.test(h) && normalizeHost(h) !== null, 'geen geldige hostnaam / not a valid host name'),
  v.transform((h) => normalizeHost(h)!),
);
const OrgSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300)),
  org_id: v.nullable(v.pipe(v.string(), v.regex(/^[a-z0-9]{2,40}$/, 'org_id: a-z, 0-9'))),
});
const DecisionSchema = v.pipe(
  v.object({
    host: HostSchema,
    organization: v.nullable(OrgSchema),
    kind: v.picklist(['confirmed', 'corrected', 'rejected']),
    decided_at: v.pipe(v.string(), v.isoTimestamp()),
  }),
  v.check((d) => (d.kind === 'rejected') === (d.organization === null), "kind 'rejected' goes with organization null, and only then"),
);
const FileSchema = v.object({
  format: v.literal(DECISIONS_FORMAT),
  decisions: v.pipe(v.array(DecisionSchema), v.maxLength(50_000)),
});

/** The decisions as an export file (JSON text). */
export function exportDecisions(decisions: readonly HostDecision[], now = new Date()): string {
  return JSON.stringify({ format: DECISIONS_FORMAT, exported_at: now.toISOString(), decisions }, null, 2);
}

/**
 * Reads an exported decisions file with the form's rules: every host
 * normalised (normalizeHost), every organisation one of `known` (the
 * register's organisations; its org_id is taken from there), one decision per
 * host. On any problem: readable errors and no decisions.
 */
export function parseDecisions(
  text: string,
  known: readonly OrganizationRef[],
): { ok: true; decisions: HostDecision[] } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`JSON: ${(e as Error).message}`] };
  }
  const r = v.safeParse(FileSchema, data);
  if (!r.success) return { ok: false, errors: r.issues.slice(0, 5).map((i) => `${v.getDotPath(i) ?? '(file)'}: ${i.message}`) };
  const byName = new Map(known.map((o) => [o.name, o]));
  const errors: string[] = [];
  const decisions: HostDecision[] = [];
  r.output.decisions.forEach((d, i) => {
    if (!d.organization) return void decisions.push({ ...d, organization: null });
    const org = byName.get(d.organization.name);
    if (!org)
      errors.push(
        `decisions.${i}.organization.name: niet in het register / not in the register: ${JSON.stringify(d.organization.name.slice(0, 80))}`,
      );
    else decisions.push({ ...d, organization: { name: org.name, org_id: org.org_id ?? null } });
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, 5) };
  return { ok: true, decisions: mergeDecisions([], decisions) };
}

/**
 * Merges decisions, one per normalised host: for a host in both lists the later
 * decided_at wins (on a tie, the existing one stays). Sorted by host.
 */
export function mergeDecisions(existing: readonly HostDecision[], incoming: readonly HostDecision[]): HostDecision[] {
  const byHost = new Map<string, HostDecision>();
  for (const d of [...existing, ...incoming]) {
    const host = normalizeHost(d.host);
    if (!host) continue;
    const old = byHost.get(host);
    if (!old || d.decided_at > old.decided_at) byHost.set(host, { ...d, host });
  }
  return [...byHost.values()].sort((a, b) => a.host.localeCompare(b.host));
}
