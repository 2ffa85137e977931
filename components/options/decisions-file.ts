import * as v from 'valibot';
import type { HostDecision } from '@/utils/settings';

/** Format tag of an exported decisions file. */
export const DECISIONS_FORMAT = 'algoritmewijzer-host-decisions/1';

/**
 * A host as typed or pasted ("https://Www.Example.nl/pad", "example.nl"):
 * lower-case ASCII host name, or null when it is not a host name.
 */
export function normalizeHost(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`).hostname.toLowerCase().replace(/\.$/, '');
    return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

const HostSchema = v.pipe(v.string(), v.check((h) => normalizeHost(h) === h, 'geen geldige hostnaam / not a valid host name'));
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

/** Reads an exported decisions file; on any problem, readable errors and no decisions. */
export function parseDecisions(text: string): { ok: true; decisions: HostDecision[] } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`JSON: ${(e as Error).message}`] };
  }
  const r = v.safeParse(FileSchema, data);
  if (!r.success) return { ok: false, errors: r.issues.slice(0, 5).map((i) => `${v.getDotPath(i) ?? '(file)'}: ${i.message}`) };
  return { ok: true, decisions: r.output.decisions };
}

/**
 * Merges decisions, one per host: for a host in both lists the later
 * decided_at wins (on a tie, the existing one stays). Sorted by host.
 */
export function mergeDecisions(existing: readonly HostDecision[], incoming: readonly HostDecision[]): HostDecision[] {
  const byHost = new Map<string, HostDecision>();
  for (const d of existing) byHost.set(d.host, d);
  for (const d of incoming) {
    const old = byHost.get(d.host);
    if (!old || d.decided_at > old.decided_at) byHost.set(d.host, d);
  }
  return [...byHost.values()].sort((a, b) => a.host.localeCompare(b.host));
}
