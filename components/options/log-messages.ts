import type { Messages } from '@/utils/i18n';

/** Texts of the research log section, including the explanation shown before it can be switched on. */
export const logMessages: Messages<
  | 'heading'
  | 'what_heading'
  | 'what_intro'
  | 'what_1'
  | 'what_2'
  | 'what_3'
  | 'what_4'
  | 'what_5'
  | 'not_heading'
  | 'not_1'
  | 'not_2'
  | 'not_3'
  | 'not_4'
  | 'cap'
  | 'enable'
  | 'enable_hint'
  | 'paths'
  | 'paths_hint'
  | 'on'
  | 'off'
  | 'rows_heading'
  | 'rows_none'
  | 'rows_count'
  | 'caption'
  | 'c_host'
  | 'c_path'
  | 'c_org'
  | 'c_match'
  | 'c_algorithms'
  | 'c_first'
  | 'c_last'
  | 'c_visits'
  | 'c_date'
  | 'export_csv'
  | 'export_json'
  | 'import_label'
  | 'import_done'
  | 'import_failed'
  | 'exported'
  | 'import_too_large'
  | 'import_preview'
  | 'import_drops'
  | 'import_drops_list'
  | 'import_no_drops'
  | 'import_yes'
  | 'import_changed'
  | 'import_cancelled'
  | 'clear'
  | 'clear_confirm'
  | 'clear_yes'
  | 'cancel'
  | 'cleared'
  | 'more_rows'
