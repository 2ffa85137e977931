import type { Route } from './routes';

const AP = 'https://www.autoriteitpersoonsgegevens.nl';

/**
 * The citizen's routes, in plain Dutch (B1) and English. Each names the law
 * it rests on; links go only to the official site of the body concerned. The
 * decision letter's own instructions always come first; the UI says so. Legal
 * statements were checked against the law's text (the sources are listed in
 * the note on issue 16); where that was not possible, the text says so.
 */
export const ROUTES: readonly Route[] = [
  {
    id: 'bezwaar',
    title: { nl: 'Bezwaar maken tegen een besluit', en: 'Object to a decision (bezwaar)' },
    when: {
      nl: 'Je kreeg een besluit van een overheidsorganisatie over jou: een uitkering, toeslag, belastingaanslag, vergunning of bestuurlijke boete. Ook het antwoord van een overheidsorganisatie op je AVG-verzoek is zo’n besluit. Bezwaar moet meestal eerst, voordat je naar de rechter kunt. Een strafbeschikking of verkeersboete (CJIB) gaat anders: zie het overzicht hieronder.',
      en: 'You received a decision about you from a government body: a benefit, allowance, tax assessment, permit or administrative fine. A government body’s answer to your GDPR request is such a decision too. You usually must object first before you can go to court. A penalty order or traffic fine (CJIB) works differently: see the overview below.',
    },
    deadline: {
      nl: '6 weken, vanaf de dag na de datum bovenaan het besluit (bij een belastingaanslag: de dagtekening). Bezwaar houdt het besluit niet tegen: kun je niet wachten, vraag de rechter dan om een voorlopige voorziening.',
      en: '6 weeks, from the day after the date at the top of the decision (for a tax assessment: the date printed on it). An objection does not put the decision on hold: if you cannot wait, ask the court for interim relief (voorlopige voorziening).',
    },
    where: {
      nl: 'Bij de organisatie die besliste, met haar formulier of per brief. Kijk in het besluit.',
      en: 'At the organisation that decided, with its form or by letter. Check the decision letter.',
    },
    link: 'https://www.rijksoverheid.nl/wetten-en-regelingen/productbeschrijvingen/bezwaar-maken-tegen-beslissing-van-de-overheid',
    letter: 'bezwaar',
  },
  {
    id: 'beroep',
    title: { nl: 'In beroep bij de rechter', en: 'Appeal to the court (beroep)' },
    when: {
      nl: 'Je bent het niet eens met de beslissing op je bezwaar. Soms ga je direct in beroep, zonder bezwaar; het besluit zegt dat. Is het dringend? Vraag dan een voorlopige voorziening.',
      en: 'You disagree with the decision on your objection. Some decisions go straight to appeal, without objection; the decision says so. Urgent? Ask for interim relief (voorlopige voorziening).',
    },
    deadline: {
      nl: '6 weken na de beslissing op je bezwaar (of na het besluit, als je direct in beroep gaat).',
      en: '6 weeks after the decision on your objection (or after the decision, if you appeal directly).',
    },
    where: {
      nl: 'Bij de rechtbank. De beslissing op bezwaar zegt welke.',
      en: 'At the district court. The decision on the objection says which one.',
    },
    link: 'https://www.rechtspraak.nl/',
  },
  {
    id: 'verzet-strafbeschikking',
    title: { nl: 'Verzet tegen een strafbeschikking (OM, CJIB)', en: 'Oppose a penalty order (strafbeschikking; OM, CJIB)' },
    when: {
      nl: 'Je kreeg een strafbeschikking van het Openbaar Ministerie. Dat is geen besluit waartegen je bezwaar maakt: je doet verzet. Betaal je de boete, dan kun je geen verzet meer doen.',
      en: 'You received a penalty order from the Public Prosecution Service. You do not object (bezwaar) to it: you file opposition (verzet). If you pay the fine, you can no longer oppose it.',
    },
    deadline: {
      nl: '14 dagen nadat je de strafbeschikking in persoon kreeg of ervan wist. Bij een geldboete tot € 340 voor een overtreding van hoogstens 4 maanden vóór de toezending: tot 6 weken na toezending.',
      en: '14 days after you received the order in person or learned of it. For a fine up to €340 for a minor offence committed no more than 4 months before it was sent: up to 6 weeks after it was sent.',
    },
    where: {
      nl: 'Bij het Openbaar Ministerie, zoals de strafbeschikking zegt.',
      en: 'At the Public Prosecution Service, as the order says.',
    },
    link: 'https://www.om.nl/',
  },
  {
    id: 'verkeersboete',
    title: { nl: 'Een verkeersboete aanvechten (Wet Mulder)', en: 'Contest a traffic fine (Wet Mulder)' },
    when: {
      nl: 'Je kreeg een verkeersboete van het CJIB. Daartegen ga je in beroep bij de officier van justitie, niet in bezwaar.',
      en: 'You received a traffic fine from the CJIB. You appeal to the public prosecutor (officier van justitie), not by bezwaar.',
    },
    deadline: {
      nl: 'De termijn staat op de beschikking; volg die. (Deze termijn is hier niet nagekeken tegen de wettekst.)',
      en: 'The term is on the decision; follow it. (This term was not checked against the law here.)',
    },
    where: { nl: 'Bij de officier van justitie, via het CJIB.', en: 'At the public prosecutor, through the CJIB.' },
    link: 'https://www.cjib.nl/',
  },
  {
    id: 'klacht',
    title: { nl: 'Een klacht indienen', en: 'File a complaint (klacht)' },
    when: {
      nl: 'Het gaat om hoe je bent behandeld. Bijvoorbeeld: niemand kon uitleggen hoe een computer tot een uitkomst kwam. Gaat het om een besluit? Maak dan bezwaar; een klacht stopt de bezwaartermijn niet.',
      en: 'It is about how you were treated. For example: nobody could explain how a computer reached an outcome. Is it about a decision? Then object; a complaint does not stop the objection term.',
    },
    deadline: {
      nl: 'De organisatie moet binnen 6 weken reageren (10 weken met een klachtencommissie). Ze mag dat één keer met ten hoogste 4 weken uitstellen en moet je dat schriftelijk laten weten; langer alleen als jij schriftelijk instemt.',
      en: 'The organisation must answer within 6 weeks (10 weeks with a complaints committee). It may postpone this once by up to 4 weeks and must tell you in writing; longer only if you agree in writing.',
    },
    where: {
      nl: 'Bij de organisatie zelf: met haar klachtenformulier, of met een brief die je ondertekent. Per e-mail alleen als de organisatie zegt dat dat kan. Het e-mailadres voor vragen over algoritmes is daar niet voor.',
      en: 'At the organisation itself: with its complaint form, or with a letter you sign. By e-mail only if the organisation says it accepts that. The e-mail address for questions about algorithms is not meant for this.',
    },
    link: 'https://www.nationaleombudsman.nl/',
    letter: 'klacht',
  },
  {
    id: 'ombudsman',
    title: { nl: 'Naar de Nationale ombudsman', en: 'Go to the National Ombudsman' },
    when: {
      nl: 'De organisatie heeft je klacht behandeld en je bent niet tevreden, of ze reageerde niet op tijd. Niet zolang je bezwaar of beroep nog loopt. Sommige gemeenten hebben een eigen ombudsman.',
      en: 'The organisation handled your complaint and you are not satisfied, or it did not answer in time. Not while an objection or appeal is still running. Some municipalities have their own ombudsman.',
    },
    deadline: {
      nl: 'Binnen 1 jaar na de reactie op je klacht, of na het einde van de termijn waarin de organisatie je klacht had moeten afhandelen.',
      en: 'Within 1 year after the answer to your complaint, or after the end of the term in which the organisation should have handled it.',
    },
    where: { nl: 'Nationale ombudsman, gratis.', en: 'National Ombudsman, free of charge.' },
    link: 'https://www.nationaleombudsman.nl/',
    phone: '0800-33 55 555',
  },
  {
    id: 'avg-inzage',
    title: { nl: 'Vragen welke gegevens ze over jou gebruiken (AVG, artikel 15)', en: 'Ask which data they use about you (GDPR art. 15)' },
    when: {
      nl: 'Iedereen mag dit vragen: een kopie van je gegevens, waarvoor ze worden gebruikt en waar ze vandaan komen. Bij een besluit door een computer ook: hoe de logica werkt en wat de gevolgen voor jou zijn. Weigert een overheidsorganisatie, of antwoordt ze niet volledig? Dat antwoord is een besluit: maak binnen 6 weken bezwaar. Een klacht bij de Autoriteit Persoonsgegevens stopt die termijn niet.',
      en: 'Anyone may ask: a copy of your data, what it is used for and where it came from. For a computer-made decision also: how the logic works and what it means for you. Does a government body refuse, or answer incompletely? That answer is a decision: object within 6 weeks. A complaint to the Data Protection Authority does not stop that term.',
    },
    deadline: {
      nl: 'Antwoord binnen 1 maand. Die termijn mag met 2 maanden worden verlengd; dan moeten ze dat binnen de eerste maand melden, met de reden. Het is kosteloos.',
      en: 'Answer within 1 month. That may be extended by 2 months; they must then tell you within the first month, with the reason. It is free of charge.',
    },
    where: {
      nl: 'Bij de privacy-afdeling (functionaris gegevensbescherming) van de organisatie.',
      en: "At the organisation's privacy officer (data protection officer).",
    },
    link: `${AP}/themas/basis-avg/privacyrechten-avg`,
    letter: 'avg-inzage',
  },
  {
    id: 'avg-22',
    title: { nl: 'Een besluit door een computer (AVG, artikel 22)', en: 'A decision made by a computer (GDPR art. 22)' },
    when: {
      nl: 'Een besluit met gevolgen voor jou is automatisch genomen. Dat geldt ook als een mens tekende, maar het besluit in doorslaggevende mate rust op een score die een computer berekende (Hof van Justitie EU, zaak C-634/21, Schufa). De overheid mag zo’n besluit zonder profilering alleen nemen als dat nodig is voor een wettelijke plicht of taak, met waarborgen. Met profilering is een specifieke wet met waarborgen nodig. Vraag welke waarborgen er zijn en om een beoordeling door een mens.',
      en: 'A decision with consequences for you was made automatically. That also applies if a person signed it but the decision rests decisively on a score a computer calculated (EU Court of Justice, case C-634/21, Schufa). Without profiling, government may take such a decision only where a legal duty or task requires it, with safeguards. With profiling, a specific law with safeguards is needed. Ask which safeguards apply and for a review by a person.',
    },
    deadline: {
      nl: 'Noem dit in je bezwaar (binnen de bezwaartermijn) en in je inzageverzoek.',
      en: 'Raise it in your objection (within the objection term) and in your access request.',
    },
    where: {
      nl: 'Bij de organisatie. Daarna bij de rechter of de Autoriteit Persoonsgegevens.',
      en: 'At the organisation. After that at the court or the Dutch Data Protection Authority.',
    },
    link: `${AP}/themas/basis-avg/privacyrechten-avg/recht-op-een-menselijke-blik-bij-besluiten`,
  },
  {
    id: 'avg-bezwaar',
    title: { nl: 'Bezwaar tegen het gebruik van je gegevens (AVG, artikel 21)', en: 'Object to the use of your data (GDPR art. 21)' },
    when: {
      nl: 'De organisatie gebruikt je gegevens voor een publieke taak, maar jouw situatie is bijzonder. Leg uit waarom.',
      en: 'The organisation uses your data for a public task, but your situation is special. Explain why.',
    },
    deadline: {
      nl: 'Antwoord binnen 1 maand (soms 2 maanden langer, dan melden ze dat).',
      en: 'Answer within 1 month (sometimes 2 months longer, with notice).',
    },
    where: { nl: 'Bij de privacy-afdeling van de organisatie.', en: "At the organisation's privacy officer." },
    link: `${AP}/themas/basis-avg/privacyrechten-avg`,
  },
  {
    id: 'ap-klacht',
    title: { nl: 'Klacht bij de Autoriteit Persoonsgegevens', en: 'Complaint to the Dutch Data Protection Authority' },
    when: {
      nl: 'Het gaat om jouw gegevens, en je hebt het eerst bij de organisatie zelf geprobeerd. Antwoordde een overheidsorganisatie op je AVG-verzoek? Maak dan eerst binnen 6 weken bezwaar: een klacht bij de AP stopt die termijn niet.',
      en: 'It is about your own data, and you tried the organisation itself first. Did a government body answer your GDPR request? Then object within 6 weeks first: a complaint to the AP does not stop that term.',
    },
    deadline: { nl: 'Reken op een lange wachttijd (ongeveer 6 maanden).', en: 'Expect a long wait (about 6 months).' },
    where: { nl: 'Autoriteit Persoonsgegevens (AP).', en: 'Autoriteit Persoonsgegevens (AP).' },
    link: `${AP}/zelf-doen/klacht-indienen-bij-de-ap`,
  },
  {
    id: 'ap-algoritmes',
    title: { nl: 'Een signaal over een algoritme geven', en: 'Report a concern about an algorithm' },
    when: {
      nl: 'Je maakt je zorgen over een algoritme van de overheid. De Autoriteit Persoonsgegevens is de coördinerend toezichthouder op algoritmes (Directie Coördinatie Algoritmes). Ze verzamelt signalen, maar beslist niet over jouw zaak.',
      en: 'You are worried about a government algorithm. The Dutch Data Protection Authority is the coordinating algorithm supervisor (Algorithm Coordination Directorate). It collects signals but does not decide your case.',
    },
    deadline: { nl: 'Geen termijn. Een signaal stopt geen bezwaartermijn.', en: 'No deadline. A signal does not stop an objection term.' },
    where: { nl: 'Autoriteit Persoonsgegevens.', en: 'Autoriteit Persoonsgegevens.' },
    link: `${AP}/themas/algoritmes-ai`,
  },
  {
    id: 'mensenrechten',
    title: {
      nl: 'Discriminatie melden bij het College voor de Rechten van de Mens',
      en: 'Report discrimination to the Netherlands Institute for Human Rights',
    },
    when: {
      nl: 'Je denkt dat je anders bent behandeld door bijvoorbeeld je afkomst, geloof, geslacht, leeftijd of handicap. De wet gelijke behandeling geldt maar voor een deel van wat de overheid doet. Het oordeel is niet bindend, en een procedure bij het College stopt de bezwaartermijn niet: kreeg je een besluit, maak dan eerst bezwaar. Een antidiscriminatiebureau bij jou in de buurt kan ook helpen.',
      en: 'You think you were treated differently because of, for example, your origin, religion, sex, age or disability. Equal-treatment law covers only part of what government does. Its opinion is not binding, and a procedure at the Institute does not stop the objection term: if you received a decision, object first. A local anti-discrimination office can help too.',
    },
    deadline: { nl: 'Gratis; een oordeel duurt ongeveer 6 maanden.', en: 'Free; an opinion takes about 6 months.' },
    where: {
      nl: 'College voor de Rechten van de Mens.',
      en: 'Netherlands Institute for Human Rights (College voor de Rechten van de Mens).',
    },
    link: 'https://www.mensenrechten.nl/',
    phone: '030-888 38 88',
  },
  {
    id: 'woo',
    title: { nl: 'Documenten over een algoritme opvragen (Woo-verzoek)', en: 'Request documents about an algorithm (Woo request)' },
    when: {
      nl: 'Je wilt stukken zien over hoe een algoritme werkt of is getest. Wat je krijgt, wordt openbaar voor iedereen: vraag zo geen gegevens over jezelf.',
      en: 'You want documents on how an algorithm works or was tested. What you receive becomes public for everyone: do not ask for data about yourself this way.',
    },
    deadline: { nl: 'Besluit binnen 4 weken (plus 2 weken verlenging).', en: 'Decision within 4 weeks (plus a 2-week extension).' },
    where: { nl: 'Bij de organisatie die het algoritme gebruikt.', en: 'At the organisation that uses the algorithm.' },
    link: 'https://www.rijksoverheid.nl/onderwerpen/wet-open-overheid-woo',
    letter: 'woo',
  },
  {
    id: 'juridisch-loket',
    title: { nl: 'Gratis juridisch advies bij Het Juridisch Loket', en: 'Free legal advice from Het Juridisch Loket' },
    when: {
      nl: 'Je weet niet welke weg past, of je wilt hulp bij je brief.',
      en: 'You are not sure which route fits, or you want help with your letter.',
    },
    deadline: { nl: 'Let op: de termijn van je bezwaar loopt gewoon door.', en: 'Note: the objection deadline keeps running.' },
    where: { nl: 'Het Juridisch Loket.', en: 'Het Juridisch Loket (legal aid desk).' },
    link: 'https://www.juridischloket.nl/',
  },
];
