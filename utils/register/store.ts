import { browser } from 'wxt/browser';
import type { Snapshot } from './model';
import { isSnapshot } from './snapshot';

/**
 * Durable storage of the synced snapshot, in storage.local (the extension
 * holds `unlimitedStorage`). The snapshot and its sync record are written in
 * ONE `set` call, so a reader sees either the old pair or the new pair; a
 * failed sync writes only the record, never the snapshot.
 */
export const SNAPSHOT_KEY = 'register.snapshot';
export const SYNC_KEY = 'register.sync';

/** What the last sync attempts did (the snapshot itself says what data is in use). */
export interface SyncRecord {
  last_attempt: string | null;
  last_success: string | null;
  last_error: string | null;
}

export const EMPTY_RECORD: SyncRecord = { last_attempt: null, last_success: null, last_error: null };

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

/** Swap in a new snapshot together with its sync record, atomically. */
export async function swapSnapshot(snapshot: Snapshot, record: SyncRecord): Promise<void> {
  await browser.storage.local.set({ [SNAPSHOT_KEY]: snapshot, [SYNC_KEY]: record });
}
