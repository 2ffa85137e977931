import { describe, expect, it } from 'vitest';
import { ROUTES, routesFor, type RouteContext, type RouteId, type Situation } from '@/utils/objection/routes';
import { REGIMES } from '@/utils/objection/regimes';

const OFFICIAL = [
  'www.rijksoverheid.nl',
  'www.nationaleombudsman.nl',
  'www.autoriteitpersoonsgegevens.nl',
  'www.mensenrechten.nl',
  'www.juridischloket.nl',
  'www.rechtspraak.nl',
  'www.om.nl',
  'www.cjib.nl',
];
const ctx = (
  situation: Situation | null,
  categories: (string | null)[] = [],
  kind: RouteContext['organizationKind'] = 'decider',
): RouteContext => ({
  situation,
  organizationKind: kind,
  publicationCategories: categories,
});
const ids = (c: RouteContext) => routesFor(c).fitting.map((r) => r.id);

describe('routes', () => {
  it('links only to official https sites and has both languages', () => {
    for (const r of ROUTES) {
      const url = new URL(r.link);
      expect(url.protocol).toBe('https:');
      expect(OFFICIAL).toContain(url.host);
      for (const text of [r.title, r.when, r.deadline, r.where]) {
        expect(text.nl.length).toBeGreaterThan(5);
        expect(text.en.length).toBeGreaterThan(5);
      }
    }
    expect(ROUTES.find((r) => r.id === 'ombudsman')!.phone).toBe('0800-33 55 555');
    expect(ROUTES.find((r) => r.id === 'mensenrechten')!.phone).toBe('030-888 38 88');
  });

  it.each([
    ['decision', ['bezwaar', 'avg-22', 'avg-inzage', 'beroep', 'verzet-strafbeschikking', 'verkeersboete', 'juridisch-loket']],
    ['treatment', ['klacht', 'ombudsman', 'avg-inzage', 'juridisch-loket']],
    ['discrimination', ['bezwaar', 'mensenrechten', 'klacht', 'avg-inzage', 'juridisch-loket', 'ap-algoritmes']],
    ['data', ['avg-inzage', 'avg-bezwaar', 'bezwaar', 'woo', 'ap-klacht']],
  ] as const)('situation %s with only other algorithms gives %j', (situation, expected) => {
    expect(ids(ctx(situation, ['Overige algoritmes']))).toEqual(expected);
  });

  it('adds art. 22 and the algorithm supervisor when algorithms are impactful or high-risk', () => {
    for (const cat of ['Impactvolle algoritmes', 'Hoog-risico AI-systeem', 'hoog-risico AI-systemen', 'HOOG-RISICO AI-SYSTEMEN']) {
      const fitting = ids(ctx('data', ['Overige algoritmes', cat, null]));
      expect(fitting.slice(0, 3)).toContain('avg-22');
      expect(fitting).toContain('ap-algoritmes');
    }
    expect(ids(ctx('data', ['Overige algoritmes', null]))).not.toContain('avg-22');
  });

  it('notes a transit host and the most serious category', () => {
    expect(routesFor(ctx(null, [], 'transit')).notes).toContain('transit');
    expect(routesFor(ctx(null, ['Impactvolle algoritmes', 'Hoog-risico AI-systemen'])).notes).toContain('high-risk');
    expect(routesFor(ctx(null, ['Impactvolle algoritmes'])).notes).toEqual(['impactful']);
    expect(routesFor(ctx('decision')).notes).toEqual(['letter-first']);
    expect(routesFor(ctx('discrimination')).notes).toEqual(['letter-first']);
  });

  it('splits all routes into fitting and others without duplicates, for every context', () => {
    for (const s of [null, 'decision', 'data', 'treatment', 'discrimination'] as const) {
      for (const cats of [[], ['Impactvolle algoritmes'], ['Hoog-risico AI-systeem']]) {
        const sel = routesFor(ctx(s, cats));
        const all = [...sel.fitting, ...sel.others].map((r) => r.id);
        expect(new Set(all).size).toBe(ROUTES.length);
        expect(all.length).toBe(ROUTES.length);
      }
    }
  });

  // One row per statement a citizen acts on: route, language, and what the text must (not) say.
  const route = (id: RouteId) => ROUTES.find((r) => r.id === id)!;
  const all = (id: RouteId, lang: 'nl' | 'en') => {
    const r = route(id);
    return [r.title, r.when, r.deadline, r.where].map((x) => x[lang]).join(' ');
  };
  it.each([
    // bezwaar: bestuurlijke boete, not "boete"; 6 weeks from the date at the top; 6:16 voorlopige voorziening
    [
      'bezwaar',
      'nl',
      [
        'bestuurlijke boete',
        '6 weken',
        'datum bovenaan het besluit',
        'dagtekening',
        'strafbeschikking',
        'voorlopige voorziening',
        'AVG-verzoek',
      ],
      [/\bboete of vergunning/],
    ],
    ['bezwaar', 'en', ['administrative fine', '6 weeks', 'date at the top', 'penalty order', 'interim relief'], []],
    ['verzet-strafbeschikking', 'nl', ['verzet', '14 dagen', '€ 340', '6 weken na toezending', 'Openbaar Ministerie'], []],
    ['verzet-strafbeschikking', 'en', ['14 days', '€340', 'opposition'], []],
    ['verkeersboete', 'nl', ['officier van justitie', 'CJIB', 'niet nagekeken'], []],
    ['verkeersboete', 'en', ['public prosecutor', 'not checked'], []],
    ['beroep', 'nl', ['direct in beroep', 'voorlopige voorziening'], []],
    ['klacht', 'nl', ['4 weken', 'ondertekent', 'e-mail alleen als de organisatie', 'niet voor', 'stopt de bezwaartermijn niet'], []],
    ['klacht', 'en', ['4 weeks', 'sign', 'By e-mail only if'], []],
    ['ombudsman', 'nl', ['1 jaar', 'had moeten afhandelen'], []],
    ['ombudsman', 'en', ['1 year', 'should have handled'], []],
    ['avg-inzage', 'nl', ['een besluit', 'binnen 6 weken bezwaar', 'stopt die termijn niet', '2 maanden', 'kosteloos'], []],
    ['avg-inzage', 'en', ['a decision', 'object within 6 weeks', 'does not stop that term', '2 months', 'free of charge'], []],
    [
      'avg-22',
      'nl',
      ['C-634/21', 'doorslaggevende mate', 'score', 'zonder profilering', 'Met profilering is een specifieke wet', 'waarborgen'],
      [/helemaal automatisch/, /nooit op basis van profilering/i],
    ],
    [
      'avg-22',
      'en',
      ['C-634/21', 'decisively', 'Without profiling', 'With profiling, a specific law'],
      [/fully automatically/, /never by profiling/i],
    ],
    ['ap-klacht', 'nl', ['eerst binnen 6 weken bezwaar', 'stopt die termijn niet'], []],
    [
      'ap-algoritmes',
      'nl',
      ['coördinerend toezichthouder op algoritmes', 'Autoriteit Persoonsgegevens'],
      [/De toezichthouder op algoritmes/],
    ],
    ['ap-algoritmes', 'en', ['coordinating algorithm supervisor'], []],
    ['mensenrechten', 'nl', ['maar voor een deel van wat de overheid doet', 'stopt de bezwaartermijn niet', 'maak dan eerst bezwaar'], []],
    ['mensenrechten', 'en', ['only part of what government does', 'does not stop the objection term', 'object first'], []],
  ] as const)('%s (%s) says what the law says', (id, lang, must, mustNot) => {
    const text = all(id, lang);
    for (const m of must) expect(text).toContain(m);
    for (const n of mustNot) expect(text).not.toMatch(n);
  });

  it('links the AP only on its current site (www.autoriteitpersoonsgegevens.nl)', () => {
    for (const r of ROUTES.filter((x) => /autoriteitpersoonsgegevens/.test(x.link))) {
      expect(new URL(r.link).host).toBe('www.autoriteitpersoonsgegevens.nl');
      expect(r.link).not.toMatch(/\/nl\/zelf-doen|gebruik-uw-privacyrechten/);
    }
  });
});

