import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLetter, emptyLetterInput, type LetterInput } from '@/utils/objection/letters';
import { ARTICLE_15_ITEMS } from '@/utils/objection/letter-avg';
import { scrapeAlgorithms, sharedText } from './fixtures';

const UWV = 'Uitvoeringsinstituut Werknemersverzekeringen';
const uwvAlgorithms = scrapeAlgorithms(UWV);

function filled(kind: LetterInput['kind'], more: Partial<LetterInput> = {}): LetterInput {
  return {
    ...emptyLetterInput(kind, '2026-11-22'),
    organization: { name: UWV },
    algorithms: uwvAlgorithms.slice(0, 2),
    sender: { name: 'Fatima de Vries', address: 'Dorpsstraat 1\n1234 AB Ergenshuizen', email: 'fatima@example.org' },
    place: 'Ergenshuizen',
    reference: 'WW-2026-0042',
    eventDate: '2026-11-02',
    description: 'De stopzetting van mijn WW-uitkering.',
    grounds: 'Ik heb wel gesolliciteerd; de bewijzen stuur ik mee.',
    ...more,
  };
}

/** No template markers and no hints for missing fields remain. */
function expectComplete(body: string) {
  expect(body).not.toMatch(/[{}[\]]/);
  expect(body).not.toMatch(/<\/?italic>/);
}

