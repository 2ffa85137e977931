import type { Messages } from '@/utils/i18n';

/** Popup texts about who vouches for a recognition (kept apart from messages.ts; issue 12). */
export const trustMessages: Messages<
  'user_confirmed' | 'undo' | 'undo_label' | 'undo_failed' | 'risk_lookalike' | 'risk_shared' | 'risk_advice'
> = {
  nl: {
    user_confirmed:
      'Door jou bevestigd: deze site staat niet in onze lijst van overheidssites. Algoritmewijzer heeft hem niet zelf herkend.',
    undo: 'Ongedaan maken',
    undo_label: 'Koppeling van {host} ongedaan maken',
    undo_failed: 'Ongedaan maken lukte niet: {message}',
    risk_lookalike: 'Let op: {host} lijkt op {of}, maar is het niet. Deze pagina noemt zichzelf {org}; dat kan nep zijn.',
    risk_shared:
      'Let op: {host} staat op {suffix}, waar iedereen gratis een site kan maken. Deze pagina noemt zichzelf {org}; dat kan nep zijn.',
    risk_advice: 'Daarom kun je dit hier niet bevestigen. Ga naar de site van de organisatie via een adres dat je zelf intypt.',
  },
  en: {
    user_confirmed: 'Confirmed by you: this site is not on our list of government sites. Algoritmewijzer did not recognise it itself.',
    undo: 'Undo',
    undo_label: 'Undo the link for {host}',
    undo_failed: 'Undo failed: {message}',
    risk_lookalike: 'Careful: {host} looks like {of}, but it is not. This page calls itself {org}; that may be fake.',
    risk_shared: 'Careful: {host} is on {suffix}, where anyone can make a site for free. This page calls itself {org}; that may be fake.',
    risk_advice: 'So you cannot confirm it here. Go to the organisation’s site by an address you type yourself.',
  },
};
