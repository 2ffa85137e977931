/**
 * The banner/footer link signal: a second site of an organisation that links
 * to its main site under the organisation's name. On the real domain table.
 */
import { describe, expect, it } from 'vitest';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { defaultSnapshot } from '../../../scripts/domains/register';
import { buildRecognitionIndex } from '../../../utils/recognition/index';
import { extractSignals, MAX_LINKS, type LinkSignal, type PageSignals } from '../../../utils/recognition/signals';
import { buildSignalMatcher, suggestFromLinks, suggestFromSignals, tableOrgOf } from '../../../utils/recognition/suggest';
import { pageSignalsFrom, pageSuggestion } from '../../../utils/background/suggest';

const index = buildRecognitionIndex(readDomainTable());
const register = defaultSnapshot().snapshot.organizations.map((o) => ({ name: o.name, org_id: o.org_id }));
const matcher = buildSignalMatcher([...register, ...index.organizations]);
const orgOf = tableOrgOf(index);
const links = (...pairs: [string, string][]): LinkSignal[] => pairs.map(([host, text]) => ({ host, text }));

/** A page at `url` with the given body, parsed the way a browser would. */
function pageAt(url: string, body: string, head = '<title>Werken bij ons</title>'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = `<head><base href="${url}">${head}</head><body>${body}</body>`;
  return doc;
}

describe('suggestFromLinks', () => {
  it.each([
    [links(['www.gouda.nl', 'Dit is een website van gemeente Gouda']), 'Gemeente Gouda'],
    [links(['www.gouda.nl', 'Logo Gemeente Gouda']), 'Gemeente Gouda'],
    [links(['www.hhdelfland.nl', 'Hoogheemraadschap van Delfland']), 'Hoogheemraadschap van Delfland'],
    // a name the table spells with "(NH.)": the link says "Gemeente Bergen"
    [links(['bergen-nh.nl', 'Gemeente Bergen']), 'Gemeente Bergen (NH.)'],
    // a second link to the same organisation, and links to no organisation (transit, unknown), change nothing
    [
      links(['www.gouda.nl', 'Gemeente Gouda'], ['www.gouda.nl', 'Contact'], ['www.digid.nl', 'DigiD'], ['www.linkedin.com', 'LinkedIn']),
      'Gemeente Gouda',
    ],
  ])('%o → %s', (given, name) => {
    const s = suggestFromLinks(given, orgOf);
    expect(s?.organization.name).toBe(name);
    expect(s?.signal).toBe('links');
  });

  it.each([
    ['the link does not name the organisation its target belongs to', links(['www.gouda.nl', 'Meer informatie'])],
    ['the link names another place', links(['www.gouda.nl', 'Gemeente Goudswaard'])],
    ['the name is in the text, but the link goes to a site the table does not know', links(['www.goudsewerkgevers.nl', 'Gemeente Gouda'])],
    [
      'a footer of partners: two organisations named',
      links(['www.gouda.nl', 'Gemeente Gouda'], ['www.hhdelfland.nl', 'Hoogheemraadschap van Delfland']),
    ],
    ['two organisations linked, one of them named', links(['www.gouda.nl', 'Gemeente Gouda'], ['www.duo.nl', 'Studiefinanciering'])],
    ['a shared login service names no one', links(['www.digid.nl', 'DigiD'])],
    ['no links', []],
  ])('no suggestion: %s', (_why, given) => {
    expect(suggestFromLinks(given, orgOf)).toBeNull();
  });

  it('comes after the text signals, and only when they give nothing', () => {
    const base: PageSignals = {
      title: null,
      siteName: null,
      metaCreator: null,
      metaAuthority: null,
      links: links(['www.gouda.nl', 'Gemeente Gouda']),
    };
    expect(suggestFromSignals({ ...base, metaCreator: 'Gemeente Tilburg' }, matcher, orgOf)?.organization.name).toBe('Gemeente Tilburg');
    expect(suggestFromSignals({ ...base, siteName: 'Werken voor Gouda' }, matcher, orgOf)?.organization.name).toBe('Gemeente Gouda');
    // without the table lookup (older callers) links are not read
    expect(suggestFromSignals(base, matcher)).toBeNull();
  });
});

