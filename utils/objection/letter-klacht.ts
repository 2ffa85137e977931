import type { Letter, LetterInput } from './letters';
import { Parts, algorithmLines, dutchDate, letterClose, letterHead, letterOpening } from './letter-parts';
import { cleanText } from './format';
import { dayNumber } from './dates';

/** A klaagschrift (Awb 9:4): name and address, date, and a description of the conduct. */
export function klachtLetter(input: LetterInput): Letter {
  const p = new Parts(input);
  const org = p.organization();
  const head = letterHead(p, 't.a.v. de klachtbehandelaar');
  const subject = `Klacht over de behandeling door ${cleanText(input.organization?.name, 120) || 'uw organisatie'}`.slice(0, 200);
  const when = dayNumber(input.eventDate) === null ? '' : ` op ${dutchDate(input.eventDate)}`;
  const wish = cleanText(input.grounds, 3000, true);
  const algorithms = input.algorithms.length
    ? `\nHet gaat (mogelijk) om ${input.algorithms.length === 1 ? 'dit algoritme' : 'deze algoritmen'} uit het Algoritmeregister van de overheid:\n${algorithmLines(input.algorithms)}\n`
    : '';
  const body = [
    ...letterOpening(head, subject),
    `Hierbij dien ik een klacht in over de manier waarop ${org} zich tegenover mij heeft gedragen (hoofdstuk 9 van de Algemene wet bestuursrecht).`,
    '',
    `Wat er${when} is gebeurd:`,
    p.block(input.description, 'description'),
    ...(wish ? ['', 'Wat ik van u vraag:', wish] : []),
    algorithms,
    'Ik vraag u mijn klacht te behandelen volgens hoofdstuk 9 van de Awb: mij de gelegenheid te geven mijn klacht toe te lichten (artikel 9:10 Awb) en mij binnen zes weken schriftelijk te laten weten wat u heeft onderzocht, wat uw oordeel is en welke conclusies u eraan verbindt (artikelen 9:11 en 9:12 Awb).',
    '',
    letterClose(p, true),
  ].join('\n');
  return { subject, body, missing: p.missing };
}
