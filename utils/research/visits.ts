/**
 * Decides whether a recognition event is a new visit. The background may
 * report the same page more than once (load, complete, popup refresh); only a
 * different URL in the tab, or the same URL after `gapMs`, counts again.
 */
export class VisitFilter {
  private last = new Map<number, { url: string; at: number }>();

  constructor(private gapMs = 30 * 60_000) {}

  /** True when (tab, url) at time `at` (ms) is a new visit; remembers it. */
  isNew(tabId: number, url: string, at: number): boolean {
    const prev = this.last.get(tabId);
    const bare = url.split('#')[0];
    if (prev && prev.url === bare && at - prev.at < this.gapMs) return false;
    this.last.set(tabId, { url: bare, at });
    if (this.last.size > PRUNE_ABOVE) this.prune(at);
    return true;
  }

  /** How many tabs it remembers (tests). */
  get size(): number {
    return this.last.size;
  }

  /**
   * Forgets visits older than the gap: they can no longer suppress anything.
   * This bounds the memory by the tabs used in the last gap, without forgetting
   * a tab the moment it closes (a recognition can still arrive for it after
   * the close, and would then count twice).
   */
  private prune(now: number): void {
    for (const [tabId, v] of this.last) if (now - v.at >= this.gapMs) this.last.delete(tabId);
  }
}

/** Prune only when this many tabs are remembered: amortised, and never on a normal session's hot path. */
const PRUNE_ABOVE = 64;
