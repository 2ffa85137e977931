import type { TabView } from '../protocol';
import { pausedHosts, researchLogEnabled, researchLogPaths } from '../settings';
import type { Observation } from './model';
import { observationFromView } from './observe';
import { appendVisits, type KnownLog } from './store';
import { VisitFilter } from './visits';
import { isPausedHost, pausedSet } from '../background/tab-view';

type Listener = (tabId: number, view: TabView) => void;

/** Options, mainly for tests. */
export interface ResearchLogOptions {
  /** Where recognitions come from (the background's onTabRecognised). */
  subscribe: (listener: Listener) => void | (() => void);
  /** How long visits are collected before one storage write (ms). */
  flushDelayMs?: number;
  /** A write happens at once when this many visits are waiting. */
  maxPending?: number;
  now?: () => Date;
}

/** Handle returned by startResearchLog. */
export interface ResearchLogHandle {
  /** Writes waiting visits now. */
  flush(): Promise<void>;
  stop(): void;
}

/**
 * The research log's recorder (see startResearchLog for the background). It records a visit only when
 * the log is switched on, the site is not paused and the page was recognised
 * as a government page. Visits are batched: one storage write per
 * `flushDelayMs` (default 2 s), not one per navigation.
 */
export function createResearchLog(options: ResearchLogOptions): ResearchLogHandle {
  const { subscribe, flushDelayMs = 2000, maxPending = 50, now = () => new Date() } = options;
  const state = { enabled: false, paths: false, paused: new Set<string>(), ready: false };
  const filter = new VisitFilter();
  let pending: Observation[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  // In-memory copy of the log as this recorder last wrote it: saves reading and
  // unpacking the whole log on every write. Used only while the stored revision is still ours.
  let known: KnownLog | null = null;
  const me = `recorder-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  let writes = 0;

  const loaded = Promise.all([researchLogEnabled.getValue(), researchLogPaths.getValue(), pausedHosts.getValue()]).then(
    ([enabled, paths, paused]) => Object.assign(state, { enabled, paths, paused: pausedSet(paused), ready: true }),
  );
  const unwatch = [
    researchLogEnabled.watch((v) => {
      state.enabled = v;
      if (!v) pending = [];
    }),
    researchLogPaths.watch((v) => (state.paths = v)),
    pausedHosts.watch((v) => (state.paused = pausedSet(v))),
  ];

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    if (!batch.length) return writing;
    writing = writing
      .then(async () => {
        const revision = `${me}-${++writes}`;
        // appendVisits runs in the log's one write queue, with imports and clears from the options page.
        const log = await appendVisits(batch, known, revision);
        known = { log, revision };
      })
      .catch((e) => {
        known = null;
        console.warn('research log write failed', e);
      });
    return writing;
  };

  const onView = async (tabId: number, view: TabView) => {
    if (!state.ready) await loaded;
    if (!state.enabled || isPausedHost(view.recognition.host, state.paused)) return;
    const at = now();
    const visit = observationFromView(view, state.paths, at);
    if (!visit || !filter.isNew(tabId, view.recognition.url, at.getTime())) return;
    pending.push(visit);
    if (pending.length >= maxPending) void flush();
    else timer ??= setTimeout(() => void flush(), flushDelayMs);
  };
  const unsubscribe = subscribe((tabId, view) => void onView(tabId, view));

  return {
    flush,
    stop() {
      if (typeof unsubscribe === 'function') unsubscribe();
      unwatch.forEach((u) => u());
      if (timer) clearTimeout(timer);
    },
  };
}
