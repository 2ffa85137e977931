import type { Bilingual } from './routes';

/** The kinds of decision whose road and term differ. */
export type DecisionKind =
  'besluit' | 'bestuurlijke-boete' | 'belastingaanslag' | 'avg-antwoord' | 'direct-beroep' | 'strafbeschikking' | 'verkeersboete';

/** Which road a kind of decision takes, where, and within which term. */
export interface Regime {
  kind: DecisionKind;
  /** What the decision is, in plain words. */
  what: Bilingual;
  /** The legal remedy. */
  remedy: 'bezwaar' | 'beroep' | 'verzet' | 'beroep-ovj';
  /** Term in days when the law fixes it here; null when the user must read it on the decision. */
  termDays: number | null;
  /** When the term starts and how long it is, in plain words. */
  term: Bilingual;
  where: Bilingual;
  /** The provisions this row rests on. */
  law: string;
}

/**
 * Not every decision goes to bezwaar within 6 weeks. Each row was checked
 * against the law's text (Awb 6:7, 6:8, 7:1; AWR 22j; Sv 257e) or says where
 * the user has to read the term on the decision itself.
 */
export const REGIMES: readonly Regime[] = [
  {
    kind: 'besluit',
    what: {
      nl: 'Een besluit van een overheidsorganisatie: uitkering, toeslag, vergunning, subsidie',
      en: 'A decision by a government body: benefit, allowance, permit, grant',
    },
    remedy: 'bezwaar',
    termDays: 42,
    term: {
      nl: '6 weken, vanaf de dag na de datum bovenaan het besluit',
      en: '6 weeks, from the day after the date at the top of the decision',
    },
    where: { nl: 'Bezwaar bij de organisatie die besliste', en: 'Objection (bezwaar) at the organisation that decided' },
    law: 'Awb 6:4, 6:7, 6:8',
  },
  {
    kind: 'bestuurlijke-boete',
    what: {
      nl: 'Een bestuurlijke boete van een overheidsorganisatie (bijvoorbeeld van de gemeente, UWV of de Belastingdienst)',
      en: 'An administrative fine (bestuurlijke boete) by a government body (for example the municipality, UWV or the tax office)',
    },
    remedy: 'bezwaar',
    termDays: 42,
    term: {
      nl: '6 weken, vanaf de dag na de datum bovenaan het besluit',
      en: '6 weeks, from the day after the date at the top of the decision',
    },
    where: { nl: 'Bezwaar bij de organisatie die de boete gaf', en: 'Objection at the organisation that imposed the fine' },
    law: 'Awb titel 5.4; 6:7, 6:8',
  },
  {
    kind: 'belastingaanslag',
    what: {
      nl: 'Een belastingaanslag of een andere beschikking van de Belastingdienst',
      en: 'A tax assessment or another decision of the tax office',
    },
    remedy: 'bezwaar',
    termDays: 42,
    term: {
      nl: '6 weken, vanaf de dag na de dagtekening op het aanslagbiljet (ook als de brief later kwam, tenzij de dagtekening vóór de verzending ligt)',
      en: '6 weeks, from the day after the date printed on the assessment (also if the letter came later, unless that date is before it was sent)',
    },
    where: {
      nl: 'Bezwaar bij de Belastingdienst (of de gemeente bij gemeentebelastingen)',
      en: 'Objection at the tax office (or the municipality for local taxes)',
    },
    law: 'AWR 22j; Awb 6:7',
  },
  {
    kind: 'avg-antwoord',
    what: {
      nl: 'Het antwoord van een overheidsorganisatie op je AVG-verzoek (bijvoorbeeld inzage): een weigering of een onvolledig antwoord',
      en: "A government body's answer to your GDPR request (for example access): a refusal or an incomplete answer",
    },
    remedy: 'bezwaar',
    termDays: 42,
    term: {
      nl: '6 weken. Een klacht bij de Autoriteit Persoonsgegevens stopt deze termijn niet',
      en: '6 weeks. A complaint to the Data Protection Authority does not stop this term',
    },
    where: { nl: 'Bezwaar bij de organisatie die antwoordde', en: 'Objection at the organisation that answered' },
    law: 'UAVG 34; Awb 6:7',
  },
  {
    kind: 'direct-beroep',
    what: {
      nl: 'Een besluit waarbij staat dat je direct in beroep gaat (bijvoorbeeld na een openbare voorbereiding met zienswijzen)',
      en: 'A decision that says you appeal directly (for example after a public preparation procedure with views)',
    },
    remedy: 'beroep',
    termDays: 42,
    term: { nl: '6 weken; het besluit zegt vanaf wanneer', en: '6 weeks; the decision says from when' },
    where: {
      nl: 'Beroep bij de rechtbank (of de rechter die het besluit noemt), geen bezwaar',
      en: 'Appeal to the court named in the decision, no objection',
    },
    law: 'Awb 7:1, 6:7, 6:8',
  },
  {
    kind: 'strafbeschikking',
    what: {
      nl: 'Een strafbeschikking van het Openbaar Ministerie (OM), geïnd door het CJIB',
      en: 'A penalty order (strafbeschikking) by the Public Prosecution Service (OM), collected by the CJIB',
    },
    remedy: 'verzet',
    termDays: 14,
    term: {
      nl: '14 dagen nadat je hem in persoon kreeg of ervan wist. Geldboete tot € 340 voor een overtreding van hoogstens 4 maanden vóór toezending: tot 6 weken na toezending. Betaal je, dan vervalt je recht op verzet',
      en: '14 days after you received it in person or learned of it. Fine up to €340 for a minor offence committed at most 4 months before it was sent: up to 6 weeks after it was sent. Paying it gives up your right to object',
    },
    where: {
      nl: 'Verzet bij het Openbaar Ministerie, zoals de strafbeschikking zegt. Geen bezwaar',
      en: 'Verzet (opposition) at the Public Prosecution Service, as the order says. Not bezwaar',
    },
    law: 'Sv 257e',
  },
  {
    kind: 'verkeersboete',
    what: { nl: 'Een verkeersboete (Wet Mulder, beschikking van het CJIB)', en: 'A traffic fine (Wet Mulder, CJIB decision)' },
    remedy: 'beroep-ovj',
    termDays: null,
    term: {
      nl: 'De termijn staat op de beschikking; volg die (hier niet nagekeken tegen de wettekst)',
      en: 'The term is on the decision; follow it (not checked against the law here)',
    },
    where: {
      nl: 'Beroep bij de officier van justitie, via het CJIB. Geen bezwaar',
      en: 'Appeal to the public prosecutor (officier van justitie), through the CJIB. Not bezwaar',
    },
    law: 'Wahv art. 6',
  },
];
