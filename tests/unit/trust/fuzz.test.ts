/**
 * Fuzz targets for every untrusted input (issue 12): a register record, a
 * page's own meta data, an import file, a URL. Each never crashes, never
 * throws past its boundary, and never produces a link outside http(s) and
 * mailto: (a mailto: always to exactly one strictly checked address).
 *
 * FUZZ_RUNS cases per target (default 200, so `npm test` stays fast);
 * `npm run fuzz` runs 100,000 per target.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { toAlgorithm } from '@/utils/register/validate';
import { emptyReport } from '@/utils/register/report';
import { buildRegisterIndex } from '@/utils/register/index';
import type { Snapshot } from '@/utils/register/model';
import { contactLink, safeHref, safeText, sanitizeHtml, capText } from '@/utils/sanitize';
import { parseContact, pickContact } from '@/utils/objection/contact';
import { mailtoLink } from '@/utils/objection/mail';
import { strictMailAddress } from '@/utils/mail';
import { looksLikeFormula } from '@/utils/csv';
import { readCsv } from '../../../scripts/domains/csv';
import { buildSignalMatcher, tableOrgOf } from '@/utils/recognition/suggest';
import { extractSignals } from '@/utils/recognition/signals';
import { pageSuggestion } from '@/utils/background/suggest';
import { buildRecognitionIndex } from '@/utils/recognition/index';
import { normalizeHost, pageAddress } from '@/utils/recognition/host';
import { recognize } from '@/utils/recognition/recognize';
import { csvRecords, lookupUrl } from '@/utils/recognition/lookup';
import { buildLookalikeIndex, hostRisk } from '@/utils/recognition/lookalike';
import type { DomainTable } from '@/utils/recognition/table';
import { siteOrigin } from '@/components/popup/format';
import { parseExport } from '@/utils/research/import';
import { toCsv } from '@/utils/research/export';
import { planImport } from '@/utils/research/store';
import { EXPORT_FORMAT } from '@/utils/research/model';
import { DECISIONS_FORMAT, parseDecisions } from '@/utils/decisions/file';
import { dangerousLink, garbage, hostileHtml } from './arbitraries';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 200);
const SLOW = RUNS > 1_000;
const opts = { numRuns: RUNS };
const PUBLIC = join(import.meta.dirname, '../../../public/generated');
const snapshot = JSON.parse(readFileSync(join(PUBLIC, 'register-snapshot.json'), 'utf8')) as Snapshot;
const table = JSON.parse(readFileSync(join(PUBLIC, 'domains.json'), 'utf8')) as DomainTable;
const register = buildRegisterIndex(snapshot);
const recognition = buildRecognitionIndex(table);
const lookalikes = buildLookalikeIndex(recognition.hosts.keys());
const orgs = snapshot.organizations.map((o) => ({ name: o.name, org_id: o.org_id }));
const matcher = buildSignalMatcher([...orgs, ...recognition.organizations]);
const knownNames = new Set([...orgs, ...recognition.organizations].map((o) => o.name));

function fail(message: string, value: unknown): never {
  throw new Error(`${message}: ${JSON.stringify(value)?.slice(0, 300)}`);
}

/** A produced link must be http(s), or a mailto: to exactly one strict address with at most subject and body. */
function checkLink(href: string | null | undefined): void {
  if (href === null || href === undefined) return;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    fail('link that does not parse', href);
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return;
  if (url.protocol !== 'mailto:') fail('link outside http(s)/mailto', href);
  const to = href.slice('mailto:'.length).split('?')[0];
  if (strictMailAddress(to) !== to || /[%,;]/.test(to)) fail('mailto: recipient not one strict address', href);
  for (const key of url.searchParams.keys()) if (key !== 'subject' && key !== 'body') fail('mailto: with a header', href);
}

/** Every CSV field that a spreadsheet would read as a formula carries the guard's apostrophe. */
function checkCsv(text: string): void {
  for (const row of readCsv(text.replace(/^\uFEFF/, ''))) {
    for (const field of row) if (looksLikeFormula(field)) fail('unguarded CSV field', field);
  }
}

