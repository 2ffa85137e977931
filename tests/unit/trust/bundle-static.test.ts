// @vitest-environment node
/**
 * Static privacy checks on the shipped build (built fresh from the current
 * sources): the JavaScript has no network API but `fetch`, `fetch` is only
 * ever pointed at the register, HTML/CSS load nothing remote, and the
 * manifest neither loosens the CSP nor asks for hosts beyond the register.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRelease, filesIn, readBuildFile } from './release-build';
import { REGISTER_ORIGIN } from '../../../utils/constants';

const REGISTER_HOST = new URL(REGISTER_ORIGIN).host;

/** Network APIs the extension has no reason to use (only the register sync, via fetch). */
const FORBIDDEN_APIS: [string, RegExp][] = [
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['WebTransport', /\bWebTransport\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['eval', /(^|[^.\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['remote import()', /\bimport\s*\(\s*["'`]https?:/],
];

/** Permissions that would let the extension see or send traffic beyond the register. */
const FORBIDDEN_PERMISSIONS = [
  '<all_urls>',
  'webRequest',
  'webRequestBlocking',
  'proxy',
  'history',
  'cookies',
  'nativeMessaging',
  'debugger',
  'browsingData',
  'webNavigation',
];

/** Every absolute http(s)/ws(s) URL literal's host in `code`. */
function urlHosts(code: string): string[] {
  return [...code.matchAll(/\b(?:https?|wss?):\/\/([a-z0-9.-]+)/gi)].map((m) => m[1].toLowerCase());
}

/**
 * The text following each use of the global `fetch` (a call `fetch(url)` or an
 * indirect one such as `(options.fetch ?? fetch)(url)`), not `x.fetch`.
 */
function fetchCallSites(code: string): string[] {
  return [...code.matchAll(/(?<![.\w$])fetch\b/g)].map((m) => code.slice(m.index!, m.index! + 300));
}

const builds: Record<'chrome' | 'firefox', string> = { chrome: '', firefox: '' };

beforeAll(() => Object.assign(builds, buildRelease()), 180_000);

describe.each(['chrome', 'firefox'] as const)('shipped %s build', (browser) => {
  const dir = () => builds[browser];
  const manifest = () => JSON.parse(readBuildFile(dir(), 'manifest.json'));

  it('uses no network API other than fetch, and no eval', () => {
    const hits: string[] = [];
    for (const file of filesIn(dir(), ['.js'])) {
      const code = readBuildFile(dir(), file);
      for (const [name, re] of FORBIDDEN_APIS) if (re.test(code)) hits.push(`${file}: ${name}`);
    }
    expect(hits).toEqual([]);
  });

  it('points fetch only at the register (or at its own packaged files)', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const file of filesIn(dir(), ['.js'])) {
      const code = readBuildFile(dir(), file);
      // Vite's modulepreload polyfill fetches the page's own <link rel=modulepreload> chunks
      // (the HTML check below proves those are local): not a network call of ours.
      const sites = fetchCallSites(code).filter((s) => !(/^fetch\(\w+\.href,/.test(s) && code.includes('modulepreload')));
      // The register sync's fetch sits in the same module as the register API.
      if (sites.length === 0) continue;
      checked += sites.length;
      // A module that fetches must be one that knows the register API (or only reads packaged files).
      if (!code.includes(`${REGISTER_HOST}/api`) && !/getURL/.test(code)) bad.push(`${file}: fetch without the register API in the module`);
      for (const site of sites) {
        const arg = site.slice(0, 120);
        const literalHosts = urlHosts(arg).filter((h) => h !== REGISTER_HOST);
        if (literalHosts.length > 0) bad.push(`${file}: fetch to ${literalHosts.join(', ')}`);
      }
    }
    expect(bad).toEqual([]);
    expect(checked, 'the sync must use fetch somewhere (else this check proves nothing)').toBeGreaterThan(0);
  });

  it('talks to the register over https only', () => {
    for (const file of filesIn(dir(), ['.js'])) {
      expect(readBuildFile(dir(), file), file).not.toMatch(new RegExp(`http://${REGISTER_HOST.replace(/\./g, '\\.')}`));
    }
  });

  it('loads no remote script, style, font or image from its HTML and CSS', () => {
    const bad: string[] = [];
    for (const file of filesIn(dir(), ['.html'])) {
      const html = readBuildFile(dir(), file);
      for (const m of html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
        if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(m[1]) || /^(?:https?|data|javascript):/i.test(m[1])) bad.push(`${file}: ${m[0]}`);
      }
      if (/<link[^>]+rel=["']?(?:preconnect|dns-prefetch|prefetch|prerender)/i.test(html)) bad.push(`${file}: resource hint`);
    }
    for (const file of filesIn(dir(), ['.css'])) {
      const css = readBuildFile(dir(), file);
      for (const m of css.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) bad.push(`${file}: ${m[1]}`);
      if (/@import\s+(?:url\()?["']?(?:https?:)?\/\//i.test(css)) bad.push(`${file}: remote @import`);
    }
    expect(bad).toEqual([]);
  });

  it('keeps the default extension CSP (no unsafe-eval, no remote sources)', () => {
    const csp = manifest().content_security_policy;
    const policies: string[] = typeof csp === 'string' ? [csp] : csp ? Object.values(csp) : [];
    for (const policy of policies) {
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    }
  });

  it('asks for no host but the register and no traffic-reading permission', () => {
    const m = manifest();
    const all: string[] = [
      ...(m.permissions ?? []),
      ...(m.host_permissions ?? []),
      ...(m.optional_permissions ?? []),
      ...(m.optional_host_permissions ?? []),
    ];
    const hostPatterns = all.filter((p) => p.includes(':') || p.includes('*') || p === '<all_urls>');
    expect(hostPatterns).toEqual([`${REGISTER_ORIGIN}/*`]);
    expect(all.filter((p) => FORBIDDEN_PERMISSIONS.includes(p))).toEqual([]);
  });

  it('does not expose its pages to websites and accepts no outside connections', () => {
    const m = manifest();
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.update_url).toBeUndefined();
  });

  if (browser === 'firefox') {
    it('declares to Firefox that it collects no data', () => {
      expect(manifest().browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    });
  }
});
