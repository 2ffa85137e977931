import type { Letter, LetterInput } from './letters';
import { Parts, dutchDate, letterClose, letterHead, letterOpening } from './letter-parts';
import { cleanText } from './format';

/*
 * A Woo-verzoek (Wet open overheid) about the algorithms an organisation uses.
 * Facts it states, checked against the law's text:
 * - art. 4.1(1): anyone may ask a bestuursorgaan for public information;
 *   4.1(3): the requester need not state an interest; 4.1(4): the request names
 *   the matter or the documents; 4.1(5): a request that is too general: the
 *   organisation asks within two weeks to make it precise and helps with that.
 * - art. 4.4(1): decision as soon as possible, at the latest within four weeks
 *   from the day after receipt; 4.4(2): extendable once by at most two weeks,
 *   with a written, reasoned notice before the first term ends.
 * - art. 8.6(1): making information public under the Woo is free of charge.
 * Nothing else is claimed: no advice, no deadline computed from an unknown day of receipt.
 */

/** What the register says of the organisation, as the letter quotes it. */
export interface RegisterFacts {
  /** Entries in use or in development. */
  count: number;
  /** Of those, classified high-risk AI system or impactful. */
  serious: number;
  /** Of those, with no (known) classification in the data. */
  unknown: number;
  /** The data's date ('YYYY-MM-DD'), or null. */
  dataDate: string | null;
}

function registerSentence(org: string, facts: RegisterFacts): string {
  const one = facts.count === 1;
  const when = facts.dataDate ? `Op ${dutchDate(facts.dataDate)}` : 'Bij het schrijven van deze brief';
  const where = 'in het Algoritmeregister van de overheid (algoritmes.overheid.nl)';
  if (facts.count === 0) return `${when} stond er ${where} geen algoritme van ${org} dat in gebruik of in ontwikkeling is.`;
  const what = one
    ? `één algoritme van ${org} dat in gebruik of in ontwikkeling is`
    : `${facts.count} algoritmen van ${org} die in gebruik of in ontwikkeling zijn`;
  const head = `${when} ${one ? 'stond' : 'stonden'} er ${where} ${what}.`;
  if (facts.unknown > 0) {
    return `${head} Van ${facts.unknown === facts.count ? (one ? 'dat algoritme' : 'al deze algoritmen') : facts.unknown} staat in de gegevens die ik kon inzien niet of ${one ? 'het' : 'ze'} als hoog-risico AI-systeem of als impactvol algoritme ${one ? 'is' : 'zijn'} geclassificeerd.`;
  }
  const serious =
    facts.serious === 0
      ? one
        ? 'Het is niet'
        : 'Geen ervan is'
      : one
        ? 'Het is'
        : `${facts.serious} ervan ${facts.serious === 1 ? 'is' : 'zijn'}`;
  return `${head} ${serious} als hoog-risico AI-systeem of als impactvol algoritme geclassificeerd.`;
}

/** A Woo request for the algorithms an organisation uses in decisions about people. */
export function wooLetter(input: LetterInput, facts: RegisterFacts | null): Letter {
  const p = new Parts(input);
  const org = p.organization();
  const head = letterHead(p, 't.a.v. de behandelaar van Woo-verzoeken');
  const subject = `Woo-verzoek: algoritmen van ${cleanText(input.organization?.name, 120) || 'uw organisatie'}`.slice(0, 200);
  const email = cleanText(input.sender.email, 254);
  const body = [
    ...letterOpening(head, subject),
    `Op grond van artikel 4.1 van de Wet open overheid (Woo) verzoek ik ${org} om openbaarmaking van informatie over de algoritmen die ${org} gebruikt.`,
    '',
    ...(facts ? [registerSentence(org, facts), ''] : []),
    'Mijn verzoek gaat over de volgende informatie:',
    `1. een overzicht van de algoritmen die ${org} gebruikt of ontwikkelt bij besluiten over personen, of bij het indelen, selecteren of benaderen van personen (bijvoorbeeld met een risicoscore, een signaal of een automatische beslissing);`,
    '2. per algoritme: waarvoor het wordt gebruikt, sinds wanneer, en of het in het Algoritmeregister van de overheid is opgenomen;',
    '3. voor een algoritme dat niet in het Algoritmeregister staat: de documenten waarin is vastgelegd waarom het daar niet in is opgenomen;',
    '4. de impacttoetsen die voor deze algoritmen zijn uitgevoerd, zoals een gegevensbeschermingseffectbeoordeling (DPIA) of een Impact Assessment Mensenrechten en Algoritmes (IAMA).',
    '',
    'Ik hoef bij dit verzoek geen belang te stellen (artikel 4.1, lid 3, Woo). Vindt u mijn verzoek te algemeen, dan vraag ik u mij te helpen het te preciseren (artikel 4.1, lid 5, Woo).',
    '',
    'Volgens artikel 4.4 van de Woo beslist u zo spoedig mogelijk op dit verzoek, en uiterlijk binnen vier weken na de dag waarop u het heeft ontvangen. U kunt die beslissing met ten hoogste twee weken verdagen; dat moet u mij dan vóór het einde van de eerste termijn schriftelijk en met redenen laten weten. Openbaarmaking op grond van de Woo is kosteloos (artikel 8.6, lid 1, Woo).',
    '',
    email ? `Ik ontvang de informatie graag digitaal, op ${email}.` : 'Ik ontvang de informatie graag digitaal.',
    '',
    letterClose(p, false),
  ].join('\n');
  return { subject, body, missing: p.missing };
}

/**
 * When the popup offers this letter: the organisation has no entries in use or
 * in development, or none classified high-risk or impactful while every
 * entry's category is known (with unknown categories the letter could not say
 * "none of them").
 */
export function offersWoo(counts: { high_risk: number; impactful: number; other: number; unknown: number }): boolean {
  const total = counts.high_risk + counts.impactful + counts.other + counts.unknown;
  return total === 0 || (counts.high_risk === 0 && counts.impactful === 0 && counts.unknown === 0);
}
