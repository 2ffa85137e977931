/**
 * Property tests of recognize(): it never throws, and it names an
 * organisation only when the real host (WHATWG URL) is a table host or a
 * subdomain of one within the same registrable domain. Look-alikes that move
 * the registrable domain (gov.nl.evil.com, gov-x.nl, xgov.nl, homoglyphs,
 * credentials in the URL) never match.
 */
import fc from 'fast-check';
import { getDomain, parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { buildRecognitionIndex, hostChain } from '@/utils/recognition/index';
import { decisionMap, recognize } from '@/utils/recognition/recognize';
import { allowedOrganizations, orgHosts, refKey, tablesUnderTest } from './tables';
import { garbage } from './arbitraries';

// A random label that starts with "xn--" is an A-label that is almost never valid Punycode, so the URL
// parser rejects the whole address (tested on its own below); the properties here are about valid hosts.
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,14}[a-z0-9])?$/).filter((l) => !l.startsWith('xn--'));
const tld = fc.constantFrom('com', 'net', 'org', 'nl', 'eu', 'io', 'example', 'xyz', 'co.uk', 'github.io');
const randomDomain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld).map(([ls, t]) => [...ls, t].join('.'));
const scheme = fc.constantFrom('https', 'http', 'HTTPS', 'HtTp');
const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });
const tail = fc.constantFrom('/', '', '/bezwaar?x=1', '#top', '/ministeries/ministerie-van-financien', '/%2e%2e/uwv.nl');

/** Cyrillic/Greek letters that look like Latin ones. */
const HOMOGLYPHS: Record<string, string[]> = {
  a: ['а', 'ɑ'],
  e: ['е'],
  o: ['о', 'ο'],
  p: ['р'],
  c: ['с'],
  x: ['х'],
  i: ['і', 'ı'],
  l: ['ӏ', 'ℓ'],
  s: ['ѕ'],
  n: ['ո'],
};

