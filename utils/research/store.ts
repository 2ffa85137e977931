import { storage } from 'wxt/utils/storage';
import type { LogEntry, Observation } from './model';
import { recordVisits } from './record';
import { mergeLogs } from './merge';
import { EMPTY_PACKED, packLog, unpackLog, type PackedLog } from './pack';

/** The research log in storage.local only (never synced, never sent), packed (see pack.ts). */
export const researchLogStore = storage.defineItem<PackedLog>('local:researchLog.log', { fallback: EMPTY_PACKED });

/** The log's entries, newest first. */
export async function readResearchLog(): Promise<LogEntry[]> {
  return unpackLog(await researchLogStore.getValue());
}

/** Replaces the stored log; `writer` tags the value (see PackedLog.writer). */
export async function writeResearchLog(log: readonly LogEntry[], writer?: string): Promise<void> {
  await researchLogStore.setValue(writer ? { ...packLog(log), writer } : packLog(log));
}

/** Calls back with the entries whenever the stored log changes; returns an unsubscribe function. */
export function watchResearchLog(onChange: (log: LogEntry[]) => void): () => void {
  return researchLogStore.watch((v) => onChange(unpackLog(v)));
}

/** Records visits in one storage read + one write; returns the new log. */
export async function appendVisits(visits: readonly Observation[], known?: LogEntry[] | null, writer?: string): Promise<LogEntry[]> {
  const log = recordVisits(known ?? (await readResearchLog()), visits);
  await writeResearchLog(log, writer);
  return log;
}

/** Merges imported entries into the stored log; returns the new number of entries. */
export async function importEntries(entries: readonly LogEntry[]): Promise<number> {
  const merged = mergeLogs(await readResearchLog(), entries);
  await writeResearchLog(merged);
  return merged.length;
}

/** Deletes every entry (the "clear" button). */
export async function clearResearchLog(): Promise<void> {
  await researchLogStore.setValue(EMPTY_PACKED);
}
