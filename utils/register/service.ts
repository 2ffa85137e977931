import { browser } from 'wxt/browser';
import type { SyncState } from '../protocol';
import { readPackagedJson } from '../packaged';
import { cached } from '../cached';
import { REGISTER_API, SYNC_TIMEOUT_MS } from '../constants';
import type { Snapshot } from './model';
import { buildRegisterIndex, type RegisterIndex } from './index';
import { isSnapshot } from './snapshot';
import { SyncError } from './errors';
import type { HttpOptions } from './http';
import { syncRegister } from './sync';
import { syncDue } from './freshness';
import { confirmsHold, judgeCandidate, sameShape } from './suspect';
import {
  dropCandidate,
  EMPTY_RECORD,
  holdCandidate,
  readCandidate,
  readStoredSnapshot,
  readSyncRecord,
  swapSnapshot,
  watchStoredSnapshot,
  watchSyncState,
  writeSyncRecord,
  type SyncRecord,
} from './store';

/** Name of the daily sync alarm. */
export const SYNC_ALARM = 'register-sync';

export interface RegisterServiceDeps {
  api?: string;
  /** Network options for the sync (fetch, timeouts, retries). */
  http?: HttpOptions;
  loadBundled?: () => Promise<unknown>;
  now?: () => Date;
}

/**
 * The register in the extension: best snapshot (synced, unless the bundled one
 * has newer data), one index per snapshot shared by all callers, and the sync.
 * Works in the background and in extension pages (they see a background sync
 * through storage.onChanged).
 */