> = {
  nl: {
    heading: 'Onderzoekslog',
    what_heading: 'Wat het onderzoekslog bewaart',
    what_intro:
      'Het onderzoekslog is voor onderzoekers, journalisten en belangengroepen. Het staat standaard uit. Als je het aanzet, bewaart de extensie alleen op deze computer, per overheidssite die je bezoekt:',
    what_1: 'de naam van de site (bijvoorbeeld www.belastingdienst.nl), en het pad alleen als je dat hieronder apart aanzet;',
    what_2:
      'welke organisatie de extensie bij de site vond, met de code van die organisatie, en hoe (via de domeinnaam, het pad, de pagina of als inlogdienst);',
    what_3: 'de algoritmen die die organisatie op dat moment in het register had: nummer, naam, publicatiecategorie en status;',
    what_4: 'wanneer je de site voor het eerst en voor het laatst bezocht, en hoe vaak;',
    what_5: 'de datum van de registergegevens die de extensie toen gebruikte.',
    not_heading: 'Wat het nooit bewaart',
    not_1: 'Sites die niet van de overheid zijn. Die worden nooit bewaard.',
    not_2: 'Zoekvragen en alles na een ? of # in het adres, ook niet als je paden bewaart.',
    not_3: 'Wat je op een pagina invult of leest.',
    not_4: 'Sites die je in de instellingen hebt uitgezet. En niets wordt ooit verstuurd: alleen jij kunt het log exporteren.',
    cap: 'Het log bewaart hoogstens {cap} sites. Daarboven verdwijnen de sites die je het langst geleden bezocht.',
    enable: 'Onderzoekslog aan',
    enable_hint: 'Vanaf nu worden bezoeken aan overheidssites bewaard zoals hierboven staat.',
    paths: 'Ook paden bewaren (bijvoorbeeld /toeslagen/huurtoeslag)',
    paths_hint: 'Let op: een pad kan iets over jou zeggen, zoals een dossiernummer. Zet dit alleen aan als je onderzoek dat nodig heeft.',
    on: 'Het onderzoekslog staat aan.',
    off: 'Het onderzoekslog staat uit. Wat al bewaard is, blijft staan tot je het wist.',
    rows_heading: 'Bewaarde sites',
    rows_none: 'Er is nog niets bewaard.',
    rows_count: '{n} sites bewaard.',
    caption: 'Bewaarde sites, laatst bezocht eerst',
    c_host: 'Site',
    c_path: 'Pad',
    c_org: 'Organisatie',
    c_match: 'Herkend via',
    c_algorithms: 'Algoritmen',
    c_first: 'Eerst gezien',
    c_last: 'Laatst gezien',
    c_visits: 'Bezoeken',
    c_date: 'Datum gegevens',
    export_csv: 'Exporteren als CSV (spreadsheet)',
    export_json: 'Exporteren als JSON',
    import_label: 'JSON-export importeren',
    import_done: '{n} sites gelezen; het log heeft er nu {total}.',
    import_failed: 'Dit bestand kon niet worden gelezen: {errors}',
    import_too_large: 'Dit bestand is groter dan {max}; het is niet gelezen. Een export van het log is kleiner.',
    import_preview: 'Dit bestand heeft {n} sites: {added} nieuw, {updated} al in je log (die worden samengevoegd).',
    import_drops:
      'Let op: het log houdt hoogstens {cap} sites. Na het importeren vallen de {k} oudste weg: {stored} uit je eigen log en {imported} uit het bestand.',
    import_drops_list: 'Welke sites wegvallen',
    import_no_drops: 'Er valt niets weg: het log heeft daarna {total} sites.',
    import_yes: 'Importeren',
    import_changed:
      'Je log is intussen veranderd; er zou meer wegvallen dan hierboven stond. Er is niets geïmporteerd. Bekijk het nieuwe overzicht.',
    import_cancelled: 'Niet geïmporteerd.',
    exported: 'Bestand {name} gemaakt.',
    clear: 'Alles wissen',
    clear_confirm: 'Weet je zeker dat je het hele onderzoekslog wilt wissen? Dit kan niet ongedaan worden gemaakt.',
    clear_yes: 'Ja, alles wissen',
    cancel: 'Annuleren',
    cleared: 'Het onderzoekslog is gewist.',
    more_rows: 'De tabel toont de eerste {shown} van {n} sites. De export bevat alles.',
  },
  en: {
    heading: 'Research log',
    what_heading: 'What the research log keeps',
    what_intro:
      'The research log is for researchers, journalists and advocacy groups. It is off by default. When you switch it on, the extension keeps, only on this computer, for each government site you visit:',
    what_1: 'the site name (for example www.belastingdienst.nl), and the path only if you switch that on separately below;',
    what_2:
      'which organisation the extension found for the site, with its code, and how (by domain name, path, page or as a login service);',
    what_3: 'the algorithms that organisation had in the register at that moment: number, name, publication category and status;',
    what_4: 'when you first and last visited the site, and how often;',
    what_5: 'the date of the register data the extension used then.',
    not_heading: 'What it never keeps',
    not_1: 'Sites that are not government sites. Those are never kept.',
    not_2: 'Searches and anything after a ? or # in the address, not even when you keep paths.',
    not_3: 'What you fill in or read on a page.',
    not_4: 'Sites you switched off in the settings. And nothing is ever sent: only you can export the log.',
    cap: 'The log keeps at most {cap} sites. Beyond that, the sites you visited longest ago are dropped.',
    enable: 'Research log on',
    enable_hint: 'From now on, visits to government sites are kept as described above.',
    paths: 'Also keep paths (for example /toeslagen/huurtoeslag)',
    paths_hint: 'Careful: a path can say something about you, such as a case number. Only switch this on if your research needs it.',
    on: 'The research log is on.',
    off: 'The research log is off. What was kept stays until you clear it.',
    rows_heading: 'Kept sites',
    rows_none: 'Nothing has been kept yet.',
    rows_count: '{n} sites kept.',
    caption: 'Kept sites, most recent first',
    c_host: 'Site',
    c_path: 'Path',
    c_org: 'Organisation',
    c_match: 'Recognised by',
    c_algorithms: 'Algorithms',
    c_first: 'First seen',
    c_last: 'Last seen',
    c_visits: 'Visits',
    c_date: 'Data date',
    export_csv: 'Export as CSV (spreadsheet)',
    export_json: 'Export as JSON',
    import_label: 'Import a JSON export',
    import_done: 'Read {n} sites; the log now has {total}.',
    import_failed: 'This file could not be read: {errors}',
    import_too_large: 'This file is larger than {max}; it was not read. An export of the log is smaller.',
    import_preview: 'This file has {n} sites: {added} new, {updated} already in your log (they will be merged).',
    import_drops:
      'Careful: the log keeps at most {cap} sites. After the import the {k} oldest fall out: {stored} from your own log and {imported} from the file.',
    import_drops_list: 'Which sites fall out',
    import_no_drops: 'Nothing falls out: the log will have {total} sites.',
    import_yes: 'Import',
    import_changed: 'Your log changed meanwhile; more would fall out than shown above. Nothing was imported. Check the new overview.',
    import_cancelled: 'Not imported.',
    exported: 'Made the file {name}.',
    clear: 'Clear everything',
    clear_confirm: 'Are you sure you want to clear the whole research log? This cannot be undone.',
    clear_yes: 'Yes, clear everything',
    cancel: 'Cancel',
    cleared: 'The research log has been cleared.',
    more_rows: 'The table shows the first {shown} of {n} sites. The export has all of them.',
  },
};
