/**
 * Evidence from the register itself: the domains of `contact_email` and
 * `website` in the register's own records. Weakest source
 * (strength 20): it only fills gaps. A domain is used only when every record
 * that mentions it belongs to one organisation AND the domain's name fits that
 * organisation (host label joins its name, or is its initials), so a vendor's
 * or a shared platform's domain is never taken for the organisation.
 */
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { compactKey, nameParts } from '../../utils/recognition/names';
import type { Algorithm } from '../../utils/register/model';
import type { DomainRow } from './sources';

/** The registrable domain in an e-mail address or URL, or null. */
export function evidenceDomain(value: string | null): string | null {
  if (!value) return null;
  const text = value.trim();
  const email = /^(?:mailto:)?[^@\s/]+@([a-z0-9.-]+\.[a-z]{2,})$/i.exec(text);
  let host: string | null = email ? email[1] : null;
  if (!host && /^https?:\/\//i.test(text)) {
    try {
      host = new URL(text).hostname;
    } catch {
      host = null;
    }
  }
  return host ? getDomain(host.toLowerCase(), { allowPrivateDomains: true }) : null;
}

/** Whether a domain's main label plausibly names the organisation. */
export function labelFits(domain: string, orgName: string): boolean {
  const label = compactKey(getDomainWithoutSuffix(domain, { allowPrivateDomains: true }) ?? '');
  if (label.length < 3) return false;
  const { bare } = nameParts(orgName);
  const full = compactKey(orgName);
  const bareKey = compactKey(bare);
  const stripped = label.replace(/^(gemeente|provincie|waterschap|hoogheemraadschap|wetterskip)/, '');
  if (stripped === bareKey || label === full) return true;
  const initials = bare
    .replace(/\(.*?\)/g, ' ')
    .split(' ')
    .filter((w) => w.length > 2 && !['van', 'voor', 'het', 'der', 'den', 'en'].includes(w))
    .map((w) => w[0])
    .join('');
  const abbr = /\(([^)]+)\)\s*$/.exec(orgName)?.[1];
  return (initials.length >= 2 && label === initials) || (!!abbr && label === compactKey(abbr));
}

/** Domain rows from the register's own contact and website fields. */
export function registerEvidenceRows(algorithms: readonly Algorithm[]): { rows: DomainRow[]; rejected: string[] } {
  const orgsByDomain = new Map<string, Set<string>>();
  for (const a of algorithms) {
    for (const value of [a.contact_email, a.website]) {
      const d = evidenceDomain(value);
      if (!d) continue;
      const set = orgsByDomain.get(d) ?? new Set();
      set.add(a.organization);
      orgsByDomain.set(d, set);
    }
  }
  const rows: DomainRow[] = [];
  const rejected: string[] = [];
  for (const [domain, orgs] of orgsByDomain) {
    const [only] = orgs;
    if (orgs.size === 1 && labelFits(domain, only)) {
      rows.push({ host: domain, name: only, kind: null, strength: 20, source: 'register-contact' });
    } else rejected.push(`${domain} (${[...orgs].join('; ')})`);
  }
  return { rows, rejected };
}
