import type { Messages } from '@/utils/i18n';

/** Texts of the popup (Dutch B1 first, English second). */
export const popupMessages: Messages<
  | 'loading'
  | 'error'
  | 'tab_algorithms'
  | 'tab_algorithms_n'
  | 'tab_objection'
  | 'tabs_label'
  | 'match_domain'
  | 'match_path'
  | 'match_page'
  | 'match_confirmed'
  | 'data_bundled'
  | 'data_synced'
  | 'data_unknown_date'
  | 'data_about'
  | 'data_source_bundled'
  | 'data_source_synced'
  | 'suggest_title'
  | 'suggest_question'
  | 'basis_meta'
  | 'basis_site'
  | 'basis_title'
  | 'basis_link'
  | 'yes'
  | 'no'
  | 'suggest_thanks_yes'
  | 'suggest_thanks_no'
  | 'not_recognised_title'
  | 'not_recognised_text'
  | 'not_web'
  | 'no_suggestion'
  | 'options_link'
  | 'transit_title'
  | 'transit_text'
  | 'zero_title'
  | 'zero_text'
  | 'zero_incomplete'
  | 'zero_ask'
  | 'zero_ask_link'
  | 'zero_ask_none'
  | 'summary_zero'
  | 'pause_label'
  | 'paused_title'
  | 'paused_text'
