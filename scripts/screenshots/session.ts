/**
 * A headless Chromium with the extension's test build on the e2e harness's
 * local "internet" (every host name maps to a local server), the register
 * served by the fake register from the BUNDLED snapshot (so the daily update
 * succeeds and the popup shows real data, nothing invented), Dutch interface.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT, startLocalInternet, type ChromiumSession, type LocalInternet } from '../../tests/e2e/harness';
import { createFakeRegister, type ApiRecord } from '../../tests/fixtures/fake-register';
import type { Snapshot } from '../../utils/register/model';

/** The bundled snapshot's algorithms in the register API's shape. */
export function snapshotApiRecords(): ApiRecord[] {
  const snapshot = JSON.parse(readFileSync(join(ROOT, 'public/generated/register-snapshot.json'), 'utf8')) as Snapshot;
  const records = snapshot.algorithms.map((a) => ({ ...a, create_dt: `${a.create_dt ?? snapshot.data_date}T00:00:00.000000+00:00` }) as unknown as ApiRecord);
  // Newest first, as the register API sorts.
  return records.sort((x, y) => (x.create_dt === y.create_dt ? (x.lars < y.lars ? 1 : -1) : x.create_dt < y.create_dt ? 1 : -1));
}

export interface ShotSession {
  server: LocalInternet;
  chrome: ChromiumSession;
  close(): Promise<void>;
}

/** Starts the local internet, the fake register and Chromium, and sets the interface to Dutch. */
export async function startShotSession(records: ApiRecord[] = snapshotApiRecords()): Promise<ShotSession> {
  const server = await startLocalInternet();
  const fake = createFakeRegister({ records });
  server.route('algoritmes.overheid.nl', (req, res) => fake.handler(req, res));
  const chrome = await launchChromium(server);
  await chrome.evalInBackground(() => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ language: 'nl' }));
  return {
    server,
    chrome,
    close: async () => {
      await chrome.close();
      await server.close();
    },
  };
}
