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
    return true;
  }

  /** Forgets a closed tab. */
  forget(tabId: number): void {
    this.last.delete(tabId);
  }
}
