import type { RegisterIndex } from '../register/index';
import type { RecognitionIndex } from '../recognition/index';
import { normalizeHost } from '../recognition/host';
import { recognize, type DecisionMap } from '../recognition/recognize';
import type { OrganizationRef, Recognition } from '../recognition/types';
import type { Algorithm } from '../register/model';
import type { SuggestionBasis, SyncState, TabView } from '../protocol';
import type { HostRisk } from '../recognition/lookalike';

/** Everything recognition needs, loaded once and rebuilt only when data or settings change. */
export interface TabContext {
  register: RegisterIndex;
  recognition: RecognitionIndex;
  decisions: DecisionMap;
  /** Paused hosts, normalised (normalizeHost). */
  paused: ReadonlySet<string>;
}

/** What the background knows about one page, from its URL only. */
export interface PageFacts {
  recognition: Recognition;
  algorithms: Algorithm[];
  paused: boolean;
}

/** The paused list as a set of normalised hosts (older lists may hold "www." or upper-case forms). */
export function pausedSet(list: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const h of list) {
    const key = normalizeHost(h);
    if (key) set.add(key);
  }
  return set;
}

/** A host is paused when its normalised form is in the (normalised) paused set. */
export function isPausedHost(host: string, paused: ReadonlySet<string>): boolean {
  if (!paused.size) return false; // the usual case, on every navigation: no need to normalise
  const key = normalizeHost(host);
  return !!key && paused.has(key);
}

/**
 * Recognises a page by its URL. A paused host is not recognised at all
 * (no organisation, no algorithms): pausing means "do not look here".
 */
export function pageFacts(url: string, ctx: TabContext): PageFacts {
  const recognition = recognize(url, ctx.recognition, ctx.decisions);
  if (isPausedHost(recognition.host, ctx.paused)) {
    return { recognition: { url, host: recognition.host, organization: null, match: 'none' }, algorithms: [], paused: true };
  }
  const algorithms = recognition.organization ? ctx.register.algorithmsFor(recognition.organization) : [];
  return { recognition, algorithms, paused: false };
}

/** The popup's view of a tab. */
export function tabView(
  facts: PageFacts,
  sync: SyncState,
  suggestion: OrganizationRef | null = null,
  risk: HostRisk | null = null,
  basis: SuggestionBasis | null = null,
): TabView {
  const view: TabView = { recognition: facts.recognition, algorithms: facts.algorithms, paused: facts.paused, suggestion, sync };
  if (suggestion && risk) view.suggestion_risk = risk;
  if (suggestion && basis) view.suggestion_basis = basis;
  return view;
}

/** Whether the popup may look for page signals: an unrecognised, unpaused, not-rejected http(s) page. */
export function wantsPageSignals(facts: PageFacts): boolean {
  const r = facts.recognition;
  return !facts.paused && r.match === 'none' && !!r.host && r.user_decision !== 'rejected' && /^https?:/i.test(r.url);
}
