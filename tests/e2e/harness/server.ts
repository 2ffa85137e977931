import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import { testCertificate } from './cert';
import { defaultPage } from './pages';
import { expectOnlyHosts, hostsOf, type LoggedRequest } from './request-log';
import { sniffConnection } from './sni';

/**
 * Answers a request for a host. Return `false` to fall through to the
 * registered pages and the default page; anything else means "handled".
 */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => unknown;

/** A custom page: HTML text, or status/content type/body. */
export type PageSpec = string | { status?: number; type?: string; body: string; headers?: Record<string, string> };

/** The local "internet": one loopback server for every host the browsers visit. */
export interface LocalInternet {
  /** Port on 127.0.0.1 (Chromium maps every host here; Firefox uses it as proxy). */
  readonly port: number;
  /** Every connection/request that reached the server, oldest first. Clear with `clearLog()`. */
  readonly requests: LoggedRequest[];
  /** Handle every request for `host` (e.g. the fake register at algoritmes.overheid.nl). Replaces an earlier route. */
  route(host: string, handler: RouteHandler): void;
  /** Serve `page` at `host` + `path` (path without query, e.g. '/contact'). */
  page(host: string, path: string, page: PageSpec): void;
  /** Unique hosts in the log, first seen first. */
  hosts(): string[];
  /** Throws naming every logged host not in `allowed` (exact names or '*.domain'). */
  expectOnlyHosts(allowed: readonly string[]): void;
  /** Resolves with the first logged request matching `pred` (also past ones); rejects after `timeoutMs`. */
  waitForRequest(pred: (r: LoggedRequest) => boolean, timeoutMs?: number): Promise<LoggedRequest>;
  /** Empties the request log. */
  clearLog(): void;
  /** Drops custom routes and pages. */
  reset(): void;
  close(): Promise<void>;
}

function splitHost(hostHeader: string, defaultPort: number): { host: string; port: number } {
  const m = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(hostHeader.trim().toLowerCase());
  return { host: m?.[1] ?? '', port: m?.[2] ? Number(m[2]) : defaultPort };
}

/** Starts the local "internet" server on 127.0.0.1 (random port unless given). */
export async function startLocalInternet(port = 0): Promise<LocalInternet> {
  const requests: LoggedRequest[] = [];
  const routes = new Map<string, RouteHandler>();
  const pages = new Map<string, PageSpec>();
  const waiters = new Set<() => void>();
  const log = (r: Omit<LoggedRequest, 'time'>) => {
    requests.push({ ...r, time: Date.now() });
    for (const w of waiters) w();
  };

  const http = createHttpServer(async (req, res) => {
    const proxied = /^https?:\/\//i.test(req.url ?? '');
    const secure = !!(req.socket as TLSSocket).encrypted;
    const scheme = secure ? 'https' : 'http';
    const url = new URL(proxied ? req.url! : `${scheme}://${req.headers.host ?? 'unknown'}${req.url ?? '/'}`);
    const { host, port: p } = splitHost(url.host, secure ? 443 : 80);
    const kind = secure ? 'https' : proxied ? 'proxy' : 'http';
    log({ kind, host, port: p, method: req.method ?? '', path: url.pathname + url.search });
    try {
      const route = routes.get(host);
      if (route && (await route(req, res, url)) !== false) return;
      const spec = pages.get(`${host}${url.pathname}`);
      if (spec !== undefined) {
        const s = typeof spec === 'string' ? { body: spec } : spec;
        res.writeHead(s.status ?? 200, { 'content-type': s.type ?? 'text/html; charset=utf-8', ...s.headers });
        res.end(s.body);
      } else if (url.pathname === '/favicon.ico' || url.pathname === '/robots.txt') {
        res.writeHead(404).end();
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(defaultPage(host, url.pathname));
      }
    } catch (err) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    }
  });
  http.on('connect', (req: IncomingMessage, sock: Socket, head: Buffer) => {
    const { host, port: p } = splitHost(req.url ?? '', 443);
    log({ kind: 'connect', host, port: p, method: 'CONNECT', path: '' });
    sock.on('error', () => {});
    if (!cert) return void sock.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    // Tunnel into this same server: the TLS (or plain) bytes that follow are served like a new connection.
    sock.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) sock.unshift(head);
    accept(sock, true);
  });
  http.on('upgrade', (req: IncomingMessage, sock: Socket) => {
    const { host, port: p } = splitHost(req.headers.host ?? '', 80);
    log({ kind: 'upgrade', host, port: p, method: req.method ?? '', path: req.url ?? '' });
    sock.destroy();
  });

  const cert = testCertificate();
  const tls = cert ? createTlsServer({ ...cert, ALPNProtocols: ['http/1.1'] }, (s) => http.emit('connection', s)) : null;
  tls?.on('tlsClientError', () => {});

  const sockets = new Set<Socket>();
  const accept = (sock: Socket, tunnelled: boolean) =>
    sniffConnection(sock, {
      http,
      tls,
      // A tunnelled connection was already logged by its CONNECT line.
      onTls: (host) => tunnelled || log({ kind: host ? 'tls' : 'unknown', host, port: 443, method: 'TLS', path: '' }),
    });
  const server = createNetServer((sock) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
    sock.on('error', () => {});
    accept(sock, false);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const actualPort = (server.address() as { port: number }).port;

  return {
    port: actualPort,
    requests,
    route: (host, handler) => void routes.set(host.toLowerCase(), handler),
    page: (host, path, spec) => void pages.set(`${host.toLowerCase()}${path}`, spec),
    hosts: () => hostsOf(requests),
    expectOnlyHosts: (allowed) => expectOnlyHosts(requests, allowed),
    waitForRequest: (pred, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const hit = requests.find(pred);
          if (!hit) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No matching request within ${timeoutMs} ms; hosts seen: ${hostsOf(requests).join(', ') || 'none'}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    clearLog: () => void requests.splice(0),
    reset: () => {
      routes.clear();
      pages.clear();
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
