/**
 * Page signals → at most one organisation suggestion, for hosts the table does
 * not know. Never a fact: the UI asks "Klopt dit?" and stores the answer as a
 * HostDecision. Conservative by design: ambiguous or partial matches give nothing.
 */
import Fuse from 'fuse.js';
import { nameParts, nameVariants, plainKey } from './names';
import type { LinkSignal, PageSignals, TextSignal } from './signals';
import type { OrganizationRef } from './types';
import type { RecognitionIndex } from './index';
import { recognize } from './recognize';

/** A suggestion with the signal it came from. */
export interface Suggestion {
  organization: OrganizationRef;
  /** 0..1; 1 is an exact name match. */
  score: number;
  signal: TextSignal | 'links';
  text: string;
  /** For signal 'links': the host the link goes to. */
  host?: string;
}

interface Entry {
  org: OrganizationRef;
  text: string;
}

/** Fuse index + exact keys over organisation names; build once per name list. */
export interface SignalMatcher {
  fuse: Fuse<Entry>;
  exact: Map<string, Set<OrganizationRef>>;
  /** Longest indexed name key: a longer text can never pass the length-ratio check, so it is not searched. */
  maxLength: number;
}

const GENERIC = new Set(['home', 'homepage', 'welkom', 'startpagina', 'hoofdpagina', 'voorpagina']);
/** Largest Fuse score (0 = perfect) accepted per signal. */
const MAX_SCORE: Record<TextSignal, number> = { metaAuthority: 0.25, metaCreator: 0.25, siteName: 0.2, title: 0.15 };

/** Builds the matcher over organisation names (register + domain table). */
export function buildSignalMatcher(orgs: readonly OrganizationRef[]): SignalMatcher {
  const entries: Entry[] = [];
  const exact = new Map<string, Set<OrganizationRef>>();
  const seen = new Set<string>();
  for (const org of orgs) {
    if (seen.has(org.name)) continue;
    seen.add(org.name);
    for (const v of nameVariants(org.name)) {
      const key = plainKey(v);
      entries.push({ org, text: key });
      for (const k of [key, nameParts(v).bare]) {
        const set = exact.get(k) ?? new Set();
        set.add(org);
        exact.set(k, set);
      }
    }
  }
  const fuse = new Fuse(entries, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.3 });
  return { fuse, exact, maxLength: Math.max(0, ...entries.map((e) => e.text.length)) };
}

/** Splits a title into the parts that may name the site ("Parkeren | Gemeente Zwolle" → ["Gemeente Zwolle"]). */
export function titleCandidates(title: string): string[] {
  const parts = title
    .split(/\s+[|–—:·•»\-]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return parts;
  const last = parts[parts.length - 1];
  return GENERIC.has(plainKey(last)) ? [parts[0]] : [last];
}

function matchText(text: string, matcher: SignalMatcher, maxScore: number): { org: OrganizationRef; score: number } | null {
  const key = plainKey(text);
  if (key.length < 3) return null;
  const exact = matcher.exact.get(key);
  if (exact) return exact.size === 1 ? { org: exact.values().next().value!, score: 1 } : null;
  if (key.length > matcher.maxLength * 1.34) return null;
  const results = matcher.fuse.search(key, { limit: 10 });
  const best = results[0];
  if (!best || (best.score ?? 1) > maxScore) return null;
  const ratio = key.length / best.item.text.length;
  if (ratio < 0.75 || ratio > 1.34) return null;
  const rival = results.find((r) => r.item.org !== best.item.org);
  if (rival && (rival.score ?? 1) - (best.score ?? 1) < 0.1) return null;
  return { org: best.item.org, score: Math.round((1 - (best.score ?? 0)) * 100) / 100 };
}

/**
 * At most one suggestion. Order: OVERHEID.authority, DCTERMS.creator,
 * og:site_name, then the title — the title only when the page does not name
 * itself otherwise in og:site_name (a news site or Wikipedia page *about* an
 * organisation names its own site there or in the last title part) — and
 * last the links in the page's own banner and footer (see suggestFromLinks).
 */
export function suggestFromSignals(signals: PageSignals, matcher: SignalMatcher, orgOfHost?: OrgOfHost): Suggestion | null {
  const order: TextSignal[] = ['metaAuthority', 'metaCreator', 'siteName'];
  for (const signal of order) {
    const text = signals[signal];
    const hit = text ? matchText(text, matcher, MAX_SCORE[signal]) : null;
    if (hit) return { organization: hit.org, score: hit.score, signal, text: text! };
  }
  if (!signals.siteName && signals.title) {
    for (const text of titleCandidates(signals.title)) {
      const hit = matchText(text, matcher, MAX_SCORE.title);
      if (hit) return { organization: hit.org, score: hit.score, signal: 'title', text };
    }
  }
  return orgOfHost ? suggestFromLinks(signals.links ?? [], orgOfHost) : null;
}

/** The organisation the domain table gives a host, or null. */
export type OrgOfHost = (host: string) => OrganizationRef | null;

/** The organisation the domain table (not the user's answers) gives a link's host by its host name. */
export function tableOrgOf(index: RecognitionIndex): OrgOfHost {
  return (host) => {
    const r = recognize(`https://${host}/`, index);
    return r.match === 'domain' ? r.organization : null;
  };
}

/** The plain forms of a name a link text must contain: each variant, and without a trailing "(…)". */
function linkNames(name: string): string[] {
  const keys = new Set<string>();
  for (const v of nameVariants(name)) {
    keys.add(plainKey(v));
    keys.add(plainKey(v.replace(/\s*\([^()]*\)\s*$/, '')));
  }
  return [...keys].filter((k) => k.length >= 3);
}

/**
 * "Dit is een website van gemeente Gouda", with a link to gouda.nl: a second
 * site of an organisation (a recruitment, participation or project site)
 * links to its main site in its banner or footer under the organisation's
 * name. A link counts when the domain table gives its target host to an
 * organisation and the link's words contain that organisation's name. One
 * organisation only: when the banner and footer link to the sites of several
 * organisations (a footer of partners' logos), nothing is suggested. Links
 * inside articles are not read (extractSignals), so a news report that links
 * to the municipality suggests nothing.
 */
export function suggestFromLinks(links: readonly LinkSignal[], orgOfHost: OrgOfHost): Suggestion | null {
  const linked = new Set<string>();
  let named: { org: OrganizationRef; text: string; host: string } | null = null;
  for (const link of links) {
    const org = orgOfHost(link.host);
    if (!org) continue;
    linked.add(org.name);
    const words = ` ${plainKey(link.text)} `;
    if (!named && linkNames(org.name).some((k) => words.includes(` ${k} `))) named = { org, text: link.text, host: link.host };
  }
  return named && linked.size === 1 ? { organization: named.org, score: 1, signal: 'links', text: named.text, host: named.host } : null;
}