describe('letters', () => {
  it('has real UWV algorithms to work with', () => {
    expect(uwvAlgorithms.length).toBeGreaterThan(2);
  });

  it('AVG art. 15 request names the organisation, the algorithms, their lars and register links', () => {
    const letter = buildLetter(filled('avg-inzage'));
    expect(letter.missing).toEqual([]);
    expectComplete(letter.body);
    expect(letter.body).toContain(UWV);
    for (const a of uwvAlgorithms.slice(0, 2)) {
      expect(letter.body).toContain(a.name);
      expect(letter.body).toContain(`registernummer ${a.lars}`);
      expect(letter.body).toContain(`https://algoritmes.overheid.nl/nl/algoritme/${a.lars}`);
    }
    for (const phrase of [
      'artikel 15, lid 1, onder h, AVG',
      'artikel 22 AVG',
      'artikel 40, lid 2, UAVG',
      'menselijke tussenkomst',
      'binnen een maand',
      'Fatima de Vries',
    ]) {
      expect(letter.body).toContain(phrase);
    }
    expect(letter.subject).toContain('artikel 15 AVG');
  });

  it('keeps the art. 15(1) list verbatim from the CC0 template of datenanfragen.de', () => {
    const template = sharedText('letters/access-default.txt');
    const body = buildLetter(filled('avg-inzage')).body;
    for (const item of ARTICLE_15_ITEMS) {
      expect(template).toContain(item);
      expect(body).toContain(item);
    }
  });

  it('AVG request without chosen algorithms still asks about algorithms in general', () => {
    const letter = buildLetter(filled('avg-inzage', { algorithms: [], sender: { name: 'A. Jansen', address: '', email: '' } }));
    expect(letter.missing).toEqual([]); // address is optional for an access request
    expect(letter.body).toContain('algoritmen die Uitvoeringsinstituut Werknemersverzekeringen gebruikt');
    expectComplete(letter.body);
  });

  it('bezwaarschrift has the Awb 6:5 contents and asks for the file, the algorithm and a human review', () => {
    const letter = buildLetter(filled('bezwaar'));
    expect(letter.missing).toEqual([]);
    expectComplete(letter.body);
    const b = letter.body;
    expect(b).toContain('Fatima de Vries\nDorpsstraat 1\n1234 AB Ergenshuizen'); // name and address
    expect(b).toContain('Ergenshuizen, 22 november 2026'); // date of the letter
    expect(b).toContain('uw besluit van 2 november 2026 met kenmerk WW-2026-0042'); // the decision
    expect(b).toContain('De stopzetting van mijn WW-uitkering.');
    expect(b).toContain('Gronden van mijn bezwaar\nIk heb wel gesolliciteerd'); // grounds
    expect(b).toMatch(/\(handtekening\)$/); // signature
    expect(b).toContain('artikel 7:4 Awb');
    expect(b).toContain('welk algoritme');
    expect(b).toContain('door een medewerker');
    for (const a of uwvAlgorithms.slice(0, 2)) expect(b).toContain(a.name);
  });

  it('AVG request: costs (12(5)), extension (12(3)), besluit and bezwaar (UAVG 34), Schufa, and art. 22 safeguards', () => {
    const b = buildLetter(filled('avg-inzage')).body;
    expect(b).toContain('artikel 12, lid 5, AVG beantwoordt u dit verzoek kosteloos');
    expect(b).not.toContain('artikel 15, lid 3, AVG moet u dit verzoek zonder kosten');
    expect(b).toContain('met ten hoogste twee maanden');
    expect(b).toContain('een besluit in de zin van de Algemene wet bestuursrecht (artikel 34 UAVG)');
    expect(b).toContain('bezwaar kan maken');
    expect(b).toContain('C-634/21');
    expect(b).toContain('in doorslaggevende mate rust op een automatisch berekende score');
    expect(b).toContain('artikel 22, lid 2, AVG');
    expect(b).not.toMatch(/uitsluitend berust/);
    // what the issue keeps: art. 15(1)(a)-(d),(g),(h) and 15(3)
    expect(b).toContain('art. 15, lid 3, AVG, een kopie');
  });

  it('bezwaar invokes AVG art. 22 (with Schufa) and asks for the UAVG 40(2) safeguards, not art. 40 as a right', () => {
    const b = buildLetter(filled('bezwaar')).body;
    expect(b).toContain('dan beroep ik mij op artikel 22 AVG');
    expect(b).toContain('welke passende maatregelen u heeft genomen (artikel 22, lid 3, AVG en artikel 40, lid 2, UAVG)');
    expect(b).toContain('C-634/21');
    expect(b).not.toContain('artikel 22 AVG en artikel 40 UAVG;');
  });

  it.each([
    // Awb 6:5 lid 1: signed; a. name and address; b. date; c. the decision; d. grounds
    [
      'bezwaar',
      [
        /^Fatima de Vries\nDorpsstraat 1\n1234 AB Ergenshuizen/,
        /Ergenshuizen, 22 november 2026/,
        /bezwaar tegen uw besluit van 2 november 2026 met kenmerk WW-2026-0042/,
        /Gronden van mijn bezwaar\nIk heb wel gesolliciteerd/,
        /\(handtekening\)$/,
      ],
    ],
    // Awb 9:4 lid 2: signed; a. name and address; b. date; c. the conduct
    [
      'klacht',
      [
        /^Fatima de Vries\nDorpsstraat 1\n1234 AB Ergenshuizen/,
        /Ergenshuizen, 22 november 2026/,
        /Wat er op 2 november 2026 is gebeurd:\nDe stopzetting/,
        /\(handtekening\)$/,
      ],
    ],
    // AVG art. 15: identity, the request, the list of 15(1), a copy (15(3)), the one-month term (12(3))
    [
      'avg-inzage',
      [
        /^Fatima de Vries/,
        /toegang overeenkomstig met artikel 15 AVG/,
        /1\. het doel van de gegevensverwerking;/,
        /6\. het bestaan van geautomatiseerde besluitvorming/,
        /art\. 15, lid 3, AVG, een kopie/,
        /binnen een maand na ontvangst/,
      ],
    ],
  ] as const)('%s letter has every mandatory element', (kind, patterns) => {
    const letter = buildLetter(filled(kind));
    expect(letter.missing).toEqual([]);
    for (const p of patterns) expect(letter.body).toMatch(p);
  });

  it('pro forma keeps grounds already typed instead of dropping them', () => {
    const letter = buildLetter(filled('bezwaar', { proForma: true, grounds: 'Mijn inkomen is verkeerd.' }));
    expect(letter.body).toContain('pro-forma bezwaarschrift');
    expect(letter.body).toContain('Wat ik nu al aanvoer:\nMijn inkomen is verkeerd.');
  });

  it('pro-forma bezwaar needs no grounds yet', () => {
    const letter = buildLetter(filled('bezwaar', { proForma: true, grounds: '' }));
    expect(letter.missing).toEqual([]);
    expect(letter.subject).toContain('pro forma');
    expect(letter.body).toContain('artikel 6:6 Awb');
    expectComplete(letter.body);
  });

  it('marks what is missing in an empty bezwaar, and says so', () => {
    const letter = buildLetter(emptyLetterInput('bezwaar', '2026-11-22'));
    expect(letter.missing.sort()).toEqual(['address', 'decision', 'grounds', 'name', 'organization']);
    expect(letter.body).toContain('[uw naam]');
    expect(letter.body).toContain('[kenmerk of omschrijving van het besluit]');
  });

  it('klacht has the Awb 9:4 contents', () => {
    const letter = buildLetter(
      filled('klacht', { eventDate: '2026-11-10', description: 'Niemand kon uitleggen waarom ik een risicoscore kreeg.', grounds: '' }),
    );
    expect(letter.missing).toEqual([]);
    expectComplete(letter.body);
    expect(letter.body).toContain('Fatima de Vries\nDorpsstraat 1');
    expect(letter.body).toContain('22 november 2026');
    expect(letter.body).toContain('Wat er op 10 november 2026 is gebeurd:\nNiemand kon uitleggen');
    expect(letter.body).toContain('hoofdstuk 9');
    expect(buildLetter(filled('klacht', { description: '' })).missing).toEqual(['description']);
  });

  it('keeps user text as plain text: HTML stays literal, control characters and line breaks in one-line fields go', () => {
    const evil = '<img src=x onerror="alert(1)">\u0007Piet\nSubject: spoofed';
    const letter = buildLetter(filled('klacht', { sender: { name: evil, address: 'Straat 1', email: '' } }));
    expect(letter.body).toContain('<img src=x onerror="alert(1)"> Piet Subject: spoofed');
    expect(letter.body).not.toContain('\u0007');
    expect(letter.body.split('\n')[0]).toBe('<img src=x onerror="alert(1)"> Piet Subject: spoofed');
  });

  it('never throws and always carries the cleaned sender name, for any input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('avg-inzage', 'bezwaar', 'klacht'),
        fc.string(),
        fc.string(),
        fc.string(),
        fc.boolean(),
        (kind, name, text, date, pro) => {
          const letter = buildLetter({
            ...filled(kind),
            sender: { name, address: text, email: text },
            description: text,
            grounds: text,
            eventDate: date,
            proForma: pro,
          });
          const clean = name
            .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
          expect(letter.body).toContain(clean || '[uw naam]');
          expect(letter.subject.length).toBeLessThanOrEqual(200);
        },
      ),
    );
  });
});
