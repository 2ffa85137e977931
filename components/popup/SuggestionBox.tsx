import { useState } from 'preact/hooks';
import type { OrganizationRef } from '@/utils/recognition/types';
import type { HostRisk } from '@/utils/recognition/lookalike';
import type { SuggestionBasis } from '@/utils/protocol';
import { popupMessages } from './messages';
import { trustMessages } from './trust-messages';
import { useT } from '../i18n';

export interface SuggestionBoxProps {
  suggestion: OrganizationRef;
  /** Set when the host looks like another organisation's: a warning instead of the buttons. */
  risk?: HostRisk | null;
  /** The page's host (for the warning). */
  host?: string;
  /** What on the page the guess rests on (page text, shown as plain text). */
  basis?: SuggestionBasis | null;
  /** Saves the answer: the organisation (yes) or null (no). */
  onAnswer: (organization: OrganizationRef | null) => Promise<void> | void;
}

const BASIS_KEY = {
  metaAuthority: 'basis_meta',
  metaCreator: 'basis_meta',
  siteName: 'basis_site',
  title: 'basis_title',
  links: 'basis_link',
} as const;

/** "Klopt dit?": a guess from page signals that the user confirms or rejects. */
export function SuggestionBox({ suggestion, onAnswer, risk, host = '', basis = null }: SuggestionBoxProps) {
  const t = useT(popupMessages);
  const why = basis ? <p class="muted">{t(BASIS_KEY[basis.signal], { text: basis.text, host: basis.host ?? '' })}</p> : null;
  const tt = useT(trustMessages);
  const [answered, setAnswered] = useState<'yes' | 'no' | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = async (yes: boolean) => {
    setBusy(true);
    try {
      await onAnswer(yes ? suggestion : null);
      setAnswered(yes ? 'yes' : 'no');
    } finally {
      setBusy(false);
    }
  };
  if (risk) {
    // A page vouching for itself on a look-alike or shared-hosting host: no confirm button, a warning.
    const warning =
      risk.kind === 'lookalike'
        ? tt('risk_lookalike', { host, of: risk.of, org: suggestion.name })
        : tt('risk_shared', { host, suffix: risk.suffix, org: suggestion.name });
    return (
      <section class="suggestion warning" aria-labelledby="suggestion-title">
        <h2 id="suggestion-title">{t('suggest_title', { org: suggestion.name })}</h2>
        {why}
        <p role="alert">{warning}</p>
        <p>{tt('risk_advice')}</p>
      </section>
    );
  }
  return (
    <section class="suggestion" aria-labelledby="suggestion-title">
      <h2 id="suggestion-title">{t('suggest_title', { org: suggestion.name })}</h2>
      {why}
      <p>{t('suggest_question', { org: suggestion.name })}</p>
      {answered ? (
        <p role="status">{t(answered === 'yes' ? 'suggest_thanks_yes' : 'suggest_thanks_no', { org: suggestion.name })}</p>
      ) : (
        <div class="buttons">
          <button type="button" disabled={busy} onClick={() => answer(true)}>
            {t('yes')}
          </button>
          <button type="button" disabled={busy} onClick={() => answer(false)}>
            {t('no')}
          </button>
        </div>
      )}
    </section>
  );
}
