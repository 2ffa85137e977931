/** Shape of scripts/data/domain-overrides.json (every entry carries a `why`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Why {
  why: string;
}
export interface Overrides {
  codes: (Why & { code: string; name: string })[];
  aliases: (Why & { name: string; org: string })[];
  organizations: (Why & { name: string; org_id: string | null })[];
  hosts: (Why & { host: string; org: string })[];
  mergers: (Why & { host: string; org: string })[];
  exclude: (Why & { host: string })[];
  /** `subdomains`: sub-hosts are transit too (login.digid.nl); false for portals whose sub-sites belong to someone. */
  transit: (Why & { host: string; note: string; subdomains: boolean })[];
  paths: (Why & { host: string; prefix: string; org: string })[];
  /**
   * A vendor's platform domains where each sub-site is one government's
   * document (a yearly budget site): `<label>.<domain>` names the organisation
   * whose own `<label>.nl` the table has.
   */
  platforms?: (Why & { domain: string })[];
  /** A vendor's host whose path segment `segment` (1-based) names the government, read like a platform label. */
  pathPlatforms?: (Why & { host: string; segment: number })[];
  /** Register organisations no source gives a website of their own, and why none is mapped. */
  noWebsite?: (Why & { org: string })[];
}

export const OVERRIDES_FILE = join(import.meta.dirname, '..', 'data', 'domain-overrides.json');

/** Reads the override file and checks that every entry says why. */
export function readOverrides(file = OVERRIDES_FILE): Overrides {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Overrides;
  for (const [section, list] of Object.entries(data)) {
    if (!Array.isArray(list)) continue;
    for (const entry of list as Why[]) {
      if (!entry.why?.trim()) throw new Error(`domain-overrides: an entry in "${section}" has no why: ${JSON.stringify(entry)}`);
    }
  }
  return data;
}

/** Websiteregister/OpenState code → organisation name ('' = skip rows with this code). */
export function codeTable(o: Overrides): Record<string, string> {
  return Object.fromEntries(o.codes.map((c) => [c.code, c.name]));
}