export function createRegisterService(deps: RegisterServiceDeps = {}) {
  const now = deps.now ?? (() => new Date());
  const loadBundled = deps.loadBundled ?? (() => readPackagedJson('/generated/register-snapshot.json'));
  const replacedListeners = new Set<(before: Snapshot, after: Snapshot) => Promise<void> | void>();
  const current = cached(load);
  let inFlight: Promise<SyncState> | null = null;
  let watching = false;
  // The sync record, read once and kept until storage says it changed: the tab
  // watcher asks for the sync state on every navigation.
  const recordCache = cached(readSyncRecord);
  // The record storage refused to save: it still says what happened until a write succeeds.
  let unsaved: SyncRecord | null = null;
  const syncRecord = (): Promise<SyncRecord> => {
    if (unsaved) return Promise.resolve(unsaved);
    return recordCache.get();
  };

  /** Save the record; when storage refuses, keep it in memory with the storage error. Never throws. */
  async function saveRecord(record: SyncRecord): Promise<void> {
    try {
      await writeSyncRecord(record);
      unsaved = null;
    } catch (error) {
      unsaved = { ...record, last_error: record.last_error ?? storageError(error).message };
    } finally {
      recordCache.forget();
    }
  }
  const listeners = new Set<(index: RegisterIndex) => void>();
  let notifiedHash: string | null = null;
  let currentHash: string | null = null;
  // Entries of the bundled snapshot: the register had at least this many when the extension was built.
  let bundledCount = 0;

  async function load() {
    const [stored, bundled] = await Promise.all([readStoredSnapshot(), loadBundled().catch(() => null)]);
    const fallback = isSnapshot(bundled) ? bundled : null;
    bundledCount = fallback?.algorithms.length ?? 0;
    // The later look at the register wins: a synced copy, unless the extension shipped a newer bundled one.
    const useStored = stored && !(fallback && fallback.generated_at > stored.generated_at);
    const snapshot = useStored ? stored : fallback;
    if (!snapshot) throw new Error('no register data: the bundled snapshot is missing or damaged');
    currentHash = snapshot.hash;
    return { index: buildRegisterIndex(snapshot), synced: !!useStored };
  }

  function use(snapshot: Snapshot) {
    if (snapshot.hash === currentHash) return;
    currentHash = snapshot.hash;
    const next = Promise.resolve({ index: buildRegisterIndex(snapshot), synced: true });
    current.set(next);
    void next.then(({ index }) => notify(index));
  }

  function notify(index: RegisterIndex) {
    if (index.snapshot.hash === notifiedHash) return;
    notifiedHash = index.snapshot.hash;
    for (const listener of listeners) listener(index);
  }

  function watch() {
    if (watching) return;
    watching = true;
    watchSyncState(() => recordCache.forget());
    watchStoredSnapshot(use);
  }

  function getRegister(): Promise<RegisterIndex> {
    watch();
    return current.get().then(({ index }) => {
      notifiedHash ??= index.snapshot.hash;
      return index;
    });
  }

  /** What the register data and the last sync are. Never throws: unreadable storage is reported in last_error. */
  async function getSyncState(): Promise<SyncState> {
    watch();
    const record = await syncRecord().catch((error: unknown) => ({ ...EMPTY_RECORD, last_error: storageError(error).message }));
    const loaded = await getRegister().then(
      () => current.get(),
      () => null,
    );
    if (!loaded) {
      const missing = { source: 'bundled', data_date: null, generated_at: null, algorithm_count: 0 } as const;
      return {
        ...missing,
        ...record,
        suspect: record.suspect ?? null,
        last_error: record.last_error ?? 'storage: no register data',
        in_progress: inFlight !== null,
      };
    }
    const { index, synced } = loaded;
    const s = index.snapshot;
    return {
      source: synced ? 'synced' : 'bundled',
      data_date: s.data_date,
      generated_at: s.generated_at,
      algorithm_count: s.algorithms.length,
      ...record,
      suspect: record.suspect ?? null,
      in_progress: inFlight !== null,
    };
  }

  /**
   * One sync: the whole register, compared with the data in use. Unchanged →
   * only the record; looks broken (suspect.ts) → held, unless a later sync
   * confirms an earlier hold; else swapped in. Failures land in last_error.
   */
  async function syncOnce(): Promise<void> {
    const started = now().toISOString();
    const before = await readSyncRecord().catch(() => unsaved ?? EMPTY_RECORD);
    await saveRecord({ ...before, last_attempt: started });
    try {
      const inUse = (await getRegister()).snapshot;
      // Growth is bounded from the data in use, but never from less than the bundled copy: an accepted
      // one-record register must not make the whole register look implausible afterwards.
      const size = Math.max(inUse.algorithms.length, bundledCount);
      const outcome = await syncRegister(inUse, { ...deps.http, base: deps.api ?? REGISTER_API, now, inUse: size });
      const checked = now().toISOString();
      const ok: SyncRecord = { last_attempt: started, last_success: checked, last_error: null, suspect: null };
      if (outcome.kind === 'unchanged') {
        if (before.suspect) await dropCandidate();
        return await saveRecord(ok);
      }
      const verdict = judgeCandidate(inUse, outcome.snapshot);
      const hold = before.suspect ?? null;
      const count = outcome.snapshot.algorithms.length;
      if (verdict && !(hold && confirmsHold(hold, count, now().getTime()))) {
        const since = hold && sameShape(hold, count) ? hold.since : checked;
        await guardStorage(() => holdCandidate(outcome.snapshot, { ...ok, suspect: { ...verdict, since, checked } }));
        unsaved = null;
        return;
      }
      await guardStorage(() => swapSnapshot(outcome.snapshot, ok));
      unsaved = null;
      use(outcome.snapshot);
      // Only a download that replaced the data in use: a held one (and accepting it later) tells no one.
      for (const listener of replacedListeners)
        await Promise.resolve(listener(inUse, outcome.snapshot)).catch((e) => console.warn('after sync', e));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await saveRecord({ ...before, last_attempt: started, last_error: message.slice(0, 300) });
    }
  }

  /** Sync now (the "bijwerken" action); concurrent calls share one run. Never throws, never stays "in progress". */
  function syncNow(): Promise<SyncState> {
    inFlight ??= (async () => {
      try {
        await syncOnce();
      } catch (error) {
        console.warn('register sync', error);
      } finally {
        recordCache.forget(); // our own writes: don't wait for storage.onChanged to say so
        inFlight = null;
      }
      return getSyncState();
    })();
    return inFlight;
  }

  /** Use the held download after all ("Toch gebruiken"): only the one with this content hash. */
  async function acceptSuspect(hash: string): Promise<SyncState> {
    if (inFlight) await inFlight;
    const record = await readSyncRecord();
    const candidate = await readCandidate();
    if (!record.suspect || record.suspect.candidate_hash !== hash || candidate?.hash !== hash) {
      throw new Error('the held register data is no longer there (a newer sync replaced it)');
    }
    await guardStorage(() => swapSnapshot(candidate, { ...record, suspect: null, last_error: null }));
    recordCache.forget();
    use(candidate);
    return getSyncState();
  }

  /** Is a scheduled sync due (see syncDue)? */
  async function isDue(): Promise<boolean> {
    return syncDue(await syncRecord(), now().getTime());
  }

  /** A scheduled sync (background start, daily alarm): only when due. */
  async function syncIfDue(): Promise<void> {
    if (await isDue()) await syncNow();
  }

  /** Background start: alarm listener now, daily alarm only if missing, sync when due. */
  function start(): Promise<void> {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === SYNC_ALARM) void syncIfDue().catch((error) => console.warn('register sync alarm', error));
    });
    return (async () => {
      if (!(await browser.alarms.get(SYNC_ALARM))) {
        await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 24 * 60 });
      }
      await syncIfDue();
    })().catch((error) => console.warn('register service start', error));
  }

  function onRegisterChanged(listener: (index: RegisterIndex) => void): () => void {
    watch();
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }

  /** Called with the old and new snapshot after a sync replaced the data in use (not for held or accepted data). */
  function onSnapshotReplaced(listener: (before: Snapshot, after: Snapshot) => Promise<void> | void): () => void {
    replacedListeners.add(listener);
    return () => void replacedListeners.delete(listener);
  }

  return { start, getRegister, getSyncState, syncNow, acceptSuspect, onRegisterChanged, onSnapshotReplaced, isDue };
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
export const acceptSuspect = (hash: string): Promise<SyncState> => service().acceptSuspect(hash);
/** Called after a sync replaced the data in use, with the old and the new snapshot (the background records the changes). */
export const onSnapshotReplaced = (listener: (before: Snapshot, after: Snapshot) => Promise<void> | void): (() => void) =>
  service().onSnapshotReplaced(listener);
/** Called with the new index after a sync swapped in new data (also in extension pages). Returns an unsubscribe. */
export const onRegisterChanged = (listener: (index: RegisterIndex) => void): (() => void) => service().onRegisterChanged(listener);

function storageError(error: unknown): SyncError {
  return new SyncError('storage', error instanceof Error ? error.message : String(error));
}

/** Run a storage write; its failure becomes SyncError('storage'). */
async function guardStorage(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw storageError(error);
  }
}
