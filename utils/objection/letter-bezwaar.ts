import type { Letter, LetterInput } from './letters';
import { HINTS, Parts, algorithmLines, dutchDate, letterClose, letterHead, letterOpening } from './letter-parts';
import { cleanText } from './format';
import { dayNumber } from './dates';

/** How the letter names the decision: date, reference and subject (Awb 6:5 lid 1 onder c). */
function decisionPhrase(p: Parts): { short: string; sentence: string } {
  const { reference, eventDate, description } = p.input;
  const ref = cleanText(reference, 120);
  const about = cleanText(description, 1000, true);
  if (!ref && !about) p.missing.push('decision');
  const date = dayNumber(eventDate) === null ? '' : ` van ${dutchDate(eventDate)}`;
  const short = `uw besluit${date}${ref ? ` met kenmerk ${ref}` : ''}`;
  const what = about ? ` Het besluit gaat over: ${about}${/[.!?]$/.test(about) ? '' : '.'}` : ref ? '' : ` Het besluit: ${HINTS.decision}.`;
  return { short, sentence: `Hierbij maak ik bezwaar tegen ${short}.${what}` };
}

function algorithmRequests(p: Parts): string {
  const list = p.input.algorithms;
  const intro = list.length
    ? `Volgens het Algoritmeregister van de overheid gebruikt ${p.organization()} algoritmen. Ik wil weten of een of meer daarvan zijn gebruikt bij dit besluit, met name:\n${algorithmLines(list)}\n`
    : '';
  return [
    intro,
    'Ik verzoek u:',
    '1. mij alle op de zaak betrekking hebbende stukken te sturen of ter inzage te geven voordat ik word gehoord (artikel 7:4 Awb), inclusief de uitkomsten van algoritmen, risicoscores of signalen die bij het besluit zijn gebruikt;',
    '2. mij te laten weten of bij het besluit een algoritme is gebruikt, en zo ja welk algoritme, welke rol het had en welke gegevens over mij daarbij zijn gebruikt;',
    '3. mijn zaak volledig opnieuw te laten beoordelen door een medewerker, en niet alleen af te gaan op de uitkomst van een algoritme. Berust het besluit op geautomatiseerde verwerking, ook als het in doorslaggevende mate rust op een automatisch berekende score (Hof van Justitie EU 7 december 2023, C-634/21, Schufa), dan beroep ik mij op artikel 22 AVG. Ik vraag u dan te laten weten op welke uitzondering van artikel 22, lid 2, AVG u zich baseert en welke passende maatregelen u heeft genomen (artikel 22, lid 3, AVG en artikel 40, lid 2, UAVG);',
    '4. mij uit te nodigen om mijn bezwaar toe te lichten op een hoorzitting (artikel 7:2 Awb).',
  ].join('\n');
}

/** A bezwaarschrift (Awb 6:4, 6:5) about an algorithm-assisted decision; optionally pro forma. */
export function bezwaarLetter(input: LetterInput): Letter {
  const p = new Parts(input);
  const head = letterHead(p, 't.a.v. de afdeling bezwaarschriften');
  const decision = decisionPhrase(p);
  const subject = `Bezwaarschrift${input.proForma ? ' (pro forma)' : ''} tegen ${decision.short}`.slice(0, 200);
  const soFar = cleanText(input.grounds, 5000, true);
  // Pro forma keeps any grounds already typed: they are part of the objection.
  const grounds = input.proForma
    ? [
        'Dit is een pro-forma bezwaarschrift: ik maak binnen de termijn bezwaar, zodat ik mijn rechten behoud. De (verdere) gronden van mijn bezwaar stuur ik later. Ik vraag u mij daarvoor een redelijke termijn te geven (artikel 6:6 Awb).',
        ...(soFar ? ['', 'Wat ik nu al aanvoer:', soFar] : []),
      ].join('\n')
    : p.block(input.grounds, 'grounds');
  const body = [
    ...letterOpening(head, subject),
    decision.sentence,
    '',
    'Gronden van mijn bezwaar',
    grounds,
    '',
    algorithmRequests(p),
    '',
    'Als bijlage stuur ik, zo mogelijk, een kopie van het besluit mee.',
    '',
    letterClose(p, true),
  ].join('\n');
  return { subject, body, missing: p.missing };
}
