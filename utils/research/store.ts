import { storage } from 'wxt/utils/storage';
import { RESEARCH_LOG_CAP, entryKey, type LogEntry, type Observation } from './model';
import { recordVisits } from './record';
import { mergeLogs } from './merge';
import { EMPTY_PACKED, packLog, unpackLog, type PackedLog } from './pack';

/** The research log in storage.local only (never synced, never sent), packed (see pack.ts). */
export const researchLogStore = storage.defineItem<PackedLog>('local:researchLog.log', { fallback: EMPTY_PACKED });

/** Changes with every write of the log (a small item: checking it costs no read of the whole log). */
export const researchLogRevision = storage.defineItem<string>('local:researchLog.rev', { fallback: '' });

const LOCK = 'algoritmewijzer-research-log';
let localQueue: Promise<unknown> = Promise.resolve();

/**
 * THE write queue of the research log: every read-modify-write (the
 * background's recorder, an import and a clear from the options page) runs
 * inside it, one at a time. Across the extension's pages and its background
 * this is a Web Lock (same origin: the extension); where the Web Locks API is
 * missing (unit tests, old browsers) an in-process chain.
 */
export function withLogLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request(LOCK, { mode: 'exclusive' }, task) as Promise<T>;
  const run = localQueue.then(task, task);
  localQueue = run.catch(() => undefined);
  return run;
}

/** The log's entries, newest first. */
export async function readResearchLog(): Promise<LogEntry[]> {
  return unpackLog(await researchLogStore.getValue());
}

let writes = 0;
/**
 * Replaces the stored log and its revision in one storage write; `writer`
 * tags the value (see PackedLog.writer). Call inside withLogLock.
 */
export async function writeResearchLog(log: readonly LogEntry[], writer?: string): Promise<void> {
  const revision = writer ?? `w-${Date.now().toString(36)}-${++writes}-${Math.random().toString(36).slice(2)}`;
  await storage.setItems([
    { item: researchLogStore, value: writer ? { ...packLog(log), writer } : packLog(log) },
    { item: researchLogRevision, value: revision },
  ]);
}

/** Calls back with the entries whenever the stored log changes; returns an unsubscribe function. */
export function watchResearchLog(onChange: (log: LogEntry[]) => void): () => void {
  return researchLogStore.watch((v) => onChange(unpackLog(v)));
}

/** The recorder's copy of the log as it last wrote it, tagged with that write's revision. */
export interface KnownLog {
  log: LogEntry[];
  revision: string;
}

/**
 * Records visits in the write queue; returns the new log. `known` saves
 * reading the whole log, but is used only when nobody wrote since (the
 * stored revision is still its own).
 */
export async function appendVisits(visits: readonly Observation[], known?: KnownLog | null, writer?: string): Promise<LogEntry[]> {
  return withLogLock(async () => {
    const fresh = known && (await researchLogRevision.getValue()) === known.revision;
    const log = recordVisits(fresh ? known.log : await readResearchLog(), visits);
    await writeResearchLog(log, writer);
    return log;
  });
}

/** What importing would do to the stored log, shown before anything is written. */
export interface ImportPlan {
  /** Sites in the file that are not in the log. */
  added: number;
  /** Sites in both (first/last seen and counts merged). */
  updated: number;
  /** Sites that would not be kept because the log holds at most `cap`: the oldest by last visit. */
  dropped: { stored: LogEntry[]; imported: LogEntry[] };
  /** Entries after the import. */
  total: number;
  cap: number;
}

/** Plans an import (pure): the merged log and what it adds, updates and drops. */
export function planImport(
  stored: readonly LogEntry[],
  incoming: readonly LogEntry[],
  cap = RESEARCH_LOG_CAP,
): { plan: ImportPlan; merged: LogEntry[] } {
  const storedKeys = new Set(stored.map(entryKey));
  const incomingKeys = new Set(incoming.map(entryKey));
  const all = mergeLogs(stored, incoming, Number.MAX_SAFE_INTEGER);
  const merged = all.slice(0, cap);
  const dropped = all.slice(cap);
  let added = 0;
  for (const k of incomingKeys) if (!storedKeys.has(k)) added++;
  return {
    merged,
    plan: {
      added,
      updated: incomingKeys.size - added,
      dropped: {
        stored: dropped.filter((e) => storedKeys.has(entryKey(e))),
        imported: dropped.filter((e) => !storedKeys.has(entryKey(e))),
      },
      total: merged.length,
      cap,
    },
  };
}

/** What importing `entries` would do to the log as it is now. */
export async function previewImport(entries: readonly LogEntry[], cap = RESEARCH_LOG_CAP): Promise<ImportPlan> {
  return planImport(await readResearchLog(), entries, cap).plan;
}

/**
 * Merges imported entries into the stored log, in the write queue. Never
 * drops more than the user agreed to: when the log changed since the preview
 * so that more stored sites would fall out than `acceptedDrops`, nothing is
 * written and the new plan comes back for the user to see.
 */
export async function importEntries(
  entries: readonly LogEntry[],
  acceptedDrops = 0,
  cap = RESEARCH_LOG_CAP,
): Promise<{ ok: true; total: number; plan: ImportPlan } | { ok: false; plan: ImportPlan }> {
  return withLogLock(async () => {
    const { plan, merged } = planImport(await readResearchLog(), entries, cap);
    if (plan.dropped.stored.length + plan.dropped.imported.length > acceptedDrops) return { ok: false as const, plan };
    await writeResearchLog(merged);
    return { ok: true as const, total: merged.length, plan };
  });
}

/** Deletes every entry (the "clear" button), in the write queue. */
export async function clearResearchLog(): Promise<void> {
  await withLogLock(() => writeResearchLog([]));
}
