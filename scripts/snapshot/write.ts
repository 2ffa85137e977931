import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Snapshot } from '../../utils/register/model';

/** Writes a snapshot atomically (temp file + rename); returns the JSON written. */
export function writeSnapshotFile(out: string, snapshot: Snapshot): string {
  const json = JSON.stringify(snapshot);
  const tmp = join(dirname(resolve(out)), `.${process.pid}.snapshot.tmp`);
  writeFileSync(tmp, json);
  renameSync(tmp, out);
  return json;
}
