import type { Messages } from '@/utils/i18n';

/** Texts of the settings section: language, paused sites, own decisions. */
export const settingsMessages: Messages<
  | 'heading'
  | 'lang_legend'
  | 'lang_nl'
  | 'lang_en'
  | 'lang_browser'
  | 'saved'
  | 'paused_heading'
  | 'paused_intro'
  | 'paused_none'
  | 'paused_add_label'
  | 'add'
  | 'remove'
  | 'remove_host'
  | 'host_invalid'
  | 'paused_added'
  | 'paused_removed'
  | 'dec_heading'
  | 'dec_intro'
  | 'dec_none'
  | 'dec_host'
  | 'dec_org'
  | 'dec_kind'
  | 'dec_date'
  | 'dec_actions'
  | 'kind_confirmed'
  | 'kind_corrected'
  | 'kind_rejected'
  | 'edit'
  | 'edit_host'
  | 'delete'
  | 'delete_host'
  | 'save'
  | 'cancel'
  | 'dec_add'
  | 'dec_loading'
  | 'dec_load_failed'
  | 'dec_org_label'
  | 'dec_org_hint'
  | 'dec_not_org'
  | 'org_unknown'
  | 'dec_saved'
  | 'dec_deleted'
  | 'export'
  | 'import'
  | 'import_label'
  | 'import_done'
  | 'import_failed'
  | 'import_too_large'
> = {
  nl: {
    heading: 'Instellingen',
    lang_legend: 'Taal',
    lang_nl: 'Nederlands',
    lang_en: 'English',
    lang_browser: 'Zoals de browser',
    saved: 'Opgeslagen.',
    paused_heading: 'Sites waar de extensie uit staat',
    paused_intro: 'Op deze sites toont de extensie niets en wordt er niets in het onderzoekslog bewaard.',
    paused_none: 'Er zijn geen sites uitgezet.',
    paused_add_label: 'Site uitzetten (bijvoorbeeld www.voorbeeld.nl)',
    add: 'Toevoegen',
    remove: 'Weer aanzetten',
    remove_host: '{host} weer aanzetten',
    host_invalid: '“{input}” is geen geldige sitenaam. Typ bijvoorbeeld www.voorbeeld.nl.',
    paused_added: '{host} staat nu uit.',
    paused_removed: '{host} staat weer aan.',
    dec_heading: 'Je eigen koppelingen van sites aan organisaties',
    dec_intro:
      'Hier staan sites die je zelf aan een organisatie hebt gekoppeld, of waarvan je zei dat ze niet bij die organisatie horen. Je kunt ze aanpassen, wissen, en als bestand delen, bijvoorbeeld met een belangengroep die verbeteringen verzamelt. Het bestand bevat alleen deze lijst.',
    dec_none: 'Je hebt nog geen sites gekoppeld.',
    dec_host: 'Site',
    dec_org: 'Organisatie',
    dec_kind: 'Soort',
    dec_date: 'Datum',
    dec_actions: 'Acties',
    kind_confirmed: 'bevestigd',
    kind_corrected: 'zelf gekozen',
    kind_rejected: 'hoort niet bij een organisatie',
    edit: 'Wijzigen',
    edit_host: 'Koppeling van {host} wijzigen',
    delete: 'Wissen',
    delete_host: 'Koppeling van {host} wissen',
    save: 'Opslaan',
    cancel: 'Annuleren',
    dec_add: 'Koppeling toevoegen',
    dec_loading: 'Toevoegen en inlezen kan zodra de organisaties uit het register zijn geladen…',
    dec_load_failed: 'Toevoegen en inlezen kan nu niet: het register kon niet worden geladen ({error}).',
    dec_org_label: 'Organisatie uit het register',
    dec_org_hint: 'Begin te typen en kies een naam uit de lijst.',
    dec_not_org: 'Deze site hoort niet bij een organisatie uit het register',
    org_unknown: '“{name}” staat niet in het register. Kies een naam uit de lijst.',
    dec_saved: 'Koppeling van {host} opgeslagen.',
    dec_deleted: 'Koppeling van {host} gewist.',
    export: 'Exporteren als bestand',
    import: 'Bestand importeren',
    import_label: 'Kies een bestand met koppelingen (JSON)',
    import_done: '{n} koppelingen gelezen; je hebt er nu {total}.',
    import_failed: 'Dit bestand kon niet worden gelezen: {errors}',
    import_too_large: 'Dit bestand is groter dan {max}; het is niet gelezen. Een export van koppelingen is veel kleiner.',
  },
  en: {
    heading: 'Settings',
    lang_legend: 'Language',
    lang_nl: 'Nederlands',
    lang_en: 'English',
    lang_browser: 'Same as the browser',
    saved: 'Saved.',
    paused_heading: 'Sites where the extension is off',
    paused_intro: 'On these sites the extension shows nothing and nothing is kept in the research log.',
    paused_none: 'No sites are switched off.',
    paused_add_label: 'Switch off a site (for example www.example.nl)',
    add: 'Add',
    remove: 'Switch back on',
    remove_host: 'Switch {host} back on',
    host_invalid: '“{input}” is not a valid site name. Type for example www.example.nl.',
    paused_added: '{host} is now off.',
    paused_removed: '{host} is on again.',
    dec_heading: 'Your own links between sites and organisations',
    dec_intro:
      'Sites you linked to an organisation yourself, or said do not belong to it. You can change them, delete them and share them as a file, for example with an advocacy group that collects corrections. The file holds only this list.',
    dec_none: 'You have not linked any sites yet.',
    dec_host: 'Site',
    dec_org: 'Organisation',
    dec_kind: 'Kind',
    dec_date: 'Date',
    dec_actions: 'Actions',
    kind_confirmed: 'confirmed',
    kind_corrected: 'chosen by you',
    kind_rejected: 'not an organisation',
    edit: 'Change',
    edit_host: 'Change the link of {host}',
    delete: 'Delete',
    delete_host: 'Delete the link of {host}',
    save: 'Save',
    cancel: 'Cancel',
    dec_add: 'Add a link',
    dec_loading: 'Adding and importing become possible once the register’s organisations have loaded…',
    dec_load_failed: 'Adding and importing are not possible now: the register could not be loaded ({error}).',
    dec_org_label: 'Organisation from the register',
    dec_org_hint: 'Start typing and pick a name from the list.',
    dec_not_org: 'This site does not belong to an organisation in the register',
    org_unknown: '“{name}” is not in the register. Pick a name from the list.',
    dec_saved: 'Link of {host} saved.',
    dec_deleted: 'Link of {host} deleted.',
    export: 'Export as a file',
    import: 'Import a file',
    import_label: 'Choose a file with links (JSON)',
    import_done: 'Read {n} links; you now have {total}.',
    import_failed: 'This file could not be read: {errors}',
    import_too_large: 'This file is larger than {max}; it was not read. An export of links is much smaller.',
  },
};
