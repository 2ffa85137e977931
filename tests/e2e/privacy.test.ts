/**
 * Privacy, proven in real browsers: a browsing session over 29 sites
 * (government, brand domains, shared platforms, look-alikes and ordinary
 * sites), with the popup opened on some, in Chromium and in Firefox ESR. The
 * local "internet" logs every connection that leaves the browser (plain
 * requests, proxy requests, CONNECT, TLS SNI, WebSocket upgrades):
 * - no host is contacted but the visited ones and the register;
 * - every register request is a list request of the register API whose body
 *   holds only page/limit, and nothing in it (path, body, headers) names a
 *   visited page.
 */
import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, startLocalInternet, type ExtensionSession, type LocalInternet } from './harness';
import { createFakeRegister, type FakeRegister } from '../fixtures/fake-register';

const REGISTER = 'algoritmes.overheid.nl';

/** The browsing session: [url, open the popup there?]. */
const SITES: [string, boolean][] = [
  ['http://www.uwv.nl/particulieren/ww', true],
  ['http://www.belastingdienst.nl/wps/wcm/connect/nl/home/home', true],
  ['http://mijn.belastingdienst.nl/mbd-pmb/', false],
  ['http://www.amsterdam.nl/parkeren/', true],
  ['http://duo.nl/particulier/studiefinanciering', false],
  ['http://werk.nl/werkzoekenden/', true],
  ['http://www.rijksoverheid.nl/ministeries/ministerie-van-financien', true],
  ['http://www.rijksoverheid.nl/onderwerpen/toeslagen', false],
  ['http://www.toeslagen.nl/', false],
  ['http://www.svb.nl/nl/aow', false],
  ['http://www.rotterdam.nl/', false],
  ['http://www.denhaag.nl/nl/', false],
  ['http://www.utrecht.nl/', false],
  ['http://www.digid.nl/inloggen', true],
  ['http://www.cbr.nl/nl/rijbewijs-halen', false],
  ['http://nos.nl/artikel/2500000-nieuws', true],
  ['http://www.bol.com/nl/nl/', false],
  ['http://nl.wikipedia.org/wiki/UWV', true],
  ['http://www.nu.nl/', false],
  ['http://github.com/MinBZK/Algoritmeregister', false],
  ['http://www.groningen.nl/', false],
  ['http://www.zoetermeer.nl/afval', false],
  ['http://www.marktplaats.nl/', false],
  ['http://www.ah.nl/', false],
  ['http://www.knmi.nl/', false],
  // Look-alikes: must not be recognised, and must not be contacted except when visited.
  ['http://www.belastingdienst-teruggave.com/claim', true],
  ['http://uwv.nl.secure-login.example.com/', true],
  ['http://www.uwv-uitkering.nl/', false],
  ['http://xn--blastingdienst-0vl.nl/', false],
];

/** A register request as it reached the fake: what the extension sent. */
interface RegisterCall {
  method: string;
  path: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function hostOf(url: string): string {
  return new URL(url).hostname;
}

/** Serves the fake register while recording each request's path, headers and body. */
function registerRecorder(fake: FakeRegister, calls: RegisterCall[]) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', `http://${REGISTER}`);
    calls.push({ method: req.method ?? '', path: url.pathname + url.search, body, headers: { ...req.headers } });
    const replay = Object.assign(Readable.from([Buffer.from(body)]), { method: req.method, url: req.url, headers: req.headers });
    fake.handler(replay as unknown as IncomingMessage, res);
  };
}

type AnyPage = { close(): Promise<void>; evaluate: (fn: () => unknown) => Promise<unknown> };

/**
 * Visits every site, opening the popup where asked; waits for the first sync
 * first. Returns the URLs that loaded: hosts on the browsers' HSTS preload
 * lists are upgraded to https, which the local internet logs (SNI/CONNECT) and
 * refuses, so those visits count as contacts but have no page to open a popup on.
 */
async function browse(session: ExtensionSession<AnyPage>, server: LocalInternet): Promise<string[]> {
  await server.waitForRequest((r) => r.host === REGISTER, 60_000);
  const loaded: string[] = [];
  for (const [url, popup] of SITES) {
    const page = await session.openPage(url).catch(() => null);
    if (!page) continue;
    loaded.push(url);
    if (popup) {
      const p = await session.openPopup(url);
      await p.evaluate(() => new Promise((r) => setTimeout(r, 400)));
      await p.close();
    }
    await page.close();
  }
  // Let anything deferred (beacons, timers) happen before reading the log.
  await new Promise((r) => setTimeout(r, 3_000));
  return loaded;
}

/** The checks, shared by both browsers. */
function checkLog(server: LocalInternet, calls: RegisterCall[]) {
  const visited = [...new Set(SITES.map(([u]) => hostOf(u)))];
  server.expectOnlyHosts([...visited, REGISTER]);
  // Every visited site was really reached (the log works).
  for (const h of visited) expect(server.hosts(), h).toContain(h);

  expect(calls.length).toBeGreaterThan(0);
  const names = [...visited, ...SITES.map(([u]) => new URL(u).pathname).filter((p) => p.length > 3)];
  for (const call of calls) {
    expect(`${call.method} ${call.path}`).toMatch(/^POST \/api\/algoritme\/NLD$/);
    const body = JSON.parse(call.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['limit', 'page']);
    expect(Number.isInteger(body.page) && Number.isInteger(body.limit)).toBe(true);
    expect(call.headers.cookie).toBeUndefined();
    expect(call.headers.referer).toBeUndefined();
    const { host: _host, ...rest } = call.headers;
    const sent = `${call.path}\n${call.body}\n${JSON.stringify(rest)}`.toLowerCase();
    for (const n of names) expect(sent, `register request mentions ${n}`).not.toContain(n.toLowerCase());
  }
}

for (const browserName of ['chromium', 'firefox'] as const) {
  describe(`privacy in ${browserName}`, () => {
    let server: LocalInternet;
    let session: Awaited<ReturnType<typeof launchChromium>> | Awaited<ReturnType<typeof launchFirefox>>;
    const calls: RegisterCall[] = [];

    beforeAll(async () => {
      const fake = createFakeRegister();
      server = await startLocalInternet();
      server.route(REGISTER, registerRecorder(fake, calls));
      session = browserName === 'chromium' ? await launchChromium(server) : await launchFirefox(server);
    }, 120_000);

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('contacts only the visited sites and the register, and tells the register nothing about them', async () => {
      const loaded = await browse(session as never, server);
      expect(loaded.length, `loaded: ${loaded.join(' ')}`).toBeGreaterThanOrEqual(20);
      checkLog(server, calls);
    }, 240_000);
  });
}
