import type { Socket } from 'node:net';

/**
 * Reads the server name (SNI) from the first bytes of a TLS connection.
 * Chromium's host mapping sends https traffic to the plain logging server,
 * so the only trace of the host it wanted is the ClientHello's SNI.
 */

/** Whether the first byte looks like a TLS handshake record. */
export function looksLikeTls(chunk: Buffer): boolean {
  return chunk.length > 0 && chunk[0] === 0x16;
}

/** Bytes needed for the first TLS record, or null when the header is incomplete. */
export function tlsRecordLength(chunk: Buffer): number | null {
  return chunk.length < 5 ? null : 5 + chunk.readUInt16BE(3);
}

/**
 * The SNI host name in a TLS ClientHello record, or null when there is none
 * or the bytes are not a well-formed ClientHello.
 */
export function parseSni(buf: Buffer): string | null {
  try {
    if (buf[0] !== 0x16 || buf[5] !== 0x01) return null; // handshake record, ClientHello
    let p = 5 + 4; // record header + handshake header
    p += 2 + 32; // client version + random
    p += 1 + buf[p]; // session id
    p += 2 + buf.readUInt16BE(p); // cipher suites
    p += 1 + buf[p]; // compression methods
    const end = p + 2 + buf.readUInt16BE(p);
    p += 2;
    while (p + 4 <= end && p + 4 <= buf.length) {
      const type = buf.readUInt16BE(p);
      const len = buf.readUInt16BE(p + 2);
      p += 4;
      if (type === 0x0000) {
        // server_name list: u16 list length, then u8 type, u16 name length, name
        const nameLen = buf.readUInt16BE(p + 3);
        if (buf[p + 2] !== 0) return null;
        return buf
          .subarray(p + 5, p + 5 + nameLen)
          .toString('ascii')
          .toLowerCase();
      }
      p += len;
    }
    return null;
  } catch {
    return null;
  }
}

/** A server that takes over a socket through its 'connection' event (http.Server, tls.Server). */
interface ConnectionTarget {
  emit(event: 'connection', socket: Socket): unknown;
}

/**
 * Peeks at the first bytes of a connection and hands it over: TLS goes to
 * `tls` after `onTls(sni host or '')` (closed when `tls` is null), anything
 * else to `http`. The peeked bytes are put back, so the target sees them all.
 */
export function sniffConnection(
  sock: Socket,
  to: { http: ConnectionTarget; tls: ConnectionTarget | null; onTls(host: string): void },
): void {
  let buf = Buffer.alloc(0);
  const handOver = (target: ConnectionTarget) => {
    sock.off('data', onData);
    sock.pause();
    sock.unshift(buf);
    target.emit('connection', sock);
    process.nextTick(() => sock.resume());
  };
  const onData = (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    if (!looksLikeTls(buf)) return handOver(to.http);
    const need = tlsRecordLength(buf);
    if (need !== null && buf.length < need && buf.length < 20_000) return;
    to.onTls(parseSni(buf) ?? '');
    if (to.tls) handOver(to.tls);
    else sock.destroy();
  };
  sock.on('data', onData);
  sock.resume();
}
