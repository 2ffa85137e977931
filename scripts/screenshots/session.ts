/**
 * A headless Chromium with the extension's test build on the e2e harness's
 * local "internet" (every host name maps to a local server), the register
 * served by the fake register from the BUNDLED snapshot (so the daily update
 * succeeds and the popup shows real data, nothing invented), Dutch interface.
 */
import {
  launchChromium,
  setInterfaceLanguage,
  startLocalInternet,
  type ChromiumSession,
  type LocalInternet,
} from '../../tests/e2e/harness';
import { createFakeRegister, type ApiRecord } from '../../tests/fixtures/fake-register';
import { snapshotApiRecords } from '../../tests/fixtures/snapshot-register';

export interface ShotSession {
  server: LocalInternet;
  chrome: ChromiumSession;
  close(): Promise<void>;
}

/** Starts the local internet, the fake register (`records`, default: the bundled snapshot) and Chromium; interface in Dutch. */
export async function startShotSession(records: ApiRecord[] = snapshotApiRecords()): Promise<ShotSession> {
  const server = await startLocalInternet();
  const fake = createFakeRegister({ records });
  server.route('algoritmes.overheid.nl', (req, res) => fake.handler(req, res));
  const chrome = await launchChromium(server);
  await setInterfaceLanguage(chrome, 'nl');
  return {
    server,
    chrome,
    close: async () => {
      await chrome.close();
      await server.close();
    },
  };
}