describe('regimes: road and term per kind of decision', () => {
  it.each([
    // kind, remedy, term in days (null: read it on the decision), law it rests on
    ['besluit', 'bezwaar', 42, 'Awb 6:4, 6:7, 6:8'],
    ['bestuurlijke-boete', 'bezwaar', 42, 'Awb titel 5.4; 6:7, 6:8'],
    ['belastingaanslag', 'bezwaar', 42, 'AWR 22j; Awb 6:7'],
    ['avg-antwoord', 'bezwaar', 42, 'UAVG 34; Awb 6:7'],
    ['direct-beroep', 'beroep', 42, 'Awb 7:1, 6:7, 6:8'],
    ['strafbeschikking', 'verzet', 14, 'Sv 257e'],
    ['verkeersboete', 'beroep-ovj', null, 'Wahv art. 6'],
  ] as const)('%s: %s within %s days (%s)', (kind, remedy, days, law) => {
    const r = REGIMES.find((x) => x.kind === kind)!;
    expect(r.remedy).toBe(remedy);
    expect(r.termDays).toBe(days);
    expect(r.law).toBe(law);
    for (const lang of ['nl', 'en'] as const) for (const t of [r.what, r.term, r.where]) expect(t[lang].length).toBeGreaterThan(5);
  });

  it('says the tax term runs from the dagtekening and that an AP complaint does not stop the AVG term', () => {
    expect(REGIMES.find((x) => x.kind === 'belastingaanslag')!.term.nl).toContain('dagtekening');
    expect(REGIMES.find((x) => x.kind === 'avg-antwoord')!.term.nl).toContain('stopt deze termijn niet');
    expect(REGIMES.find((x) => x.kind === 'verkeersboete')!.where.nl).toContain('Geen bezwaar');
  });
});
