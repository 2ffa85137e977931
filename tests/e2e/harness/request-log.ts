/** The log of every connection that reached the local "internet" server. */

/** One connection or request that left the browser. */
export interface LoggedRequest {
  /**
   * How it arrived: 'http' (plain request, Chromium host mapping), 'proxy'
   * (absolute-URI request through the proxy, Firefox), 'connect' (proxy
   * CONNECT tunnel request), 'tls' (raw TLS connection, host from its SNI),
   * 'https' (request inside TLS, served with a throwaway self-signed
   * certificate), 'upgrade' (WebSocket), 'unknown' (bytes that were neither).
   * An https page load shows as 'tls' (Chromium) or 'connect' (Firefox), then 'https'.
   */
  kind: 'http' | 'proxy' | 'connect' | 'tls' | 'https' | 'upgrade' | 'unknown';
  /** Lower-case host name without port ('' when unknown). */
  host: string;
  port: number;
  /** HTTP method, 'CONNECT' or 'TLS'. */
  method: string;
  /** Path with query ('' for tunnels and TLS). */
  path: string;
  /** Date.now() when it arrived. */
  time: number;
}

/** Whether a host matches an allowed entry: exact, or '*.example.nl' for subdomains. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.startsWith('*.') ? host.endsWith(a.slice(1)) : host === a));
}

/** Unique hosts in a log, in first-seen order. */
export function hostsOf(log: readonly LoggedRequest[]): string[] {
  return [...new Set(log.map((r) => r.host))];
}

/**
 * Throws an Error naming every host in the log that is not allowed, with its
 * number of requests and the first request seen (kind, method, path).
 */
export function expectOnlyHosts(log: readonly LoggedRequest[], allowed: readonly string[]): void {
  const bad = hostsOf(log).filter((h) => !hostAllowed(h, allowed));
  if (bad.length === 0) return;
  const lines = bad.map((h) => {
    const rs = log.filter((r) => r.host === h);
    const first = rs[0];
    return `  ${h || '(no host)'}: ${rs.length} request(s), first ${first.kind} ${first.method} ${first.port} ${first.path}`;
  });
  throw new Error(`Unexpected host(s) contacted (allowed: ${allowed.join(', ') || 'none'}):\n${lines.join('\n')}`);
}
