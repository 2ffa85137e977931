import type { Messages } from '@/utils/i18n';

type Key =
  'held' | 'one' | 'many' | 'vanished' | 'vanished_names' | 'kept' | 'where_to_accept' | 'auto' | 'accept' | 'accepting' | 'accept_failed';

/** The notice for a register download held back because it looks broken (see utils/register/suspect.ts). */
export const suspectMessages: Messages<Key> = {
  nl: {
    held: 'Bij de controle van {when} gaf het register {candidate}, tegen {in_use} in de gegevens die je nu ziet.',
    one: '{n} algoritme',
    many: '{n} algoritmen',
    vanished: '{n} organisaties met meerdere algoritmen ({entries} algoritmen samen) ontbreken helemaal.',
    vanished_names: 'Bijvoorbeeld: {names}.',
    kept: 'Dat lijkt eerder op een fout in het register dan op een echte wijziging. Daarom blijven de vorige gegevens in gebruik.',
    where_to_accept: 'Wil je de nieuwe gegevens toch gebruiken? Dat kan in de instellingen.',
    auto: 'Geeft een controle vanaf {date} hetzelfde beeld, dan worden de nieuwe gegevens vanzelf gebruikt.',
    accept: 'Toch gebruiken',
    accepting: 'Bezig…',
    accept_failed: 'Gebruiken lukte niet: {error}',
  },
  en: {
    held: 'At the check of {when} the register listed {candidate}, against {in_use} in the data you see now.',
    one: '{n} algorithm',
    many: '{n} algorithms',
    vanished: '{n} organisations with several algorithms ({entries} algorithms together) are missing entirely.',
    vanished_names: 'For example: {names}.',
    kept: 'That looks more like a fault in the register than a real change, so the previous data stays in use.',
    where_to_accept: 'Want to use the new data anyway? You can do so in the settings.',
    auto: 'If a check from {date} on shows the same, the new data is used automatically.',
    accept: 'Use anyway',
    accepting: 'Working…',
    accept_failed: 'Could not use it: {error}',
  },
};
