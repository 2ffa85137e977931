import { connect as netConnect } from 'node:net';
import { request } from 'node:http';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalInternet, type LocalInternet } from './harness';
import { until } from './harness/page';

/** The local "internet" server on its own, driven like a browser would (no browser needed). */
let server: LocalInternet;
beforeAll(async () => void (server = await startLocalInternet()));
afterAll(() => server.close());

function get(path: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const headers = host ? { host } : undefined;
    request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    })
      .on('error', fail)
      .end();
  });
}

/** Sends GET /s over an (unverified) TLS socket and returns the raw response. */
function httpsGet(socket: TLSSocket, host: string): Promise<string> {
  return new Promise((ok, fail) => {
    socket.on('secureConnect', () => socket.write(`GET /s HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket
      .on('data', (d) => (text += d))
      .on('end', () => ok(text))
      .on('error', fail);
  });
}

describe('local internet server', () => {
  it('serves a default page per Host header and a proxied absolute URI', async () => {
    server.clearLog();
    expect((await get('/', 'www.belastingdienst.nl')).body).toContain('<title>Home | Belastingdienst</title>');
    expect((await get('http://nos.nl/nieuws?x=1')).body).toContain('og:site_name" content="NOS"');
    expect(server.requests.map((r) => [r.kind, r.host, r.path])).toEqual([
      ['http', 'www.belastingdienst.nl', '/'],
      ['proxy', 'nos.nl', '/nieuws?x=1'],
    ]);
  });

  it('uses custom pages and routes, and falls through when a route returns false', async () => {
    server.page('www.uwv.nl', '/werk', { status: 201, body: 'werk' });
    server.route('algoritmes.overheid.nl', (_req, res, url) => (url.pathname.startsWith('/api/') ? res.end('{"n":1}') : false));
    expect(await get('/werk', 'www.uwv.nl')).toEqual({ status: 201, body: 'werk' });
    expect((await get('/api/x', 'algoritmes.overheid.nl')).body).toBe('{"n":1}');
    expect((await get('/', 'algoritmes.overheid.nl')).body).toContain('<title>Home | Overheid</title>');
    server.reset();
    expect((await get('/werk', 'www.uwv.nl')).status).toBe(200);
  });

  it('logs raw TLS by its SNI host and CONNECT by its target, and serves https in both', async () => {
    server.clearLog();
    const direct = await httpsGet(
      tlsConnect({ host: '127.0.0.1', port: server.port, servername: 'Tracker.Example.com', rejectUnauthorized: false }),
      'tracker.example.com',
    );
    expect(direct).toMatch(/^HTTP\/1\.1 200[\s\S]*<title>Home \| Example<\/title>/);
    const tunnel = await new Promise<string>((done, fail) => {
      const raw = netConnect(server.port, '127.0.0.1', () =>
        raw.write('CONNECT push.example.org:443 HTTP/1.1\r\nHost: push.example.org:443\r\n\r\n'),
      );
      raw.once('data', (reply) => {
        expect(String(reply)).toMatch(/^HTTP\/1\.1 200/);
        httpsGet(tlsConnect({ socket: raw, servername: 'push.example.org', rejectUnauthorized: false }), 'push.example.org').then(
          done,
          fail,
        );
      });
    });
    expect(tunnel).toMatch(/^HTTP\/1\.1 200/);
    expect(server.requests.map((r) => [r.kind, r.host, r.port, r.path])).toEqual([
      ['tls', 'tracker.example.com', 443, ''],
      ['https', 'tracker.example.com', 443, '/s'],
      ['connect', 'push.example.org', 443, ''],
      ['https', 'push.example.org', 443, '/s'],
    ]);
  });

  it('expectOnlyHosts names each unexpected host and accepts allowed ones', () => {
    expect(() => server.expectOnlyHosts(['tracker.example.com'])).toThrow(/push\.example\.org: 2 request\(s\), first connect CONNECT 443/);
    expect(() => server.expectOnlyHosts(['*.example.com', 'push.example.org'])).not.toThrow();
  });
});

describe('until', () => {
  it('fails with what it saw when a read never answers, instead of waiting for the test timeout', async () => {
    const never = () => new Promise<string>(() => undefined);
    await expect(until(never, Boolean, 50, 20)).rejects.toThrow('none: the read did not answer');
  });

  it('returns the first value that holds, after failed reads', async () => {
    let n = 0;
    const read = async () => {
      n += 1;
      if (n < 3) throw new Error('not yet');
      return n;
    };
    await expect(until(read, (v) => v >= 3, 5_000, 1_000)).resolves.toBe(3);
  });
});
