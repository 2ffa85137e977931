import type { Messages } from '@/utils/i18n';

/** Texts of the register explorer and the snapshot status. */
export const explorerMessages: Messages<
  | 'heading'
  | 'intro'
  | 'results'
  | 'search_label'
  | 'search_hint'
  | 'filters'
  | 'f_category'
  | 'f_status'
  | 'f_orgtype'
  | 'f_theme'
  | 'any'
  | 'unknown'
  | 'count'
  | 'count_none'
  | 'page'
  | 'pages'
  | 'prev'
  | 'next'
  | 'organization'
  | 'category'
  | 'reset'
  | 'status_heading'
  | 'data_date'
  | 'source'
  | 'source_bundled'
  | 'source_synced'
  | 'last_attempt'
  | 'last_error'
  | 'never'
  | 'update'
  | 'updating'
  | 'update_failed'
  | 'algorithms_total'
  | 'ot_gemeente'
  | 'ot_provincie'
  | 'ot_waterschap'
  | 'ot_rijksoverheid'
  | 'ot_zbo'
  | 'ot_gemeenschappelijke_regeling'
  | 'ot_overig'
> = {
  nl: {
    heading: 'Het register doorzoeken',
    results: 'Resultaten',
    intro:
      'Zoek in alle algoritmen van het Algoritmeregister, op naam, organisatie of beschrijving. Het zoeken gebeurt op je eigen computer.',
    search_label: 'Zoeken',
    search_hint: 'Bijvoorbeeld: fraude, Gemeente Utrecht, parkeren. Kleine tikfouten mogen.',
    filters: 'Filters',
    f_category: 'Publicatiecategorie',
    f_status: 'Status',
    f_orgtype: 'Soort organisatie',
    f_theme: 'Thema',
    any: 'Alle',
    unknown: 'Onbekend',
    count: '{n} algoritmen gevonden',
    count_none: 'Geen algoritmen gevonden. Probeer een ander woord of minder filters.',
    page: 'Pagina {page} van {pages}',
    pages: 'Bladeren door de resultaten',
    prev: 'Vorige pagina',
    next: 'Volgende pagina',
    organization: 'Organisatie',
    category: 'Categorie',
    reset: 'Filters wissen',
    status_heading: 'Gegevens van het register',
    data_date: 'Laatste wijziging in het register',
    source: 'Bron',
    source_bundled: 'meegeleverd met de extensie',
    source_synced: 'bijgewerkt van algoritmes.overheid.nl',
    last_attempt: 'Laatste poging om bij te werken',
    last_error: 'Laatste fout',
    never: 'nog nooit',
    update: 'Bijwerken',
    updating: 'Bezig met bijwerken…',
    update_failed: 'Bijwerken lukte niet: {error}',
    algorithms_total: 'Aantal algoritmen',
    ot_gemeente: 'Gemeente',
    ot_provincie: 'Provincie',
    ot_waterschap: 'Waterschap',
    ot_rijksoverheid: 'Rijksoverheid',
    ot_zbo: 'Zelfstandig bestuursorgaan',
    ot_gemeenschappelijke_regeling: 'Gemeenschappelijke regeling',
    ot_overig: 'Overig',
  },
  en: {
    heading: 'Search the register',
    results: 'Results',
    intro:
      'Search all algorithms in the Dutch algorithm register by name, organisation or description. Searching happens on your own computer.',
    search_label: 'Search',
    search_hint: 'For example: fraud, Gemeente Utrecht, parkeren. Small typos are fine.',
    filters: 'Filters',
    f_category: 'Publication category',
    f_status: 'Status',
    f_orgtype: 'Type of organisation',
    f_theme: 'Theme',
    any: 'All',
    unknown: 'Unknown',
    count: '{n} algorithms found',
    count_none: 'No algorithms found. Try another word or fewer filters.',
    page: 'Page {page} of {pages}',
    pages: 'Browse the results',
    prev: 'Previous page',
    next: 'Next page',
    organization: 'Organisation',
    category: 'Category',
    reset: 'Clear filters',
    status_heading: 'Register data',
    data_date: 'Last change in the register',
    source: 'Source',
    source_bundled: 'shipped with the extension',
    source_synced: 'updated from algoritmes.overheid.nl',
    last_attempt: 'Last update attempt',
    last_error: 'Last error',
    never: 'never',
    update: 'Update',
    updating: 'Updating…',
    update_failed: 'Update failed: {error}',
    algorithms_total: 'Number of algorithms',
    ot_gemeente: 'Municipality',
    ot_provincie: 'Province',
    ot_waterschap: 'Water board',
    ot_rijksoverheid: 'Central government',
    ot_zbo: 'Independent administrative body',
    ot_gemeenschappelijke_regeling: 'Joint arrangement',
    ot_overig: 'Other',
  },
};
