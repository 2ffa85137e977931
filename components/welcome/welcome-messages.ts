import type { Messages } from '@/utils/i18n';

/** Dutch (B1) texts of the first-run page. Lists use '|' between items. */
const nl = {
  page_title: 'Welkom bij Algoritmewijzer',
  language: 'Taal',
  intro:
    'Algoritmewijzer laat zien welke algoritmes een overheidsorganisatie gebruikt. Je ziet het op de website van die organisatie, bijvoorbeeld van je gemeente, UWV of de Belastingdienst.',
  does_title: 'Wat doet Algoritmewijzer?',
  does: 'Op de website van een overheidsorganisatie zie je een getal op het icoon: zoveel algoritmes heeft die organisatie in het Algoritmeregister gezet.|Klik op het icoon. Je ziet dan welke algoritmes het zijn, waarvoor ze worden gebruikt en hoe de organisatie ze indeelt (bijvoorbeeld ‘hoog risico’ of ‘impactvol’).|Je leest hoe je uitleg vraagt of bezwaar maakt, en je kunt een brief maken.',
  pin_title: 'Zet het icoon in je werkbalk',
  pin: 'Het getal zie je alleen als het icoon van Algoritmewijzer in je werkbalk staat.|Chrome en Edge: klik rechts naast de adresbalk op het puzzelstukje (Extensies) en dan op de punaise naast Algoritmewijzer.|Firefox: het icoon staat al in je werkbalk. Weggehaald? Klik op het puzzelstukje, dan op het tandwiel naast Algoritmewijzer en kies ‘Vastmaken aan werkbalk’.',
  never_title: 'Wat doet Algoritmewijzer nooit?',
  never:
    'Niets over jouw surfgedrag verlaat je browser. Welke websites je bezoekt, blijft op je apparaat.|Geen advertenties, geen tracking, geen account, geen statistieken.|Brieven die je maakt, worden niet verstuurd en niet bewaard. Alleen als je dat zelf aanvinkt, onthoudt Algoritmewijzer je naam en adres op dit apparaat.',
  traffic:
    'Het enige internetverkeer: één keer per dag haalt Algoritmewijzer het openbare Algoritmeregister op bij algoritmes.overheid.nl. Daarbij wordt niets over jou meegestuurd.',
  permissions_title: 'Welke toestemmingen vraagt Algoritmewijzer, en waarom?',
  perm_storage: 'Opslag: om het register en je instellingen op je apparaat te bewaren.',
  perm_unlimited_storage: 'Onbeperkte opslag: het hele register is groter dan de standaard-opslag toestaat.',
  perm_alarms: 'Wekkers: om het register één keer per dag bij te werken.',
  perm_tabs:
    'Tabbladen: om het adres te lezen van het tabblad dat je open hebt. Zo weet Algoritmewijzer welk getal het op het icoon zet. Dat adres blijft op je apparaat.',
  perm_active_tab:
    'Actief tabblad: alleen als jij op het icoon klikt op een onbekende website, leest Algoritmewijzer de titel van die pagina om de organisatie te herkennen.',
  perm_scripting: 'Scripts: nodig om, alleen na jouw klik op het icoon, de titel van de pagina te lezen.',
  perm_host:
    'Toegang tot algoritmes.overheid.nl: om het openbare register te downloaden. Algoritmewijzer vraagt geen toegang tot andere websites.',
  perm_unknown: 'Toestemming “{name}”.',
  incomplete_title: 'Het register is nog lang niet compleet',
  incomplete:
    'Organisaties vullen het register zelf. Veel algoritmes staan er (nog) niet in: de Algemene Rekenkamer vond in 2024 maar ongeveer 5% van de AI-systemen van de overheid terug in het register. En hoe een organisatie een algoritme indeelt, is niet altijd juist.',
  no_entries: 'Zie je “geen registraties”? Dat betekent niet dat de organisatie geen algoritmes gebruikt. Je mag er altijd naar vragen.',
  object_title: 'Bezwaar maken of uitleg vragen',
  object:
    'Klik op het icoon en kies “Bezwaar maken of uitleg vragen”. Je ziet welke wegen er zijn, zoals bezwaar tegen een besluit (binnen 6 weken), je gegevens opvragen (AVG), een klacht, de Nationale ombudsman en het College voor de Rechten van de Mens. Algoritmewijzer helpt je een brief te maken.',
  help: 'Twijfel je? Het Juridisch Loket geeft gratis advies:',
  source: 'Algoritmewijzer is open source en gebruikt alleen openbare gegevens.',
};

