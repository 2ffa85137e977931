import type { Messages } from '@/utils/i18n';

/** Texts of the algorithm list and detail view (popup and options explorer). */
export const algorithmMessages: Messages<
  | 'cat_high_risk'
  | 'cat_impactful'
  | 'cat_other'
  | 'cat_unknown'
  | 'cat_unknown_hint'
  | 'retired'
  | 'filter_label'
  | 'filter_count'
  | 'filter_none'
  | 'status'
  | 'status_unknown'
  | 'assessments'
  | 'assessments_none'
  | 'assessments_unknown'
  | 'details'
  | 'goal'
  | 'human_intervention'
  | 'risks'
  | 'lawful_basis'
  | 'source_data'
  | 'proportionality'
  | 'impacttoetsen'
  | 'objection_procedure'
  | 'register_link'
  | 'contact'
  | 'website'
  | 'themes'
  | 'no_details'
  | 'opens_new_tab'
  | 'short_high_risk'
  | 'short_impactful'
  | 'short_other'
  | 'short_unknown'
  | 'short_unknown_alone'
  | 'cat_unknown_why'
  | 'counts_label'
  | 'counts_total'
  | 'counts_retired'
  | 'counts_legend'
  | 'details_short'
  | 'details_about'
> = {
  nl: {
    cat_high_risk: 'Hoog-risico AI-systeem',
    cat_impactful: 'Impactvolle algoritmes',
    cat_other: 'Overige algoritmes',
    cat_unknown: 'Categorie onbekend',
    cat_unknown_hint:
      'De gegevens zeggen niet in welke categorie de organisatie deze algoritmen heeft ingedeeld. De ingebouwde kopie van het register bevat die indeling niet; na een update uit het register staat ze erbij als de organisatie haar heeft opgegeven.',
    retired: 'Buiten gebruik ({n})',
    filter_label: 'Zoek in de algoritmen',
    filter_count: '{n} van {total} algoritmen',
    filter_none: 'Geen algoritmen gevonden met “{q}”.',
    status: 'Status',
    status_unknown: 'onbekend',
    assessments: 'Impacttoetsen gedaan',
    assessments_none: 'Impacttoetsen: geen, volgens het register',
    assessments_unknown: 'Impacttoetsen: niet vermeld',
    details: 'Meer over {name}',
    goal: 'Doel',
    human_intervention: 'Menselijke tussenkomst',
    risks: 'Risico’s',
    lawful_basis: 'Wettelijke basis',
    source_data: 'Gebruikte gegevens',
    proportionality: 'Afwegingen',
    impacttoetsen: 'Toelichting impacttoetsen',
    objection_procedure: 'Bezwaarprocedure (oude registratie)',
    register_link: 'Bekijk in het Algoritmeregister',
    contact: 'Contact voor vragen',
    website: 'Meer informatie',
    themes: 'Onderwerpen',
    no_details: 'Het register geeft hier geen verdere details over.',
    opens_new_tab: '(opent in nieuw tabblad)',
    short_high_risk: 'hoog risico',
    short_impactful: 'impactvol',
    short_other: 'overig',
    short_unknown: 'onbekend',
    short_unknown_alone: 'categorie onbekend',
    cat_unknown_why: 'Waarom is de categorie onbekend?',
    counts_label: 'Indeling volgens het register',
    counts_total: '{n} algoritmen',
    counts_retired: '· {n} buiten gebruik',
    counts_legend: '{category}: {n} in gebruik of in ontwikkeling. Klik om ze te zien.',
    details_short: 'Meer details',
    details_about: 'over {name}',
  },
  en: {
    cat_high_risk: 'High-risk AI system',
    cat_impactful: 'Impactful algorithms',
    cat_other: 'Other algorithms',
    cat_unknown: 'Category unknown',
    cat_unknown_hint:
      'The data does not say which category the organisation gave these algorithms. The copy of the register built into the extension lacks this classification; after an update from the register it appears wherever the organisation provided it.',
    retired: 'Out of use ({n})',
    filter_label: 'Search the algorithms',
    filter_count: '{n} of {total} algorithms',
    filter_none: 'No algorithms found for “{q}”.',
    status: 'Status',
    status_unknown: 'unknown',
    assessments: 'Impact assessments done',
    assessments_none: 'Impact assessments: none, according to the register',
    assessments_unknown: 'Impact assessments: not stated',
    details: 'More about {name}',
    goal: 'Goal',
    human_intervention: 'Human intervention',
    risks: 'Risks',
    lawful_basis: 'Legal basis',
    source_data: 'Data used',
    proportionality: 'Considerations',
    impacttoetsen: 'Impact assessments explained',
    objection_procedure: 'Objection procedure (old registration)',
    register_link: 'View in the Algorithm Register',
    contact: 'Contact for questions',
    website: 'More information',
    themes: 'Themes',
    no_details: 'The register gives no further details about this.',
    opens_new_tab: '(opens in a new tab)',
    short_high_risk: 'high risk',
    short_impactful: 'impactful',
    short_other: 'other',
    short_unknown: 'unknown',
    short_unknown_alone: 'category unknown',
    cat_unknown_why: 'Why is the category unknown?',
    counts_label: 'Classification according to the register',
    counts_total: '{n} algorithms',
    counts_retired: '· {n} out of use',
    counts_legend: '{category}: {n} in use or in development. Click to see them.',
    details_short: 'More details',
    details_about: 'about {name}',
  },
};
