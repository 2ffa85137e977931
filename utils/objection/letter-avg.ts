import type { Letter, LetterInput } from './letters';
import { Parts, algorithmLines, letterClose, letterHead, letterOpening } from './letter-parts';
import { cleanText } from './format';

/*
 * The general part of this letter follows the Dutch access-request template
 * "access-default" of datenanfragen.de (github.com/datenanfragen/data,
 * templates/nl/access-default.txt), released under CC0-1.0. Thanks to
 * Datenanfragen.de e. V. The parts about algorithms, art. 22 AVG,
 * art. 34 and 40 UAVG and the Schufa judgment are ours.
 */

/** The art. 15(1) AVG list, verbatim from the CC0 template. */
export const ARTICLE_15_ITEMS = [
  'het doel van de gegevensverwerking;',
  'de categorieën van de betrokken persoonlijke gegevens;',
  'de ontvangers of categorieën van ontvangers aan wie de persoonlijke gegevens zijn of zullen worden verstrekt;',
  'waar mogelijk, de beoogde periode waarvoor de persoonlijke gegevens worden opgeslagen, of, indien niet mogelijk, de criteria die worden gebruikt om die periode te bepalen;',
  'in de gevallen waar de persoonsgegevens niet bij de betrokkene worden verzameld, alle beschikbare informatie over hun bron;',
  'het bestaan van geautomatiseerde besluitvorming, inclusief profilering, zoals vermeld in artikel 22, leden 1 en 4, AVG en, tenminste in die gevallen, zinvolle informatie over de betrokken logica, evenals het belang en de beoogde gevolgen van dergelijke verwerking voor mij.',
];

function algorithmPart(input: LetterInput, org: string): string {
  if (input.algorithms.length === 0) {
    return `Ik vraag dit in het bijzonder voor de algoritmen die ${org} gebruikt en die over mij gaan of gingen, ook als die niet in het Algoritmeregister van de overheid staan.`;
  }
  const one = input.algorithms.length === 1;
  return [
    `Mijn verzoek gaat in het bijzonder over ${one ? 'het volgende algoritme, dat' : 'de volgende algoritmen, die'} u in het Algoritmeregister van de overheid (algoritmes.overheid.nl) heeft gepubliceerd:`,
    algorithmLines(input.algorithms),
    '',
    `Wilt u voor ${one ? 'dit algoritme' : 'elk van deze algoritmen'} laten weten:`,
    'a. of het gegevens over mij heeft gebruikt of gebruikt, en zo ja welke gegevens, uit welke bronnen en voor welk doel;',
    'b. of het een rol had bij een besluit over mij, of bij de manier waarop u mij heeft ingedeeld, geselecteerd of benaderd (bijvoorbeeld met een risicoscore of een signaal), en zo ja welke rol en met welke uitkomst;',
    'c. zinvolle informatie over de onderliggende logica, en over het belang en de verwachte gevolgen van deze verwerking voor mij (artikel 15, lid 1, onder h, AVG);',
    'd. of er sprake is van een besluit dat berust op geautomatiseerde verwerking, zoals bedoeld in artikel 22 AVG. Daaronder versta ik ook een besluit dat in doorslaggevende mate rust op een automatisch berekende score of een signaal, ook als een medewerker het besluit heeft ondertekend (Hof van Justitie EU 7 december 2023, C-634/21, Schufa). Zo ja: op welke uitzondering van artikel 22, lid 2, AVG u zich baseert, of daarbij profilering is gebruikt, en welke passende maatregelen u heeft genomen (artikel 22, lid 3, AVG en artikel 40, lid 2, UAVG), zoals het recht op menselijke tussenkomst en het recht om mijn standpunt kenbaar te maken.',
  ].join('\n');
}

/** An AVG art. 15 access request naming the organisation and the chosen algorithms. */
export function avgInzageLetter(input: LetterInput): Letter {
  const p = new Parts(input);
  const org = p.organization();
  const head = letterHead(p, 't.a.v. de functionaris gegevensbescherming');
  const names = input.algorithms.map((a) => cleanText(a.name, 80));
  const subject = `Verzoek om inzage (artikel 15 AVG)${names.length ? ` – ${names.join(', ')}` : ''}`.slice(0, 200);
  const body = [
    ...letterOpening(head, subject),
    'Ik verzoek hierbij om toegang overeenkomstig met artikel 15 AVG. Bevestig alstublieft of u al dan niet persoonlijke gegevens (zoals gedefinieerd in artikel 4, leden 1 en 2, AVG) over mij verwerkt.',
    '',
    'In het geval dat u dat doet, vraag ik hierbij, in overeenstemming met art. 15, lid 3, AVG, een kopie van alle persoonlijke data over mij die u verwerkt, inclusief eventuele gepseudonimiseerde gegevens over mij op grond van artikel 4, lid 5, AVG. Ik verzoek verder toegang tot de volgende informatie op grond van artikel 15, lid 1, AVG:',
    ARTICLE_15_ITEMS.map((item, i) => `${i + 1}. ${item}`).join('\n'),
    '',
    algorithmPart(input, org),
    '',
    `Mijn verzoek omvat alle onderdelen van ${org} waarvoor u de verwerkingsverantwoordelijke bent zoals gedefinieerd in artikel 4, lid 7, AVG.`,
    '',
    'Zoals bepaald in artikel 12, lid 3, AVG, moet u mij de gevraagde informatie verstrekken zonder onnodige vertraging en in elk geval binnen een maand na ontvangst van het verzoek. Verlengt u die termijn (met ten hoogste twee maanden), dan laat u mij dat binnen een maand weten, met de redenen. Volgens artikel 12, lid 5, AVG beantwoordt u dit verzoek kosteloos.',
    '',
    'Bent u een bestuursorgaan, dan is uw beslissing op dit verzoek een besluit in de zin van de Algemene wet bestuursrecht (artikel 34 UAVG). Ik verzoek u in uw beslissing te vermelden hoe en binnen welke termijn ik daartegen bezwaar kan maken.',
    '',
    'Heeft u meer informatie nodig om vast te stellen wie ik ben? Laat mij dan weten welke informatie en hoe ik die veilig aan u kan geven.',
    '',
    'Als u mijn verzoek niet, niet tijdig of niet volledig beantwoordt, behoud ik het recht om bezwaar te maken, juridische stappen te ondernemen en een klacht tegen u in te dienen bij de Autoriteit Persoonsgegevens.',
    '',
    'Bij voorbaat dank.',
    '',
    letterClose(p, false),
  ].join('\n');
  return { subject, body, missing: p.missing };
}
