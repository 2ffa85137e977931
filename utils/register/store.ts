import { browser } from 'wxt/browser';
import type { Snapshot } from './model';
import { isSnapshot } from './snapshot';
import type { SuspectHold } from './suspect';

/**
 * Durable storage of the synced snapshot, in storage.local (the extension
 * holds `unlimitedStorage`). The snapshot and its sync record are written in
 * ONE `set` call, so a reader sees either the old pair or the new pair; a
 * failed sync writes only the record, never the snapshot. A download held as
 * suspect waits under its own key until it is confirmed or accepted.
 */
export const SNAPSHOT_KEY = 'register.snapshot';
export const SYNC_KEY = 'register.sync';
export const CANDIDATE_KEY = 'register.candidate';

/** What the last sync attempts did (the snapshot itself says what data is in use). */
export interface SyncRecord {
  /** When the last attempt started (ISO). */
  last_attempt: string | null;
  /** When the register was last checked completely (ISO): a restart does not contact it again until a sync is due. */
  last_success: string | null;
  last_error: string | null;
  /** A complete download held back because it looks broken (see suspect.ts); null when none. */
  suspect?: SuspectHold | null;
}

export const EMPTY_RECORD: SyncRecord = { last_attempt: null, last_success: null, last_error: null, suspect: null };

export async function readStoredSnapshot(): Promise<Snapshot | null> {
  const got = await browser.storage.local.get(SNAPSHOT_KEY);
  const value = got[SNAPSHOT_KEY];
  return isSnapshot(value) ? value : null;
}

export async function readSyncRecord(): Promise<SyncRecord> {
  const got = await browser.storage.local.get(SYNC_KEY);
  return { ...EMPTY_RECORD, ...(got[SYNC_KEY] as Partial<SyncRecord> | undefined) };
}

export async function writeSyncRecord(record: SyncRecord): Promise<void> {
  await browser.storage.local.set({ [SYNC_KEY]: record });
}

/** Swap in a new snapshot together with its sync record, atomically; a held download is dropped. */
export async function swapSnapshot(snapshot: Snapshot, record: SyncRecord): Promise<void> {
  await browser.storage.local.set({ [SNAPSHOT_KEY]: snapshot, [SYNC_KEY]: record });
  await dropCandidate();
}

/** Forget a held download (best effort: a leftover is never used without its record). */
export async function dropCandidate(): Promise<void> {
  await browser.storage.local.remove(CANDIDATE_KEY).catch(() => {});
}

/** Keep a suspect download (not in use) together with the record that describes it. */
export async function holdCandidate(snapshot: Snapshot, record: SyncRecord): Promise<void> {
  await browser.storage.local.set({ [CANDIDATE_KEY]: snapshot, [SYNC_KEY]: record });
}

export async function readCandidate(): Promise<Snapshot | null> {
  const got = await browser.storage.local.get(CANDIDATE_KEY);
  const value = got[CANDIDATE_KEY];
  return isSnapshot(value) ? value : null;
}

type StorageChanges = Record<string, { newValue?: unknown }>;

/** Calls `listener` with storage.local's changes; returns an unsubscribe. */
function watchLocal(listener: (changes: StorageChanges) => void): () => void {
  const onChanged = (changes: StorageChanges, area: string) => {
    if (area === 'local') listener(changes);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * Calls `callback` whenever the sync state may have changed: every sync attempt,
 * in the background or a page, ends by writing its record. Returns an unsubscribe.
 */
export function watchSyncState(callback: () => void): () => void {
  return watchLocal((changes) => {
    if (SYNC_KEY in changes) callback();
  });
}

/** Calls `callback` with a newly stored snapshot (a sync elsewhere swapped it in). Returns an unsubscribe. */
export function watchStoredSnapshot(callback: (snapshot: Snapshot) => void): () => void {
  return watchLocal((changes) => {
    const next = changes[SNAPSHOT_KEY]?.newValue;
    if (isSnapshot(next)) callback(next);
  });
}
