import type { Messages } from '@/utils/i18n';

/** Texts of the changes section: the change feed, the followed organisations and their notices. */
export const changesMessages: Messages<
  | 'heading'
  | 'intro'
  | 'none_yet'
  | 'between'
  | 'count'
  | 'count_none'
  | 'follow_heading'
  | 'follow_intro'
  | 'follow_none'
  | 'follow_label'
  | 'follow_add'
  | 'unfollow'
  | 'follow_unknown'
  | 'new_since'
  | 'new_since_none'
  | 'notify'
  | 'notify_hint'
  | 'notify_denied'
  | 'filters'
  | 'f_text'
  | 'f_kind'
  | 'f_category'
  | 'f_followed'
  | 'any'
  | 'reset'
  | 'k_new'
  | 'k_retracted'
  | 'k_category'
  | 'k_status'
  | 'k_edited'
  | 'before_after'
  | 'fields'
  | 'more'
  | 'export_csv'
  | 'export_json'
  | 'exported'
  | 'follow_this'
  | 'following_this'
  | 'follow_this_hint'
  | 'popup_new_since'
  | 'popup_all_changes'
  | 'peers_zero'
  | 'peers_some'
  | 'peers_title'
  | 'woo_cta'
  | 'woo_cta_text'
  | 't_gemeente'
  | 't_provincie'
  | 't_waterschap'
  | 't_rijksoverheid'
  | 't_zbo'
  | 't_gemeenschappelijke_regeling'
