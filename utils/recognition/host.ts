/**
 * From a URL string to the host we match on. Uses the WHATWG URL parser (the
 * browser's own), so credentials ("belastingdienst.nl@evil.example"),
 * backslashes, percent-escapes and IDN are resolved exactly as the browser does.
 */

/** A web page address, reduced to what recognition needs. */
export interface PageAddress {
  /** Lower-case ASCII (punycode) host without trailing dot. */
  host: string;
  /** Lower-case path, e.g. "/ministeries/ministerie-van-financien/documenten". */
  path: string;
}

/** Why a string gave no page address. */
export type AddressProblem = 'not-a-url' | 'not-http' | 'no-host' | 'ip-address';

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** Lower case, no trailing dots: the form the WHATWG parser's hostname gets before any comparison. */
function cleanHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '');
}

/**
 * THE host normaliser of the extension: every place that stores or compares a
 * host (decisions, paused sites, imports, recognition of decisions) keys it
 * with this. Accepts a host ("Www.X.NL."), a host with port ("x.nl:443") or a
 * URL ("https://www.x.nl/pad"); gives the lower-case ASCII (punycode) host
 * without credentials, port, trailing dots and one leading "www." (kept when
 * nothing with a dot would remain). IDN and punycode spellings give the same
 * key ("bücher.nl" = "xn--bcher-kva.nl"). Null for anything that is not a host
 * name, IP addresses included.
 */
export function normalizeHost(input: string | null | undefined): string | null {
  const s = String(input ?? '').trim();
  if (!s || s.length > 2100) return null;
  const hostname = urlHostname(s) ?? urlHostname(`https://${s}`);
  if (!hostname) return null;
  let host = cleanHostname(hostname);
  if (host.startsWith('www.') && host.indexOf('.', 4) > 0) host = host.slice(4);
  if (!HOSTNAME.test(host) || /^[0-9.]+$/.test(host)) return null;
  return host;
}

/** The hostname when `s` parses as a URL with a host-bearing (special) scheme, as the browser parses it; else null. */
function urlHostname(s: string): string | null {
  try {
    const url = new URL(s);
    return ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(url.protocol) && url.hostname ? url.hostname : null;
  } catch {
    return null;
  }
}

/** Parses a URL; returns the page address or the reason there is none. */
export function pageAddress(input: string): PageAddress | AddressProblem {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return 'not-a-url';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not-http';
  const host = cleanHostname(url.hostname);
  if (!host) return 'no-host';
  if (host.startsWith('[') || /^[0-9.]+$/.test(host)) return 'ip-address';
  let path = url.pathname.toLowerCase();
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the escaped form
  }
  return { host, path };
}

/** Whether `path` starts with `prefix` on a segment boundary ("/a/b" matches "/a/b/c", not "/a/bc"). */
export function pathHasPrefix(path: string, prefix: string): boolean {
  if (!path.startsWith(prefix)) return false;
  return path.length === prefix.length || path[prefix.length] === '/' || prefix.endsWith('/');
}
