/**
 * Popup benchmark: first render of the popup in headless Chromium (median of
 * 5 after a warm-up; time from navigation start to the `aw:popup-ready`
 * performance mark the popup sets when the tab's data is on screen) and the
 * popup's JavaScript size, raw and gzipped, from .output/chrome-mv3.
 *
 * Needs the e2e test build (.output-test/, or E2E_OUTPUT) with the background
 * wired, and `wxt build` output for the size (BENCH_OUTPUT overrides).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, ROOT, startLocalInternet } from '../../tests/e2e/harness';
import { badgeFor } from '../../utils/badge';
import { pageFacts, type TabContext } from '../../utils/background/tab-view';
import { buildRecognitionIndex } from '../../utils/recognition/index';
import { bindTableToRegister } from '../../utils/recognition/bind';
import { decisionMap } from '../../utils/recognition/recognize';
import { parseDomainTable } from '../../utils/recognition/table';
import { buildRegisterIndex } from '../../utils/register/index';
import { diffSnapshots } from '../../utils/register/changes';
import type { Snapshot } from '../../utils/register/model';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** JS files popup.html loads (its module script and modulepreloads), with raw and gzip sizes. */
function popupJsSize(dir: string) {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const code = readFileSync(join(dir, f));
    raw += code.length;
    gz += gzipSync(code, { level: 9 }).length;
  }
  // Chunks the popup loads later, on demand (the objection panel when its tab opens).
  const entry = readFileSync(join(dir, files[0]), 'utf8');
  const lazy = [...new Set([...entry.matchAll(/["'`]\.\/([\w-]+\.js)["'`]/g)].map((m) => `chunks/${m[1]}`))].filter(
    (f) => !files.includes(f) && existsSync(join(dir, f)),
  );
  const lazyGz = lazy.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return { files: files.length, raw, gz, lazy, lazyGz };
}

async function firstRender(urls: string[], before?: (chrome: Awaited<ReturnType<typeof launchChromium>>) => Promise<void>) {
  const server = await startLocalInternet();
  const chrome = await launchChromium(server);
  const results: Record<string, number[]> = {};
  try {
    await before?.(chrome);
    for (const url of urls) {
      await chrome.openPage(url);
      results[url] = [];
      for (let i = 0; i < 6; i++) {
        const popup = await chrome.openPopup(url);
        await popup.waitForFunction(() => performance.getEntriesByName('aw:popup-ready').length > 0, null, { timeout: 15_000 });
        const ms = await popup.evaluate(() => performance.getEntriesByName('aw:popup-ready')[0].startTime);
        if (i > 0) results[url].push(ms); // the first run is a warm-up (worker start, data load)
        await popup.close();
      }
    }
  } finally {
    await chrome.close();
    await server.close();
  }
  return results;
}

/** Per-navigation work in the background (recognise the URL + compute the badge), in Node. */
function perNavigation() {
  const read = (f: string) => JSON.parse(readFileSync(join(ROOT, 'public/generated', f), 'utf8'));
  const t0 = performance.now();
  const register = buildRegisterIndex(read('register-snapshot.json'));
  const ctx: TabContext = {
    register,
    recognition: buildRecognitionIndex(bindTableToRegister(parseDomainTable(read('domains.json')), register.snapshot.organizations)),
    decisions: decisionMap([]),
    paused: new Set(),
  };
  const load = performance.now() - t0;
  const hosts = [...ctx.recognition.hosts.keys()];
  const urls = hosts
    .flatMap((h) => [`https://www.${h}/pagina/1?q=x`, `https://${h}-teruggave.com/`])
    .concat('https://www.nu.nl/', 'about:blank');
  const run = () => {
    const t = process.hrtime.bigint();
    for (const url of urls) badgeFor(pageFacts(url, ctx), 'nl');
    return Number(process.hrtime.bigint() - t) / 1e3 / urls.length;
  };
  for (let i = 0; i < 3; i++) run();
  const runs = Array.from({ length: 9 }, run);
  console.log(
    `background per navigation (recognise + badge, ${urls.length} URLs): median ${median(runs).toFixed(2)} µs/URL; context build once ${load.toFixed(0)} ms`,
  );
}

perNavigation();

const sizeDir = process.env.BENCH_OUTPUT || join(ROOT, '.output/chrome-mv3');
if (existsSync(join(sizeDir, 'popup.html'))) {
  const s = popupJsSize(sizeDir);
  console.log(
    `popup JS at first render: ${s.files} files, ${(s.raw / 1024).toFixed(1)} KiB raw, ${(s.gz / 1024).toFixed(1)} KiB gzipped (${sizeDir})`,
  );
  console.log(`popup JS loaded on demand: ${s.lazy.join(', ') || 'none'} (${(s.lazyGz / 1024).toFixed(1)} KiB gzipped)`);
} else {
  console.log(`popup JS size: no build in ${sizeDir} (run npm run build first)`);
}

// UWV (12 entries), Belastingdienst (69, a long list with filter), a news site (not recognised).
const urls = ['http://www.uwv.nl/', 'http://www.belastingdienst.nl/', 'http://www.nu.nl/'];
const times = await firstRender(urls);
for (const url of urls) {
  const xs = times[url];
  console.log(
    `popup first render ${url}: median ${median(xs).toFixed(1)} ms of ${xs.length} (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`,
  );
}

// UWV again, followed, with a "Nieuw sinds …" section of 5 changes (issue 15).
const snapshot = JSON.parse(readFileSync(join(ROOT, 'public/generated/register-snapshot.json'), 'utf8')) as Snapshot;
const uwvName = 'Uitvoeringsinstituut Werknemersverzekeringen';
const changed = structuredClone(snapshot);
const uwv = changed.algorithms.filter((a) => a.organization === uwvName);
uwv.slice(0, 4).forEach((a) => (a.publication_category = 'Impactvolle algoritmes'));
changed.algorithms.push({ ...uwv[5], lars: '99000009', name: 'Nieuw algoritme (bench)' });
const set = diffSnapshots(snapshot, { ...changed, hash: 'b' });
const followed = await firstRender(['http://www.uwv.nl/'], (chrome) =>
  chrome.evalInExtension(
    (value) =>
      (globalThis as any).chrome.storage.local.set({
        followedOrganizations: [{ name: value.org, org_id: null }],
        registerChanges: value.set,
      }),
    { org: uwvName, set },
  ),
);
const xs = followed['http://www.uwv.nl/'];
console.log(
  `popup first render http://www.uwv.nl/ followed, "Nieuw" section (${set.changes.length} changes): median ${median(xs).toFixed(1)} ms of ${xs.length}`,
);