/** Keys of the first-run page texts. */
export type WelcomeKey = keyof typeof nl;

/** Texts of the first-run page, both languages. */
export const welcomeMessages: Messages<WelcomeKey> = {
  nl,
  en: {
    page_title: 'Welcome to Algoritmewijzer',
    language: 'Language',
    intro:
      'Algoritmewijzer shows which algorithms a Dutch government organisation uses. You see it on that organisation’s own website, for example your municipality, UWV or the Tax Administration.',
    does_title: 'What does Algoritmewijzer do?',
    does: 'On the website of a government organisation, the icon shows a number: how many algorithms that organisation has put in the national algorithm register.|Click the icon to see which algorithms they are, what they are used for, and how the organisation classifies them (for example “high risk” or “impactful”).|You read how to ask for an explanation or object, and you can write a letter.',
    pin_title: 'Put the icon in your toolbar',
    pin: 'You only see the number when the Algoritmewijzer icon is in your toolbar.|Chrome and Edge: click the puzzle piece (Extensions) to the right of the address bar, then the pin next to Algoritmewijzer.|Firefox: the icon is already in your toolbar. Removed it? Click the puzzle piece, then the gear next to Algoritmewijzer, and choose ‘Pin to Toolbar’.',
    never_title: 'What does Algoritmewijzer never do?',
    never:
      'Nothing about your browsing leaves your browser. Which websites you visit stays on your device.|No ads, no tracking, no account, no statistics.|Letters you write are not sent and not stored. Only if you tick the box does Algoritmewijzer remember your name and address on this device.',
    traffic:
      'The only internet traffic: once a day Algoritmewijzer downloads the public algorithm register from algoritmes.overheid.nl. Nothing about you is sent along.',
    permissions_title: 'Which permissions does Algoritmewijzer ask for, and why?',
    perm_storage: 'Storage: to keep the register and your settings on your device.',
    perm_unlimited_storage: 'Unlimited storage: the whole register is larger than the default storage allows.',
    perm_alarms: 'Alarms: to update the register once a day.',
    perm_tabs:
      'Tabs: to read the address of the tab you have open, so Algoritmewijzer knows which number to show on the icon. That address stays on your device.',
    perm_active_tab:
      'Active tab: only when you click the icon on an unknown website does Algoritmewijzer read that page’s title to recognise the organisation.',
    perm_scripting: 'Scripting: needed to read the page title, only after you click the icon.',
    perm_host: 'Access to algoritmes.overheid.nl: to download the public register. Algoritmewijzer asks no access to other websites.',
    perm_unknown: 'Permission “{name}”.',
    incomplete_title: 'The register is far from complete',
    incomplete:
      'Organisations fill in the register themselves. Many algorithms are not in it (yet): in 2024 the Netherlands Court of Audit found only about 5% of government AI systems in the register. And how an organisation classifies an algorithm is not always right.',
    no_entries: 'Do you see “no registrations”? That does not mean the organisation uses no algorithms. You may always ask.',
    object_title: 'Object or ask for an explanation',
    object:
      'Click the icon and choose “Object or ask for an explanation”. You see the routes, such as objecting to a decision (within 6 weeks), requesting your data (GDPR), a complaint, the National Ombudsman and the Netherlands Institute for Human Rights. Algoritmewijzer helps you write a letter.',
    help: 'Not sure? Het Juridisch Loket gives free legal advice:',
    source: 'Algoritmewijzer is open source and uses only public data.',
  },
};
