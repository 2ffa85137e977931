import { browser } from 'wxt/browser';
import type { SyncState } from '../messages';
import { REGISTER_API, SYNC_TIMEOUT_MS } from '../constants';
import type { Snapshot } from './model';
import { buildRegisterIndex, type RegisterIndex } from './index';
import { isSnapshot } from './snapshot';
import { SyncError } from './errors';
import type { HttpOptions } from './http';
import { syncRegister } from './sync';
import { needsStartupSync } from './freshness';
import { readStoredSnapshot, readSyncRecord, SNAPSHOT_KEY, SYNC_KEY, swapSnapshot, writeSyncRecord, type SyncRecord } from './store';

/** Name of the daily sync alarm. */
export const SYNC_ALARM = 'register-sync';

export interface RegisterServiceDeps {
  api?: string;
  /** Network options for the sync (fetch, timeouts, retries). */
  http?: HttpOptions;
  loadBundled?: () => Promise<unknown>;
  now?: () => Date;
}

const bundledUrl = () => browser.runtime.getURL('/generated/register-snapshot.json' as Parameters<typeof browser.runtime.getURL>[0]);

/**
 * The register in the extension: best snapshot (synced, unless the bundled one
 * has newer data), one index per snapshot shared by all callers, and the sync.
 * Works in the background and in extension pages (they see a background sync
 * through storage.onChanged).
 */
export function createRegisterService(deps: RegisterServiceDeps = {}) {
  const now = deps.now ?? (() => new Date());
  const loadBundled = deps.loadBundled ?? (() => fetch(bundledUrl()).then((r) => r.json()));
  let current: Promise<{ index: RegisterIndex; synced: boolean }> | null = null;
  let inFlight: Promise<SyncState> | null = null;
  let watching = false;
  // The sync record, read once and kept until storage says it changed: the tab
  // watcher asks for the sync state on every navigation.
  let recordCache: Promise<SyncRecord> | null = null;
  const syncRecord = () => {
    const pending = (recordCache ??= readSyncRecord());
    pending.catch(() => recordCache === pending && (recordCache = null));
    return pending;
  };
  const listeners = new Set<(index: RegisterIndex) => void>();
  let notifiedHash: string | null = null;
  let currentHash: string | null = null;

  async function load() {
    const [stored, bundled] = await Promise.all([readStoredSnapshot(), loadBundled().catch(() => null)]);
    const fallback = isSnapshot(bundled) ? bundled : null;
    const useStored = stored && !(fallback && (fallback.data_date ?? '') > (stored.data_date ?? ''));
    const snapshot = useStored ? stored : fallback;
    if (!snapshot) throw new Error('no register data: the bundled snapshot is missing or damaged');
    currentHash = snapshot.hash;
    return { index: buildRegisterIndex(snapshot), synced: !!useStored };
  }

  function use(snapshot: Snapshot) {
    if (snapshot.hash === currentHash) return;
    currentHash = snapshot.hash;
    current = Promise.resolve({ index: buildRegisterIndex(snapshot), synced: true });
    void current.then(({ index }) => notify(index));
  }

  function notify(index: RegisterIndex) {
    if (index.snapshot.hash === notifiedHash) return;
    notifiedHash = index.snapshot.hash;
    for (const listener of listeners) listener(index);
  }

  function watch() {
    if (watching) return;
    watching = true;
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && SYNC_KEY in changes) recordCache = null;
      const next = changes[SNAPSHOT_KEY]?.newValue;
      if (area === 'local' && isSnapshot(next)) use(next);
    });
  }

  function getRegister(): Promise<RegisterIndex> {
    watch();
    current ??= load();
    const pending = current;
    pending.catch(() => current === pending && (current = null));
    return pending.then(({ index }) => {
      notifiedHash ??= index.snapshot.hash;
      return index;
    });
  }

  async function getSyncState(): Promise<SyncState> {
    watch();
    const record = await syncRecord();
    const loaded = await getRegister().then(() => current!, () => null);
    if (!loaded) {
      const missing = { source: 'bundled', data_date: null, generated_at: null, algorithm_count: 0 } as const;
      return { ...missing, ...record, last_error: record.last_error ?? 'storage: no register data', in_progress: inFlight !== null };
    }
    const { index, synced } = loaded;
    const s = index.snapshot;
    return {
      source: synced ? 'synced' : 'bundled',
      data_date: s.data_date,
      generated_at: s.generated_at,
      algorithm_count: s.algorithms.length,
      ...record,
      in_progress: inFlight !== null,
    };
  }

  async function runSync(): Promise<void> {
    try {
      await syncOnce();
    } finally {
      recordCache = null; // our own writes: don't wait for storage.onChanged to say so
    }
  }

  async function syncOnce(): Promise<void> {
    const started = now().toISOString();
    const before = await readSyncRecord();
    await writeSyncRecord({ ...before, last_attempt: started });
    try {
      const index = await getRegister();
      const outcome = await syncRegister(index.snapshot, { ...deps.http, base: deps.api ?? REGISTER_API, now });
      const record: SyncRecord = { last_attempt: started, last_success: now().toISOString(), last_error: null };
      if (outcome.kind === 'unchanged' || outcome.snapshot.hash === index.snapshot.hash) return writeSyncRecord(record);
      try {
        await swapSnapshot(outcome.snapshot, record);
      } catch (error) {
        throw new SyncError('storage', error instanceof Error ? error.message : String(error));
      }
      use(outcome.snapshot);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await writeSyncRecord({ ...before, last_attempt: started, last_error: message.slice(0, 300) });
    }
  }

  /** Sync now (the "bijwerken" action); concurrent calls share one run. Never throws: failures land in last_error. */
  function syncNow(): Promise<SyncState> {
    inFlight ??= runSync().then(async () => {
      inFlight = null;
      return getSyncState();
    });
    return inFlight;
  }

  async function isStale(): Promise<boolean> {
    const [{ synced }, record] = await Promise.all([getRegister().then(() => current!), readSyncRecord()]);
    return needsStartupSync(record, synced, now().getTime());
  }

  /** Background start: alarm listener now, daily alarm only if missing, sync when stale. */
  function start(): Promise<void> {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) void syncNow();
    });
    return (async () => {
      if (!(await browser.alarms.get(SYNC_ALARM))) {
        await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 24 * 60 });
      }
      if (await isStale()) await syncNow();
    })().catch((error) => console.warn('register service start', error));
  }

  function onRegisterChanged(listener: (index: RegisterIndex) => void): () => void {
    watch();
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }

  return { start, getRegister, getSyncState, syncNow, onRegisterChanged, isStale };
}

export type RegisterService = ReturnType<typeof createRegisterService>;

let shared: RegisterService | null = null;
const service = () => (shared ??= createRegisterService({ http: { timeoutMs: SYNC_TIMEOUT_MS } }));

/** Call once when the background starts. */
export const startRegisterService = (): Promise<void> => service().start();
/** The register index of the best available snapshot (built once per snapshot). */
export const getRegister = (): Promise<RegisterIndex> => service().getRegister();
export const getSyncState = (): Promise<SyncState> => service().getSyncState();
export const syncNow = (): Promise<SyncState> => service().syncNow();
/** Called with the new index after a sync swapped in new data (also in extension pages). Returns an unsubscribe. */
export const onRegisterChanged = (listener: (index: RegisterIndex) => void): (() => void) => service().onRegisterChanged(listener);
