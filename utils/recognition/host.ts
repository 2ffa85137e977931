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

/** Parses a URL; returns the page address or the reason there is none. */
export function pageAddress(input: string): PageAddress | AddressProblem {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return 'not-a-url';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not-http';
  const host = url.hostname.toLowerCase().replace(/\.+$/, '');
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
