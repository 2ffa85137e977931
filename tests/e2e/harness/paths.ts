import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (tests run from it; resolved from this file to be safe). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the e2e test builds live; E2E_OUTPUT overrides it (e.g. builds made in another checkout). */
export const TEST_OUTPUT = resolve(ROOT, process.env.E2E_OUTPUT || '.output-test');

/** The e2e test builds (E2E_BUILD=1): register API over http, popup/options web-accessible. */
export const CHROME_TEST_BUILD = resolve(TEST_OUTPUT, 'chrome-mv3');
export const FIREFOX_TEST_BUILD = resolve(TEST_OUTPUT, 'firefox-mv2');

/** The Debian browser binaries the e2e tests drive. */
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';

/** The one command that installs both browsers on Debian/Ubuntu. */
export const INSTALL_BROWSERS = 'apt-get install -y chromium firefox-esr';

/** One line naming the missing browser binaries and what to install, or null when both exist. */
export function missingBrowsersMessage(): string | null {
  const missing = [CHROMIUM_BIN, FIREFOX_BIN].filter((p) => !existsSync(p));
  if (missing.length === 0) return null;
  return `Browser not found: ${missing.join(', ')}. Install with: ${INSTALL_BROWSERS} (as root; run apt-get update first if needed)`;
}