> = {
  nl: {
    follow_this: 'Volg deze organisatie',
    following_this: 'Je volgt deze organisatie',
    follow_this_hint:
      'Je ziet dan hier en in de instellingen wat er bij deze organisatie in het register verandert. Dit blijft op je apparaat.',
    popup_new_since: 'Nieuw sinds {date}',
    popup_all_changes: 'Alle wijzigingen in het register',
    peers_title: 'Ter vergelijking',
    peers_zero:
      '{peers} {kind} hebben algoritmen in het register staan die in gebruik of in ontwikkeling zijn. De helft daarvan heeft er {median} of meer.',
    peers_some:
      'Van de {peers} andere {kind} in het register hebben er {more} meer algoritmen geregistreerd dan deze ({count}). De helft heeft er {median} of meer.',
    woo_cta: 'Vraag om openheid',
    woo_cta_text: 'Wil je weten welke algoritmen {org} gebruikt bij besluiten over mensen? Vraag het met een Woo-verzoek.',
    t_gemeente: 'gemeenten',
    t_provincie: 'provincies',
    t_waterschap: 'waterschappen',
    t_rijksoverheid: 'rijksorganisaties',
    t_zbo: 'zelfstandige bestuursorganen',
    t_gemeenschappelijke_regeling: 'samenwerkingsverbanden',
    heading: 'Wijzigingen in het register',
    intro:
      'Wat er in het Algoritmeregister veranderde tussen de laatste twee keer dat de extensie de gegevens bijwerkte. Alles wordt op dit apparaat berekend.',
    none_yet: 'Nog niets te vergelijken. Na de volgende update van de registergegevens zie je hier wat er veranderde.',
    between: 'Tussen de gegevens van {from} en van {to}.',
    count: '{n} wijzigingen',
    count_none: 'Geen wijzigingen die aan de filters voldoen.',
    follow_heading: 'Organisaties die je volgt',
    follow_intro:
      'Volg een organisatie om te zien wanneer ze een nieuw algoritme registreert, een algoritme hoog-risico of impactvol wordt, in gebruik gaat of uit het register verdwijnt. Deze lijst staat alleen op dit apparaat.',
    follow_none: 'Je volgt nog geen organisaties.',
    follow_label: 'Organisatie',
    follow_add: 'Volgen',
    unfollow: 'Niet meer volgen: {name}',
    follow_unknown: 'Die organisatie staat niet in het register. Kies een naam uit de lijst.',
    new_since: 'Nieuw sinds {date} bij organisaties die je volgt',
    new_since_none: 'Geen nieuwe meldingen bij organisaties die je volgt.',
    notify: 'Geef ook een melding van de browser',
    notify_hint: 'De browser vraagt dan om toestemming voor meldingen. Een melding noemt alleen de organisatie en het aantal wijzigingen.',
    notify_denied: 'Geen toestemming voor meldingen gekregen. Je ziet de wijzigingen hier en in de pop-up.',
    filters: 'Filters',
    f_text: 'Zoek op organisatie of naam',
    f_kind: 'Soort wijziging',
    f_category: 'Categorie',
    f_followed: 'Alleen organisaties die ik volg',
    any: 'Alle',
    reset: 'Filters wissen',
    k_new: 'Nieuw',
    k_retracted: 'Uit het register',
    k_category: 'Andere categorie',
    k_status: 'Andere status',
    k_edited: 'Tekst aangepast',
    before_after: '{before} → {after}',
    fields: 'Aangepast: {fields}',
    more: 'Toon meer ({n} verborgen)',
    export_csv: 'Exporteer als CSV',
    export_json: 'Exporteer als JSON',
    exported: 'Opgeslagen als {name}.',
  },
  en: {
    follow_this: 'Follow this organisation',
    following_this: 'You follow this organisation',
    follow_this_hint:
      'You then see here and in the settings what changes in the register for this organisation. This stays on your device.',
    popup_new_since: 'New since {date}',
    popup_all_changes: 'All changes in the register',
    peers_title: 'For comparison',
    peers_zero: '{peers} {kind} have algorithms in use or in development in the register. Half of them have {median} or more.',
    peers_some:
      'Of the {peers} other {kind} in the register, {more} have registered more algorithms than this one ({count}). Half have {median} or more.',
    woo_cta: 'Ask for openness',
    woo_cta_text: 'Want to know which algorithms {org} uses in decisions about people? Ask with a Woo request.',
    t_gemeente: 'municipalities',
    t_provincie: 'provinces',
    t_waterschap: 'water boards',
    t_rijksoverheid: 'central government bodies',
    t_zbo: 'independent administrative bodies',
    t_gemeenschappelijke_regeling: 'joint arrangements',
    heading: 'Changes in the register',
    intro:
      'What changed in the algorithm register between the last two times the extension updated its data. Everything is computed on this device.',
    none_yet: 'Nothing to compare yet. After the next update of the register data you will see here what changed.',
    between: 'Between the data of {from} and of {to}.',
    count: '{n} changes',
    count_none: 'No changes match the filters.',
    follow_heading: 'Organisations you follow',
    follow_intro:
      'Follow an organisation to see when it registers a new algorithm, an algorithm becomes high-risk or impactful, goes into use or leaves the register. This list is kept on this device only.',
    follow_none: 'You do not follow any organisation yet.',
    follow_label: 'Organisation',
    follow_add: 'Follow',
    unfollow: 'Stop following: {name}',
    follow_unknown: 'That organisation is not in the register. Choose a name from the list.',
    new_since: 'New since {date} at organisations you follow',
    new_since_none: 'Nothing new at organisations you follow.',
    notify: 'Also show a browser notification',
    notify_hint:
      'The browser then asks for permission to show notifications. A notification names only the organisation and the number of changes.',
    notify_denied: 'No permission for notifications was given. You see the changes here and in the popup.',
    filters: 'Filters',
    f_text: 'Search by organisation or name',
    f_kind: 'Kind of change',
    f_category: 'Category',
    f_followed: 'Only organisations I follow',
    any: 'All',
    reset: 'Clear filters',
    k_new: 'New',
    k_retracted: 'Left the register',
    k_category: 'Other category',
    k_status: 'Other status',
    k_edited: 'Text changed',
    before_after: '{before} → {after}',
    fields: 'Changed: {fields}',
    more: 'Show more ({n} hidden)',
    export_csv: 'Export as CSV',
    export_json: 'Export as JSON',
    exported: 'Saved as {name}.',
  },
};