const text = fc.oneof(garbage, hostileHtml, fc.string({ maxLength: 300 }));
const anyValue = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 0, true, [], {}) },
);
const mailish = fc.oneof(
  fc.emailAddress(),
  fc
    .tuple(fc.emailAddress(), fc.constantFrom('%2C', ',', ';', '?cc=', '&bcc=', '%0Abcc:', ' ', '%40', '"', '<', '>'), fc.emailAddress())
    .map(([a, s, b]) => `${a}${s}${b}`),
  fc.constantFrom(
    'attacker%40evil.example%2Cinfo@gemeente.nl',
    'mailto:info@uwv.nl?subject=x',
    'javascript:alert(1)//@x.nl',
    'www.uwv.nl',
    'https://a@b.nl/',
  ),
);
const link = fc.oneof(dangerousLink, fc.webUrl(), mailish, anyValue);
const grouping = fc.oneof(
  anyValue,
  fc.array(fc.oneof(anyValue, fc.record({ title: anyValue, link }, { requiredKeys: [] })), { maxLength: 8 }),
);
const record = fc.record(
  {
    lars: fc.oneof(fc.stringMatching(/^\d{8}$/), anyValue),
    name: fc.oneof(fc.string({ minLength: 1, maxLength: 250 }), hostileHtml, anyValue),
    organization: fc.oneof(fc.constantFrom('Gemeente Amsterdam', 'Belastingdienst', 'Gemeente \u202eX'), hostileHtml, anyValue),
    org_id: fc.oneof(fc.constantFrom('gm0363', 'javascript:1', ''), anyValue),
    publication_category: anyValue,
    status: fc.oneof(fc.constantFrom('In gebruik', 'Buiten gebruik'), anyValue),
    description_short: anyValue,
    goal: anyValue,
    contact_email: fc.oneof(mailish, link),
    website: link,
    lawful_basis_grouping: grouping,
    objection_procedure: anyValue,
  },
  { requiredKeys: [] },
);

