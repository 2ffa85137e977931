import type { Route } from './routes';

/**
 * The citizen's routes (docs DOMAIN.md §3), in plain Dutch (B1) and English.
 * Links go only to the official sites named there. The decision letter's own
 * instructions always come first; the UI says so.
 */
export const ROUTES: readonly Route[] = [
  {
    id: 'bezwaar',
    title: { nl: 'Bezwaar maken tegen een besluit', en: 'Object to a decision (bezwaar)' },
    when: {
      nl: 'Je kreeg een besluit over jou: een uitkering, toeslag, belasting, boete of vergunning. Bezwaar moet eerst, voordat je naar de rechter kunt.',
      en: 'You received a decision about you: a benefit, allowance, tax, fine or permit. You must object first before you can go to court.',
    },
    deadline: { nl: '6 weken, vanaf de dag na de verzenddatum van het besluit.', en: '6 weeks, starting the day after the decision was sent.' },
    where: { nl: 'Bij de organisatie die besliste, vaak met een online formulier. Kijk in het besluit.', en: 'At the organisation that decided, often with an online form. Check the decision letter.' },
    link: 'https://www.rijksoverheid.nl/wetten-en-regelingen/productbeschrijvingen/bezwaar-maken-tegen-beslissing-van-de-overheid',
    letter: 'bezwaar',
  },
  {
    id: 'beroep',
    title: { nl: 'In beroep bij de rechter', en: 'Appeal to the court (beroep)' },
    when: { nl: 'Je bent het niet eens met de beslissing op je bezwaar. Is het dringend? Vraag dan een voorlopige voorziening.', en: 'You disagree with the decision on your objection. Urgent? Ask for interim relief (voorlopige voorziening).' },
    deadline: { nl: '6 weken na de beslissing op je bezwaar.', en: '6 weeks after the decision on your objection.' },
    where: { nl: 'Bij de rechtbank. De beslissing op bezwaar zegt welke.', en: 'At the district court. The decision on the objection says which one.' },
    link: 'https://www.rechtspraak.nl/',
  },
  {
    id: 'klacht',
    title: { nl: 'Een klacht indienen', en: 'File a complaint (klacht)' },
    when: { nl: 'Het gaat om hoe je bent behandeld. Bijvoorbeeld: niemand kon uitleggen hoe een computer tot een uitkomst kwam.', en: 'It is about how you were treated. For example: nobody could explain how a computer reached an outcome.' },
    deadline: { nl: 'De organisatie moet binnen 6 weken reageren (10 weken met een klachtencommissie).', en: 'The organisation must answer within 6 weeks (10 weeks with a complaints committee).' },
    where: { nl: 'Bij de organisatie zelf, vaak met een klachtenformulier.', en: 'At the organisation itself, often with a complaint form.' },
    link: 'https://www.nationaleombudsman.nl/',
    letter: 'klacht',
  },
  {
    id: 'ombudsman',
    title: { nl: 'Naar de Nationale ombudsman', en: 'Go to the National Ombudsman' },
    when: { nl: 'De organisatie heeft je klacht behandeld en je bent niet tevreden. Niet zolang je bezwaar of beroep nog loopt. Sommige gemeenten hebben een eigen ombudsman.', en: 'The organisation handled your complaint and you are not satisfied. Not while an objection or appeal is still running. Some municipalities have their own ombudsman.' },
    deadline: { nl: 'Binnen 1 jaar na de reactie op je klacht.', en: 'Within 1 year after the answer to your complaint.' },
    where: { nl: 'Nationale ombudsman, gratis.', en: 'National Ombudsman, free of charge.' },
    link: 'https://www.nationaleombudsman.nl/',
    phone: '0800-33 55 555',
  },
  {
    id: 'avg-inzage',
    title: { nl: 'Vragen welke gegevens ze over jou gebruiken (AVG, artikel 15)', en: 'Ask which data they use about you (GDPR art. 15)' },
    when: { nl: 'Iedereen mag dit vragen: een kopie van je gegevens, waarvoor ze worden gebruikt en waar ze vandaan komen. Bij een besluit door een computer ook: hoe de logica werkt en wat de gevolgen voor jou zijn.', en: 'Anyone may ask: a copy of your data, what it is used for and where it came from. For a computer-made decision also: how the logic works and what it means for you.' },
    deadline: { nl: 'Antwoord binnen 1 maand (soms 2 maanden langer, dan melden ze dat). Gratis.', en: 'Answer within 1 month (sometimes 2 months longer, with notice). Free.' },
    where: { nl: 'Bij de privacy-afdeling (functionaris gegevensbescherming) van de organisatie.', en: "At the organisation's privacy officer (data protection officer)." },
    link: 'https://autoriteitpersoonsgegevens.nl/zelf-doen/gebruik-uw-privacyrechten/recht-op-inzage',
    letter: 'avg-inzage',
  },
  {
    id: 'avg-22',
    title: { nl: 'Geen besluit alleen door een computer (AVG, artikel 22)', en: 'No decision made by a computer alone (GDPR art. 22)' },
    when: { nl: 'Een besluit met gevolgen voor jou is helemaal automatisch genomen. De overheid mag dat alleen met goede waarborgen, en nooit op basis van profilering (UAVG, artikel 40). Vraag om een beoordeling door een mens.', en: 'A decision with consequences for you was made fully automatically. Government may do so only with proper safeguards, and never by profiling (Dutch GDPR Implementation Act art. 40). Ask for review by a person.' },
    deadline: { nl: 'Noem dit in je bezwaar en in je inzageverzoek.', en: 'Raise it in your objection and your access request.' },
    where: { nl: 'Bij de organisatie. Daarna bij de Autoriteit Persoonsgegevens of de rechter.', en: 'At the organisation. After that at the Dutch Data Protection Authority or the court.' },
    link: 'https://autoriteitpersoonsgegevens.nl/themas/algoritmes-ai',
  },
  {
    id: 'avg-bezwaar',
    title: { nl: 'Bezwaar tegen het gebruik van je gegevens (AVG, artikel 21)', en: 'Object to the use of your data (GDPR art. 21)' },
    when: { nl: 'De organisatie gebruikt je gegevens voor een publieke taak, maar jouw situatie is bijzonder. Leg uit waarom.', en: 'The organisation uses your data for a public task, but your situation is special. Explain why.' },
    deadline: { nl: 'Antwoord binnen 1 maand.', en: 'Answer within 1 month.' },
    where: { nl: 'Bij de privacy-afdeling van de organisatie.', en: "At the organisation's privacy officer." },
    link: 'https://autoriteitpersoonsgegevens.nl/zelf-doen/gebruik-uw-privacyrechten',
  },
  {
    id: 'ap-klacht',
    title: { nl: 'Klacht bij de Autoriteit Persoonsgegevens', en: 'Complaint to the Dutch Data Protection Authority' },
    when: { nl: 'Het gaat om jouw gegevens, en je hebt het eerst bij de organisatie zelf geprobeerd.', en: 'It is about your own data, and you tried the organisation itself first.' },
    deadline: { nl: 'Reken op een lange wachttijd (ongeveer 6 maanden).', en: 'Expect a long wait (about 6 months).' },
    where: { nl: 'Autoriteit Persoonsgegevens (AP).', en: 'Autoriteit Persoonsgegevens (AP).' },
    link: 'https://autoriteitpersoonsgegevens.nl/nl/zelf-doen/gebruik-uw-privacyrechten/klacht-melden-bij-de-ap',
  },
  {
    id: 'ap-algoritmes',
    title: { nl: 'Een signaal over een algoritme geven', en: 'Report a concern about an algorithm' },
    when: { nl: 'Je maakt je zorgen over een algoritme van de overheid. De toezichthouder op algoritmes (Directie Coördinatie Algoritmes van de AP) verzamelt signalen, maar beslist niet over jouw zaak.', en: "You are worried about a government algorithm. The algorithm supervisor (the AP's Algorithm Coordination Directorate) collects signals but does not decide your case." },
    deadline: { nl: 'Geen termijn.', en: 'No deadline.' },
    where: { nl: 'Autoriteit Persoonsgegevens.', en: 'Autoriteit Persoonsgegevens.' },
    link: 'https://autoriteitpersoonsgegevens.nl/themas/algoritmes-ai',
  },
  {
    id: 'mensenrechten',
    title: { nl: 'Discriminatie melden bij het College voor de Rechten van de Mens', en: 'Report discrimination to the Netherlands Institute for Human Rights' },
    when: { nl: 'Je denkt dat je anders bent behandeld door bijvoorbeeld je afkomst, geloof, geslacht, leeftijd of handicap. Het oordeel is niet bindend. Een antidiscriminatiebureau bij jou in de buurt kan ook helpen.', en: 'You think you were treated differently because of, for example, your origin, religion, sex, age or disability. Its opinion is not binding. A local anti-discrimination office can help too.' },
    deadline: { nl: 'Gratis; een oordeel duurt ongeveer 6 maanden.', en: 'Free; an opinion takes about 6 months.' },
    where: { nl: 'College voor de Rechten van de Mens.', en: 'Netherlands Institute for Human Rights (College voor de Rechten van de Mens).' },
    link: 'https://www.mensenrechten.nl/',
    phone: '030-888 38 88',
  },
  {
    id: 'woo',
    title: { nl: 'Documenten over een algoritme opvragen (Woo-verzoek)', en: 'Request documents about an algorithm (Woo request)' },
    when: { nl: 'Je wilt stukken zien over hoe een algoritme werkt of is getest. Wat je krijgt, wordt openbaar voor iedereen: vraag zo geen gegevens over jezelf.', en: 'You want documents on how an algorithm works or was tested. What you receive becomes public for everyone: do not ask for data about yourself this way.' },
    deadline: { nl: 'Besluit binnen 4 weken (plus 2 weken verlenging).', en: 'Decision within 4 weeks (plus a 2-week extension).' },
    where: { nl: 'Bij de organisatie die het algoritme gebruikt.', en: 'At the organisation that uses the algorithm.' },
    link: 'https://www.rijksoverheid.nl/onderwerpen/wet-open-overheid-woo',
  },
  {
    id: 'juridisch-loket',
    title: { nl: 'Gratis juridisch advies bij Het Juridisch Loket', en: 'Free legal advice from Het Juridisch Loket' },
    when: { nl: 'Je weet niet welke weg past, of je wilt hulp bij je brief.', en: 'You are not sure which route fits, or you want help with your letter.' },
    deadline: { nl: 'Let op: de termijn van je bezwaar loopt gewoon door.', en: 'Note: the objection deadline keeps running.' },
    where: { nl: 'Het Juridisch Loket.', en: 'Het Juridisch Loket (legal aid desk).' },
    link: 'https://www.juridischloket.nl/',
  },
];