> = {
  nl: {
    loading: 'Bezig met laden…',
    error: 'Er ging iets mis: {message}',
    tab_algorithms: 'Algoritmen',
    tab_algorithms_n: 'Algoritmen ({n})',
    tab_objection: 'Bezwaar maken of uitleg vragen',
    tabs_label: 'Onderdelen',
    match_domain: 'Herkend aan het webadres {host}.',
    match_path: 'Herkend aan het webadres en het pad op {host}.',
    match_page: 'Herkend aan de pagina zelf, en door jou bevestigd.',
    match_confirmed: 'Door jou gekozen voor {host}.',
    data_bundled: 'Laatste registerwijziging: {date}',
    data_synced: 'Laatste registerwijziging: {date}',
    data_unknown_date: 'onbekende datum',
    data_source_bundled: 'Dit is de kopie van het register die bij de extensie zit; de eerste update uit het register volgt vanzelf.',
    data_source_synced: 'Deze gegevens zijn bijgewerkt uit het register.',
    data_about:
      'De gegevens komen uit het Algoritmeregister van de overheid. Organisaties vullen dat register zelf in, en het is nog lang niet compleet. Algoritmewijzer haalt het één keer per dag op en stuurt daarbij niets over jou mee. Het register zelf:',
    suggest_title: 'Is dit {org}?',
    suggest_question: 'Deze pagina lijkt van {org}. Dat is een gok op basis van de pagina. Klopt dit?',
    basis_meta: 'Waarom: de pagina zegt in haar verborgen gegevens dat ze van “{text}” is.',
    basis_site: 'Waarom: de pagina noemt zichzelf “{text}”.',
    basis_title: 'Waarom: in de titel van de pagina staat “{text}”.',
    basis_link: 'Waarom: bovenaan of onderaan de pagina staat een link naar {host} met de tekst “{text}”.',
    yes: 'Ja, klopt',
    no: 'Nee',
    suggest_thanks_yes: 'Opgeslagen. Je ziet nu de algoritmen van {org}.',
    suggest_thanks_no: 'Opgeslagen. We stellen dit niet meer voor op deze site.',
    not_recognised_title: 'Deze site is niet herkend',
    not_recognised_text:
      'Algoritmewijzer kent {host} niet als website van een overheidsorganisatie in het Algoritmeregister. Dat zegt niets over of de site echt of nep is.',
    not_web: 'Op deze pagina is niets te herkennen.',
    no_suggestion: 'Ook op de pagina zelf vonden we geen organisatie uit het register.',
    options_link: 'Zelf een organisatie kiezen of meer instellingen',
    transit_title: 'Inlogdienst of gedeelde site',
    transit_text:
      'Deze site beslist niet zelf over jou. Daarom toont Algoritmewijzer hier geen algoritmen. Kijk op de site van de organisatie die over jou beslist, bijvoorbeeld die waar je na het inloggen terechtkomt.',
    zero_title: 'Geen algoritmen geregistreerd',
    zero_text: '{org} heeft geen algoritmen in het Algoritmeregister staan die in gebruik zijn.',
    zero_incomplete:
      'Dat betekent niet dat de organisatie geen algoritmen gebruikt. Het register is nog lang niet compleet: de Algemene Rekenkamer vond in 2024 maar ongeveer 5% van de AI-systemen van de overheid in het register.',
    zero_ask: 'Je kunt de organisatie zelf vragen welke algoritmen zij gebruikt:',
    zero_ask_link: 'website van {org}',
    zero_ask_none: 'Gebruik het contactformulier op de website van de organisatie.',
    summary_zero: 'Geen algoritmen in gebruik of in ontwikkeling.',
    pause_label: 'Pauzeer op deze site',
    paused_title: 'Gepauzeerd',
    paused_text:
      'Algoritmewijzer kijkt niet naar {host}. Zet de schakelaar uit om weer te zien welke algoritmen deze organisatie gebruikt.',
  },
  en: {
    loading: 'Loading…',
    error: 'Something went wrong: {message}',
    tab_algorithms: 'Algorithms',
    tab_algorithms_n: 'Algorithms ({n})',
    tab_objection: 'Object or ask for an explanation',
    tabs_label: 'Sections',
    match_domain: 'Recognised by the web address {host}.',
    match_path: 'Recognised by the web address and path on {host}.',
    match_page: 'Recognised from the page itself, and confirmed by you.',
    match_confirmed: 'Chosen by you for {host}.',
    data_bundled: 'Last change in the register: {date}',
    data_synced: 'Last change in the register: {date}',
    data_unknown_date: 'unknown date',
    data_source_bundled:
      'This is the copy of the register that comes with the extension; the first update from the register follows by itself.',
    data_source_synced: 'This data was updated from the register.',
    data_about:
      'The data comes from the Dutch government’s Algorithm Register. Organisations fill in the register themselves, and it is far from complete. Algoritmewijzer downloads it once a day and sends nothing about you. The register itself:',
    suggest_title: 'Is this {org}?',
    suggest_question: 'This page looks like it belongs to {org}. That is a guess based on the page. Is it right?',
    basis_meta: 'Why: the page’s hidden data says it is from “{text}”.',
    basis_site: 'Why: the page calls itself “{text}”.',
    basis_title: 'Why: the page title says “{text}”.',
    basis_link: 'Why: the top or bottom of the page has a link to {host} with the text “{text}”.',
    yes: 'Yes, correct',
    no: 'No',
    suggest_thanks_yes: 'Saved. You now see the algorithms of {org}.',
    suggest_thanks_no: 'Saved. We will not suggest this again on this site.',
    not_recognised_title: 'This site is not recognised',
    not_recognised_text:
      'Algoritmewijzer does not know {host} as a website of a government organisation in the Algorithm Register. That says nothing about whether the site is genuine or fake.',
    not_web: 'There is nothing to recognise on this page.',
    no_suggestion: 'We found no organisation from the register on the page itself either.',
    options_link: 'Choose an organisation yourself, or more settings',
    transit_title: 'Login service or shared site',
    transit_text:
      'This site does not decide about you itself, so Algoritmewijzer shows no algorithms here. Look at the site of the organisation that decides about you, for example the one you reach after logging in.',
    zero_title: 'No algorithms registered',
    zero_text: '{org} has no algorithms in use in the Algorithm Register.',
    zero_incomplete:
      'That does not mean the organisation uses no algorithms. The register is far from complete: in 2024 the Netherlands Court of Audit found only about 5% of government AI systems in the register.',
    zero_ask: 'You can ask the organisation which algorithms it uses:',
    zero_ask_link: 'website of {org}',
    zero_ask_none: 'Use the contact form on the organisation’s website.',
    summary_zero: 'No algorithms in use or in development.',
    pause_label: 'Pause on this site',
    paused_title: 'Paused',
    paused_text: 'Algoritmewijzer does not look at {host}. Switch the toggle off to see this organisation’s algorithms again.',
  },
};
