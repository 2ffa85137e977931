import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A key and self-signed certificate in PEM. */
export interface TestCert {
  key: string;
  cert: string;
}

let cached: TestCert | null | undefined;

/**
 * A throwaway self-signed certificate for the local server's https (made once
 * per process with the openssl CLI; never written to the repository). The
 * browsers are launched to accept it. Null when openssl is not installed:
 * https connections are then logged and closed instead of served.
 */
export function testCertificate(): TestCert | null {
  if (cached !== undefined) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'aw-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-subj',
        '/CN=algoritmewijzer-e2e',
        '-days',
        '2',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    cached = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    cached = null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return cached;
}
