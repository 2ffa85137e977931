import { normalizeHost, pageAddress, pathHasPrefix } from './host';
import { hostChain, platformLabel, type RecognitionIndex } from './index';
import type { OrganizationRef, Recognition } from './types';

/** The user's own decision about one host (same shape as HostDecision in utils/settings.ts). */
export interface UserHostDecision {
  host: string;
  organization: OrganizationRef | null;
  kind: 'confirmed' | 'corrected' | 'rejected';
}

/** Decisions keyed by host; build once when the decisions change. */
export type DecisionMap = ReadonlyMap<string, UserHostDecision>;

/** Indexes the user's decisions by (normalised) host. */
export function decisionMap(decisions: readonly UserHostDecision[]): DecisionMap {
  const map = new Map<string, UserHostDecision>();
  for (const d of decisions) {
    const key = normalizeHost(d.host);
    if (key) map.set(key, d);
  }
  return map;
}

/**
 * From a URL to an organisation. Order:
 * 1. not an http(s) URL → 'none';
 * 2. the user's decision for this host (keyed by normalizeHost, so "www." and IDN spellings agree):
 *    confirmed → 'page' (a page suggestion the user confirmed), corrected → 'domain'
 *    (the user's own host → organisation mapping), rejected → 'none';
 * 3. for the host, then each parent up to the registrable domain: a path rule
 *    ('path'), a host entry ('domain'), or a login/portal host ('transit');
 * 4. a sub-site of a listed platform domain ("tiel.begroting-2020.nl") is the
 *    organisation whose own "<label>.nl" the table has, read from the label
 *    directly below the platform domain ('domain');
 *    on a listed path platform, the path segment that names the site is read
 *    the same way ("ris2.ibabs.eu/Agenda/Details/Limburg/…", 'path');
 * 5. otherwise 'none' (the caller may then try page signals).
 */
export function recognize(url: string, index: RecognitionIndex, decisions?: DecisionMap): Recognition {
  const address = pageAddress(url);
  if (typeof address === 'string') {
    const host = address === 'not-a-url' ? '' : safeHost(url);
    return { url, host, organization: null, match: 'none' };
  }
  const { host, path } = address;
  // Normalise only when the user has decisions: this runs on every navigation.
  const key = decisions?.size ? normalizeHost(host) : null;
  const decision = key ? decisions?.get(key) : undefined;
  if (decision) {
    if (decision.kind === 'rejected' || !decision.organization) {
      return { url, host, organization: null, match: 'none', user_decision: decision.kind };
    }
    const match = decision.kind === 'confirmed' ? 'page' : 'domain';
    return { url, host, organization: decision.organization, match, user_decision: decision.kind };
  }
  for (const candidate of hostChain(host)) {
    const rules = index.paths.get(candidate);
    if (rules) {
      for (const rule of rules) {
        if (pathHasPrefix(path, rule.prefix)) return { url, host, organization: rule.org, match: 'path' };
      }
    }
    const entry = index.hosts.get(candidate);
    if (entry) {
      if ('org' in entry) return { url, host, organization: entry.org, match: 'domain' };
      return { url, host, organization: null, match: 'transit', transit_note: entry.transit };
    }
  }
  const platformOrg = platformSite(host, index);
  if (platformOrg) return { url, host, organization: platformOrg, match: 'domain' };
  const pathOrg = platformPath(host, path, index);
  if (pathOrg) return { url, host, organization: pathOrg, match: 'path' };
  return { url, host, organization: null, match: 'none' };
}

/**
 * The organisation the label directly below a listed platform domain names
 * (see platformLabel), or null: "tiel.begroting-2020.nl", and also a
 * document's sub-site below the council's, "jaarstukken2014.gouda.tangelo.nl".
 */
export function platformSite(host: string, index: RecognitionIndex): OrganizationRef | null {
  const platforms = index.platforms;
  if (!platforms?.size) return null;
  let end = host.indexOf('.');
  let start = 0;
  while (end > 0 && !platforms.has(host.slice(end + 1))) {
    start = end + 1;
    end = host.indexOf('.', start);
  }
  if (end <= start) return null;
  // vendors put the council's "www." or the document's year (and its number
  // in the year) into the label: "www-rozendaal.suite.green",
  // "provutrecht2019.voorjaarsnota.nl", "deventer201902.bestuursrapportage.nl"
  const label = host
    .slice(start, end)
    .replace(/^www-/, '')
    .replace(/-?(?:19|20)\d\d(?:0[1-9]|1[0-2])?$/, '');
  const org = platformLabel(index, label);
  if (org) return org;
  // or the document's name before the council's, after a hyphen:
  // "verbondenpartijen-nijmegen.pcportal.nl", "slotwijziging2023-stein.pcportal.nl"
  const dash = label.lastIndexOf('-');
  return dash > 0 ? platformLabel(index, label.slice(dash + 1)) : null;
}

/** The organisation the named path segment of a path platform spells ("limburg", "provincieutrecht"), or null. */
function platformPath(host: string, path: string, index: RecognitionIndex): OrganizationRef | null {
  const segment = index.pathPlatforms?.get(host);
  if (!segment) return null;
  const label = path.split('/')[segment]?.replace(/[^a-z0-9-]/g, '');
  return label ? platformLabel(index, label) : null;
}

function safeHost(url: string): string {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}
