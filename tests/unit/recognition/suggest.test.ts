import { describe, expect, it } from 'vitest';
import { readDomainTable } from '../../../scripts/domains/table-file';
import { defaultSnapshot } from '../../../scripts/domains/register';
import { buildRecognitionIndex } from '../../../utils/recognition/index';
import { extractSignals, type PageSignals } from '../../../utils/recognition/signals';
import { buildSignalMatcher, suggestFromSignals, titleCandidates } from '../../../utils/recognition/suggest';

const index = buildRecognitionIndex(readDomainTable());
const register = defaultSnapshot().snapshot.organizations.map((o) => ({ name: o.name, org_id: o.org_id }));
const matcher = buildSignalMatcher([...register, ...index.organizations]);
const page = (p: Partial<PageSignals>): PageSignals => ({
  title: null,
  siteName: null,
  metaCreator: null,
  metaAuthority: null,
  links: [],
  ...p,
});

describe('suggestFromSignals', () => {
  it.each([
    [{ title: 'Parkeren | Gemeente Zwolle' }, 'Gemeente Zwolle', 'title'],
    [{ title: 'Home - Omgevingsdienst Haaglanden' }, 'Omgevingsdienst Haaglanden', 'title'],
    [{ title: 'Gemeente Den Haag - Home' }, 'Gemeente Den Haag', 'title'],
    [{ metaCreator: 'Gemeente Tilburg' }, 'Gemeente Tilburg', 'metaCreator'],
    [{ metaAuthority: "'s-Gravenhage" }, 'Gemeente Den Haag', 'metaAuthority'],
    [{ siteName: 'Veiligheidsregio Amsterdam-Amstelland', title: 'Nieuws' }, 'Veiligheidsregio Amsterdam-Amstelland', 'siteName'],
    [{ siteName: 'Nederlandse Zorgautoriteit' }, 'Nederlandse Zorgautoriteit (NZa)', 'siteName'],
    [
      { metaAuthority: 'Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrg' },
      'Regionale Dienst Werk en Inkomen Kromme Rijn Heuvelrug',
      'metaAuthority',
    ],
  ] as const)('%o → %s', (signals, name, signal) => {
    const s = suggestFromSignals(page(signals), matcher);
    expect(s?.organization.name).toBe(name);
    expect(s?.signal).toBe(signal);
    expect(s!.score).toBeGreaterThan(0.7);
  });

  it.each([
    { title: 'Belastingdienst - Wikipedia' },
    { title: 'Belastingdienst maakt fouten', siteName: 'NOS' },
    { title: 'UWV schrapt banen | NU.nl' },
    { title: 'Utrecht' },
    { title: 'Welkom bij de gemeente' },
    { title: 'Bol.com | De winkel van ons allemaal' },
    { title: 'Delta' },
    { siteName: 'Gemeente' },
    { title: '' },
    {},
  ])('%o gives no suggestion', (signals) => {
    expect(suggestFromSignals(page(signals), matcher)).toBeNull();
  });

  it('uses the last title part as the site name, the first only after a generic last part', () => {
    expect(titleCandidates('Afval | Gemeente Ede')).toEqual(['Gemeente Ede']);
    expect(titleCandidates('Gemeente Ede - Home')).toEqual(['Gemeente Ede']);
    expect(titleCandidates('Gemeente Ede')).toEqual(['Gemeente Ede']);
  });
});

describe('extractSignals', () => {
  it('reads title, og:site_name and OWMS metadata, and is self-contained', () => {
    document.head.innerHTML = `
      <title>  Afval   | Gemeente Ede </title>
      <meta property="og:site_name" content="Gemeente Ede">
      <meta name="DCTERMS.creator" content="Gemeente Ede">
      <meta name="OVERHEID.authority" content="Ede">`;
    expect(extractSignals(document)).toEqual({
      title: 'Afval | Gemeente Ede',
      siteName: 'Gemeente Ede',
      metaCreator: 'Gemeente Ede',
      metaAuthority: 'Ede',
      links: [],
    });
    // must survive serialisation for scripting.executeScript({ func })
    const rebuilt = new Function(`return (${extractSignals.toString()})`)() as typeof extractSignals;
    expect(rebuilt(document).siteName).toBe('Gemeente Ede');
  });

  it('gives nulls on a bare page and clips long values', () => {
    document.head.innerHTML = `<title></title><meta property="og:site_name" content="${'x'.repeat(500)}">`;
    const s = extractSignals(document);
    expect(s.title).toBeNull();
    expect(s.siteName).toHaveLength(200);
    expect(s.metaCreator).toBeNull();
  });
});
