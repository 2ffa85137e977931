import { browser } from 'wxt/browser';
import { extractSignals, MAX_LINKS, type LinkSignal, type PageSignals } from '../recognition/signals';
import {
  buildSignalMatcher,
  suggestFromSignals,
  tableOrgOf,
  type OrgOfHost,
  type SignalMatcher,
  type Suggestion,
} from '../recognition/suggest';
import type { OrganizationRef } from '../recognition/types';
import { getTabContext } from './context';
import { capText } from '../sanitize';
import type { TabContext } from './tab-view';
import { buildLookalikeIndex, hostRisk, type HostRisk, type LookalikeIndex } from '../recognition/lookalike';

/** One matcher per context (built on the first suggestion, dropped with the context). */
const matchers = new WeakMap<TabContext, SignalMatcher>();
const lookalikes = new WeakMap<TabContext, LookalikeIndex>();

/**
 * Why a page's own claim is not enough on `host` (a look-alike of a known
 * government domain, or shared hosting), or null. Index built once per context.
 */
export function suggestionRisk(host: string, ctx: TabContext): HostRisk | null {
  let index = lookalikes.get(ctx);
  if (!index) {
    index = buildLookalikeIndex(ctx.recognition.hosts.keys());
    lookalikes.set(ctx, index);
  }
  return host ? hostRisk(host, index) : null;
}

/** The signal matcher of a context (organisation names of the register and the domain table). */
export function matcherFor(ctx: TabContext): SignalMatcher {
  let m = matchers.get(ctx);
  if (!m) {
    const orgs: OrganizationRef[] = [
      ...ctx.register.snapshot.organizations.map((o) => ({ name: o.name, org_id: o.org_id })),
      ...ctx.recognition.organizations,
    ];
    m = buildSignalMatcher(orgs);
    matchers.set(ctx, m);
  }
  return m;
}

/**
 * A guess at the organisation of an unrecognised page from its own signals
 * (title, og:site_name, OWMS metadata). Runs `extractSignals` in the page
 * once, only after the user opened the popup there (activeTab grant); the
 * signals never leave the browser. Null when the page cannot be read.
 */
export async function suggestForTab(tabId: number): Promise<Suggestion | null> {
  if (!browser.scripting?.executeScript) return null;
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: extractSignals });
  const ctx = await getTabContext();
  return pageSuggestion(result?.result, matcherFor(ctx), tableOrgOf(ctx.recognition));
}

const SIGNAL_KEYS = ['title', 'siteName', 'metaCreator', 'metaAuthority'] as const;
/** A host as extractSignals writes it (lower case, ASCII or punycode). */
const HOST = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/;

/**
 * The page's answer is untrusted (a page can tamper with what the injected
 * function returns): only string fields survive, cleaned and capped at 200
 * characters, and only links with a plain host and text, at most MAX_LINKS;
 * anything else gives null signals. Never throws.
 */
export function pageSignalsFrom(value: unknown): PageSignals | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const out: PageSignals = { title: null, siteName: null, metaCreator: null, metaAuthority: null, links: [] };
  for (const key of SIGNAL_KEYS) {
    const raw = v[key];
    if (typeof raw !== 'string') continue;
    out[key] = cleanText(raw) || null;
  }
  out.links = Array.isArray(v.links) ? v.links.slice(0, MAX_LINKS).flatMap(linkFrom) : [];
  return out;
}

function linkFrom(value: unknown): LinkSignal[] {
  if (!value || typeof value !== 'object') return [];
  const { host, text } = value as Record<string, unknown>;
  if (typeof host !== 'string' || typeof text !== 'string' || host.length > 253 || !HOST.test(host)) return [];
  const clean = cleanText(text);
  return clean ? [{ host, text: clean }] : [];
}

/** Page text as the popup may show it: whitespace collapsed, trimmed, capped at 200 characters. */
function cleanText(raw: string): string {
  return capText(raw.replace(/\s+/g, ' ').trim(), 200);
}

/** A suggestion, with the page text it rests on, from whatever the page returned; null on anything odd. Never throws. */
export function pageSuggestion(value: unknown, matcher: SignalMatcher, orgOfHost?: OrgOfHost): Suggestion | null {
  const signals = pageSignalsFrom(value);
  if (!signals) return null;
  try {
    return suggestFromSignals(signals, matcher, orgOfHost);
  } catch {
    return null;
  }
}