for (const [tableName, table] of tablesUnderTest()) {
  describe(`recognize() with the ${tableName}`, () => {
    const index = buildRecognitionIndex(table);
    const govHosts = orgHosts(table);
    const gov = fc.constantFrom(...govHosts);
    const hostOf = (url: string) => {
      try {
        return new URL(url).hostname.toLowerCase().replace(/\.+$/, '');
      } catch {
        return null;
      }
    };

    /** The core invariant for one URL; returns the recognition for extra checks. */
    function check(url: string) {
      const r = recognize(url, index);
      expect(typeof r.host).toBe('string');
      if (r.organization) {
        const host = hostOf(url);
        expect(host, url).not.toBeNull();
        expect(allowedOrganizations(table, host!).has(refKey(r.organization)), `${url} → ${r.organization.name}`).toBe(true);
      }
      return r;
    }

    it('never throws on garbage and never matches it', () => {
      fc.assert(
        fc.property(garbage, (s) => void check(s)),
        { numRuns: 500 },
      );
    });

    it('survives 100k-character inputs', () => {
      const long = [
        'https://' + 'a'.repeat(100_000) + '.uwv.nl/',
        'https://www.uwv.nl/' + 'x'.repeat(100_000),
        'https://' + 'a.'.repeat(50_000) + 'belastingdienst.nl/',
        'https://belastingdienst.nl@' + 'e'.repeat(100_000) + '.com/',
        '%'.repeat(100_000),
        'https://' + '\u00e9'.repeat(100_000) + '.nl/',
        'x'.repeat(100_000),
      ];
      for (const url of long) check(url);
      fc.assert(
        fc.property(fc.string({ minLength: 90_000, maxLength: 100_000 }), (s) => void check(`https://${s}`)),
        { numRuns: 5 },
      );
    });

    it('uses the real host when credentials are in the URL', () => {
      fc.assert(
        fc.property(gov, randomDomain, scheme, (g, evil, s) => {
          const spoof = check(`${s}://www.${g}@${evil}/`);
          expect(spoof.host).toBe(evil);
          check(`${s}://${g}:${g}@${evil}/`);
          check(`${s}://${evil}\\@www.${g}/`); // backslash ends the authority: host is evil
          // The other way round the government host is the real one: it must still be recognised.
          const real = check(`${s}://${evil}@www.${g}/`);
          expect(real.host).toBe(`www.${g}`);
          expect(real.match).not.toBe('none');
        }),
        { numRuns: 300 },
      );
    });

    it('claims nothing when the real host is an invalid A-label, whatever the credentials spell', () => {
      for (const url of ['https://www.aaenhunze.nl@xn--0.com/', 'https://uwv.nl:uwv.nl@xn--zz.nl/bezwaar']) {
        const r = check(url);
        expect(r.organization, url).toBeNull();
        expect(r.match, url).toBe('none');
      }
    });

    it('never matches when a label moves the registrable domain', () => {
      fc.assert(
        fc.property(gov, label, randomDomain, tail, (g, rnd, evil, t) => {
          const first = g.split('.')[0];
          const lookalikes = [
            `${g}.${evil}`,
            `${g}.${rnd}.com`,
            `${first}-${rnd}.nl`,
            `${rnd}-${g}`,
            `${rnd}${g}`,
            `${g}${rnd}.nl`,
            `${g.replace(/\./g, '-')}.${evil}`,
          ];
          for (const host of lookalikes) {
            const r = check(`https://${host}${t}`);
            if (getDomain(host, { allowPrivateDomains: true }) !== getDomain(g, { allowPrivateDomains: true })) {
              expect(allowedOrganizations(table, r.host).size > 0 || r.organization === null, host).toBe(true);
            }
          }
        }),
        { numRuns: 300 },
      );
    });

    it('handles unicode (IDN) labels around a government host by the real host only', () => {
      const unicode = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
      fc.assert(
        fc.property(gov, unicode, (g, u) => {
          for (const url of [
            `https://${u}${g}/`,
            `https://${g}.${u}/`,
            `https://${u}.${g}/`,
            `https://${g}${u}/`,
            `https://${u}@${g}/`,
            `https://${g}@${u}/`,
          ])
            check(url);
        }),
        { numRuns: 400 },
      );
    });

    it('never matches a homoglyph of a government host', () => {
      const withGlyph = gov.chain((g) => {
        const spots = [...g].map((c, i) => (HOMOGLYPHS[c] ? i : -1)).filter((i) => i >= 0);
        if (spots.length === 0) return fc.constant(g);
        return fc
          .tuple(fc.constantFrom(...spots), fc.nat())
          .map(([i, k]) => g.slice(0, i) + HOMOGLYPHS[g[i]][k % HOMOGLYPHS[g[i]].length] + g.slice(i + 1));
      });
      fc.assert(
        fc.property(withGlyph, (h) => {
          // The URL parser maps some look-alikes (ℓ → l) to the real name: then the
          // browser really is at the government host. check() compares with that host.
          const r = check(`https://${h}/`);
          expect(r.host).toBe(hostOf(`https://${h}/`));
        }),
        { numRuns: 300 },
      );
    });

    it('recognises every host the table names as a whole at its root, not only the sampled ones', () => {
      const unknown = govHosts.filter((g) => recognize(`https://${g}/`, index).match === 'none');
      expect(unknown).toEqual([]);
    });

    it('recognises subdomains, ports, case and a trailing dot of a government host', () => {
      fc.assert(
        fc.property(gov, fc.array(label, { maxLength: 3 }), scheme, port, tail, (g, sub, s, p, t) => {
          const host = [...sub, g].join('.');
          const upper = host.replace(/[a-z]/g, (c, i) => (i % 2 ? c.toUpperCase() : c));
          for (const url of [`${s}://${host}${p ? `:${p}` : ''}${t}`, `${s}://${upper}.${t}`]) {
            const r = check(url);
            expect(r.match, url).not.toBe('none');
          }
        }),
        { numRuns: 300 },
      );
    });

    it('never walks past the registrable domain', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            randomDomain,
            gov.map((g) => `x.${g}`),
          ),
          (host) => {
            const chain = hostChain(host);
            const registrable = getDomain(host, { allowPrivateDomains: true });
            expect(chain[0]).toBe(host);
            if (registrable) for (const h of chain) expect(h === registrable || h.endsWith(`.${registrable}`)).toBe(true);
          },
        ),
      );
    });

    it('lists no public suffix and no malformed host (else every site under it would match)', () => {
      const all = [...govHosts, ...Object.keys(table.transit)];
      const bad = all.filter((h) => {
        const p = parse(h, { allowPrivateDomains: true });
        return !p.domain || p.publicSuffix === h || h !== h.toLowerCase() || /[^a-z0-9.-]/.test(h) || h.startsWith('.') || h.endsWith('.');
      });
      expect(bad).toEqual([]);
    });

    it('applies a user decision only to its own host and its www. form', () => {
      fc.assert(
        fc.property(
          gov,
          label.filter((l) => l !== 'www'),
          (g, rnd) => {
            const decisions = decisionMap([{ host: g, organization: { name: 'Gekozen door gebruiker', org_id: null }, kind: 'corrected' }]);
            const name = (url: string) => recognize(url, index, decisions).organization?.name;
            expect(name(`https://${g}/`)).toBe('Gekozen door gebruiker');
            expect(name(`https://WWW.${g}/`)).toBe('Gekozen door gebruiker');
            for (const h of [`${g}.${rnd}.com`, `${rnd}${g}`, `${rnd}.${g}`, `${rnd}-${g}`])
              expect(name(`https://${h}/`), h).not.toBe('Gekozen door gebruiker');
            expect(name(`https://${g}@${rnd}.example/`)).not.toBe('Gekozen door gebruiker');
          },
        ),
        { numRuns: 200 },
      );
    });

    it('ignores non-web schemes that carry a government host', () => {
      fc.assert(
        fc.property(gov, fc.constantFrom('ftp', 'file', 'javascript', 'data', 'chrome', 'view-source:https', 'blob:https'), (g, s) => {
          expect(recognize(`${s}://${g}/`, index).organization).toBeNull();
        }),
      );
    });
  });
}
