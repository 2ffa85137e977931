/**
 * `npm start` (Chromium) / `npm start -- --firefox`: builds the production
 * extension with the bundled register snapshot and opens a browser with it
 * loaded, in a fresh profile, on https://www.uwv.nl/. Without a display it
 * prints how to load the build by hand and exits 0.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? '.', '..');
const firefox = process.argv.includes('--firefox');
const outDir = resolve(root, firefox ? '.output/firefox-mv2' : '.output/chrome-mv3');
const START_URL = 'https://www.uwv.nl/';

/** First existing executable among absolute paths and names on PATH. */
function findBinary(candidates: string[]): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter);
  for (const c of candidates) {
    if (c.startsWith('/') && existsSync(c)) return c;
    for (const d of dirs) if (existsSync(join(d, c))) return join(d, c);
  }
  return null;
}

const hasDisplay = () =>
  process.platform === 'darwin' || process.platform === 'win32' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function printManualSteps(reason: string): void {
  console.log(`${reason}
The extension is built. Load it by hand:

  Chrome / Chromium / Edge:
    1. Open chrome://extensions and switch on "Developer mode" (top right).
    2. Click "Load unpacked" and choose the folder:
       ${resolve(root, '.output/chrome-mv3')}

  Firefox:
    1. Open about:debugging#/runtime/this-firefox
    2. Click "Load Temporary Add-on…" and choose the file:
       ${resolve(root, '.output/firefox-mv2/manifest.json')}
    Or run: npx web-ext run -s .output/firefox-mv2 --start-url ${START_URL}

Then visit a government website, e.g. ${START_URL}`);
}

/** Production build for one browser (bundled register snapshot included). */
const build = (browserArgs: string[]) =>
  execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...browserArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_BUILD: '' },
  });

console.log(`Building the ${firefox ? 'Firefox' : 'Chrome'} extension…`);
build(firefox ? ['-b', 'firefox'] : []);

if (!hasDisplay()) {
  // Nothing will be opened: build the other browser's extension too, so both can be loaded by hand.
  build(firefox ? [] : ['-b', 'firefox']);
  printManualSteps('No display found ($DISPLAY / $WAYLAND_DISPLAY are not set), so no browser is opened.');
  process.exit(0);
}

if (firefox) {
  const bin = findBinary(['firefox', 'firefox-esr', '/Applications/Firefox.app/Contents/MacOS/firefox']);
  const args = [resolve(root, 'node_modules/web-ext/bin/web-ext.js'), 'run', '-s', outDir, '--start-url', START_URL];
  if (bin) args.push('--firefox', bin);
  spawn(process.execPath, args, { cwd: root, stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  // Branded Google Chrome ignores --load-extension since version 137; Chromium honours it.
  const bin = findBinary([
    'chromium',
    'chromium-browser',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'google-chrome',
    'google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ]);
  if (!bin) {
    printManualSteps('No Chromium or Chrome found on PATH (Debian: apt-get install -y chromium).');
    process.exit(0);
  }
  const profile = mkdtempSync(join(tmpdir(), 'algoritmewijzer-profile-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--load-extension=${outDir}`,
    `--disable-extensions-except=${outDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    START_URL,
  ];
  // Chromium refuses to run as root with its sandbox (e.g. in a container).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  if (/chrome/i.test(bin)) args.unshift('--disable-features=DisableLoadExtensionCommandLineSwitch');
  console.log(`Opening ${bin} with the extension (fresh profile in ${profile})…`);
  spawn(bin, args, { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
}