describe('extractSignals: links', () => {
  it("reads the page's own banner and footer: other sites only, with link text, aria-label, title and image alt", () => {
    const doc = pageAt(
      'https://www.werkenvoorgouda.nl/vacatures',
      `<header><a href="/">Home</a><a href="https://www.gouda.nl/" aria-label="Naar gouda.nl"><img src="x.png" alt="Logo gemeente Gouda"></a></header>
       <main><p>Vacatures</p><footer><a href="https://www.hhdelfland.nl/">Delfland</a></footer></main>
       <article><header><a href="https://www.duo.nl/">DUO</a></header></article>
       <div role="contentinfo"><a href="https://WWW.GOUDA.NL/contact" title="Contact">Gemeente   Gouda</a>
         <a href="javascript:alert(1)">x</a><a href="mailto:a@b.nl">mail</a><a href="https://www.werkenvoorgouda.nl/privacy">Privacy</a></div>`,
    );
    expect(extractSignals(doc).links).toEqual([
      { host: 'www.gouda.nl', text: 'Naar gouda.nl Logo gemeente Gouda' },
      { host: 'www.gouda.nl', text: 'Gemeente Gouda Contact' },
    ]);
    expect(pageSuggestion(extractSignals(doc), matcher, orgOf)?.organization.name).toBe('Gemeente Gouda');
  });

  it('a news report linking to the municipality in its text, or in its own article footer, suggests nothing', () => {
    const doc = pageAt(
      'https://www.goudsedagblad.nl/nieuws/1',
      `<header><a href="/">Goudse Dagblad</a></header>
       <main><article><p>Volgens <a href="https://www.gouda.nl/">de gemeente Gouda</a> ...</p>
       <footer><a href="https://www.gouda.nl/">Gemeente Gouda</a></footer></article></main>
       <footer><a href="https://www.facebook.com/x">Facebook</a></footer>`,
      '<title>Gemeente Gouda zoekt personeel</title><meta property="og:site_name" content="Goudse Dagblad">',
    );
    expect(extractSignals(doc).links).toEqual([{ host: 'www.facebook.com', text: 'Facebook' }]);
    expect(pageSuggestion(extractSignals(doc), matcher, orgOf)).toBeNull();
  });

  it(`reads at most ${MAX_LINKS} links, each text clipped at 200 characters, and survives serialisation`, () => {
    const many = Array.from({ length: 50 }, (_, i) => `<a href="https://site${i}.example.org/">${'n'.repeat(300)}</a>`).join('');
    const doc = pageAt('https://x.nl/', `<footer>${many}</footer>`);
    const rebuilt = new Function(`return (${extractSignals.toString()})`)() as typeof extractSignals;
    const read = rebuilt(doc).links;
    expect(read).toHaveLength(MAX_LINKS);
    expect(read[0]).toEqual({ host: 'site0.example.org', text: 'n'.repeat(200) });
  });
});

describe('pageSignalsFrom: links are untrusted', () => {
  it('keeps plain hosts with text, drops anything else, and reads at most MAX_LINKS', () => {
    const value = {
      links: [
        { host: 'www.gouda.nl', text: ' Gemeente\n Gouda ' },
        { host: 'WWW.GOUDA.NL', text: 'upper case is not what the page function writes' },
        { host: 'www.gouda.nl/x', text: 'a path' },
        { host: 'javascript:alert(1)', text: 'x' },
        { host: 'www.gouda.nl', text: '' },
        { host: 'www.gouda.nl' },
        { host: 12, text: 'x' },
        'www.gouda.nl',
        null,
        ...Array.from({ length: 40 }, () => ({ host: 'a.nl', text: 'a' })),
      ],
    };
    const out = pageSignalsFrom(value)!.links;
    expect(out[0]).toEqual({ host: 'www.gouda.nl', text: 'Gemeente Gouda' });
    expect(out.filter((l) => l.host !== 'a.nl')).toHaveLength(1);
    expect(out.length).toBeLessThanOrEqual(MAX_LINKS);
    expect(pageSignalsFrom({ links: 'www.gouda.nl' })!.links).toEqual([]);
    expect(pageSignalsFrom({ links: { length: 5 } })!.links).toEqual([]);
  });
});