describe(`fuzz targets (${RUNS} cases each${SLOW ? '' : '; npm run fuzz for 100,000'})`, { timeout: SLOW ? 3_600_000 : 60_000 }, () => {
  it('register record → checked record, shown text and every link it can make', () => {
    fc.assert(
      fc.property(record, fc.string({ maxLength: 200 }), (raw, body) => {
        const a = toAlgorithm(raw, 'fuzz', emptyReport());
        const email = (raw as Record<string, unknown>).contact_email;
        const contact = parseContact(typeof email === 'string' ? email : null);
        checkLink(contact?.href);
        checkLink(mailtoLink(contact, 'Bezwaar', body, 'kort')?.href);
        checkLink(contactLink(typeof email === 'string' ? email : null)?.href);
        if (!a) return;
        checkLink(contactLink(a.contact_email)?.href);
        checkLink(pickContact([a])?.href);
        checkLink(safeHref(a.website));
        for (const g of Array.isArray(a.lawful_basis_grouping) ? a.lawful_basis_grouping : [])
          checkLink(safeHref((g as { link?: string }).link));
        const shown = capText(a.name, 200) + safeText(sanitizeHtml(a.description_short)) + safeText(sanitizeHtml(a.goal));
        if (/[\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f]/.test(shown)) fail('invisible/bidi character shown', shown);
      }),
      opts,
    );
  });

  it('page meta → at most one known organisation, never a throw', () => {
    const signal = fc.oneof(text, fc.constantFrom(...[...knownNames].slice(0, 50)), anyValue);
    const tableHosts = Object.keys(table.hosts).slice(0, 200);
    const pageLink = fc.oneof(
      fc.record({ host: fc.oneof(fc.constantFrom(...tableHosts), fc.domain(), text, anyValue), text: signal }, { requiredKeys: [] }),
      anyValue,
    );
    const answer = fc.oneof(
      fc.record(
        {
          title: signal,
          siteName: signal,
          metaCreator: signal,
          metaAuthority: signal,
          links: fc.oneof(fc.array(pageLink, { maxLength: 40 }), anyValue),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    const orgOfHost = tableOrgOf(recognition);
    fc.assert(
      fc.property(answer, (value) => {
        const org = pageSuggestion(value, matcher, orgOfHost)?.organization;
        if (org && !knownNames.has(org.name)) fail('suggestion outside the known organisations', org);
      }),
      opts,
    );
    // The same through the page itself (DOM parsing is slower: a hundredth of the runs).
    fc.assert(
      fc.property(fc.tuple(signal, signal, hostileHtml), ([title, site, extra]) => {
        // the page's text, however odd the value (an object whose toString is not a function has no text)
        const asText = (v: unknown) => {
          try {
            return String(v);
          } catch {
            return '';
          }
        };
        const html = `<html><head><title>${asText(title)}</title><meta property="og:site_name" content="${asText(site)}">${extra}</head><body><footer>${extra}<a href="https://www.gouda.nl/">${asText(site)}</a></footer></body></html>`;
        let doc: Document;
        try {
          doc = new DOMParser().parseFromString(html, 'text/html');
        } catch {
          // happy-dom sometimes throws when the markup links a stylesheet or script (it refuses to load
          // them); a browser's DOMParser never loads anything. What is under test starts after parsing.
          return;
        }
        const org = pageSuggestion(extractSignals(doc), matcher, orgOfHost)?.organization;
        if (org && !knownNames.has(org.name)) fail('suggestion outside the known organisations', org);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 100)) },
    );
  });

  it('import file (research log, host decisions) → entries or errors, never a throw, guarded CSV', () => {
    const host = fc.oneof(fc.domain(), fc.constantFrom('www.uwv.nl', 'WWW.X.NL.', 'x.nl:443', 'bücher.nl', 'a b.nl', '=cmd', ''), text);
    const row = fc.record(
      {
        url: fc.oneof(fc.webUrl(), dangerousLink, text),
        host,
        organization: fc.oneof(text, fc.constantFrom('=1+1', '@SUM(A1)', '\t=1', ' \r=1')),
        org_id: fc.oneof(fc.constantFrom('', 'gm0363'), text),
        match: fc.constantFrom('domain', 'path', 'page', 'transit', 'none'),
        lars: fc.oneof(fc.stringMatching(/^\d{0,12}$/), text),
        algorithm_name: fc.oneof(text, fc.constantFrom('-2+3', '\n=1')),
        publication_category: text,
        status: text,
        register_url: fc.oneof(fc.webUrl(), dangerousLink),
        path: fc.oneof(fc.constantFrom('', '/a', '/a?b'), text),
        first_seen: fc.constantFrom('2026-01-01T00:00:00.000Z', 'gisteren'),
        last_seen: fc.constantFrom('2026-02-01T00:00:00.000Z', '2026-13-01'),
        visit_count: fc.oneof(fc.integer({ min: -2, max: 1e9 }), fc.double()),
        snapshot_date: text,
      },
      { requiredKeys: [] },
    );
    const decision = fc.record(
      {
        host,
        organization: fc.oneof(
          fc.constant(null),
          fc.record({
            name: fc.oneof(fc.constantFrom(...orgs.slice(0, 20).map((o) => o.name)), text),
            org_id: fc.oneof(fc.constant(null), text),
          }),
        ),
        kind: fc.constantFrom('confirmed', 'corrected', 'rejected', 'maybe'),
        decided_at: fc.constantFrom('2026-01-01T00:00:00Z', 'x'),
      },
      { requiredKeys: [] },
    );
    const file = fc.oneof(
      garbage,
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.array(row, { maxLength: 6 }).map((rows) => JSON.stringify({ format: EXPORT_FORMAT, rows })),
      fc.array(decision, { maxLength: 6 }).map((decisions) => JSON.stringify({ format: DECISIONS_FORMAT, decisions })),
      fc.string({ maxLength: 40 }).map((s) => `\uFEFF{"format":"${EXPORT_FORMAT}","rows":[${s}`),
    );
    fc.assert(
      fc.property(file, (content) => {
        const log = parseExport(content);
        if (log.ok) {
          checkCsv(toCsv(log.entries));
          planImport([], log.entries, 3);
          for (const e of log.entries) checkLink(`${e.scheme}://${e.host}/`);
        } else if (!log.errors.length) fail('import refused without a reason', content);
        const decisions = parseDecisions(content, orgs);
        if (decisions.ok) {
          for (const d of decisions.decisions) {
            if (normalizeHost(d.host) !== d.host) fail('decision host not normalised', d);
            if (d.organization && !knownNames.has(d.organization.name)) fail('decision for an unknown organisation', d);
          }
        } else if (!decisions.errors.length) fail('decisions refused without a reason', content);
      }),
      opts,
    );
  });

  it('URL → host, recognition, lookup CSV and links', () => {
    const homoglyph = fc.constantFrom(
      'bеlastingdienst.nl',
      'uwv.nl.evil.example',
      'xn--blastingdienst-0vl.nl',
      'BÜCHER.nl.',
      'belastingdienst.github.io',
      '[::1]',
      '127.0.0.1',
      'a'.repeat(300) + '.nl',
    );
    const hostPart = fc.oneof(fc.domain(), homoglyph, fc.constantFrom(...Object.keys(table.hosts).slice(0, 200)));
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('https://', 'http://', 'HTTPS://user:pw@', 'javascript:', 'mailto:', '//', ' https://', 'https:\\\\'),
          hostPart,
          fc.constantFrom('', ':443', ':8080', ':99999'),
          fc.oneof(fc.constantFrom('/', '/%2e%2e/', '/=cmd'), text),
        )
        .map(([s, h, p, t]) => `${s}${h}${p}${t}`),
      garbage,
    );
    fc.assert(
      fc.property(url, (u) => {
        const address = pageAddress(u);
        const key = normalizeHost(u);
        if (key !== null && normalizeHost(key) !== key) fail('normalizeHost not idempotent', u);
        if (typeof address !== 'string' && normalizeHost(address.host) !== null && normalizeHost(address.host) !== key)
          fail('page host and normalised host disagree', u);
        const r = recognize(u, recognition);
        if (typeof r.host !== 'string') fail('recognition without a host string', u);
        if (r.host) hostRisk(r.host, lookalikes);
        checkCsv(csvRecords(lookupUrl(u, recognition, register)).join('\r\n'));
        checkLink(siteOrigin(u));
      }),
      opts,
    );
  });
});
