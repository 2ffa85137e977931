import type { OrganizationRef } from '@/utils/recognition/types';
import type { HostRisk } from '@/utils/recognition/lookalike';
import type { SuggestionBasis } from '@/utils/protocol';
import { popupMessages } from './messages';
import { SuggestionBox } from './SuggestionBox';
import { useT } from '../i18n';

export interface NotRecognisedProps {
  host: string;
  suggestion: OrganizationRef | null;
  /** Why the suggestion cannot be confirmed on this host (look-alike, shared hosting). */
  risk?: HostRisk | null;
  /** What on the page the suggestion rests on. */
  basis?: SuggestionBasis | null;
  onAnswer: (organization: OrganizationRef | null) => Promise<void> | void;
  onOpenOptions: () => void;
}

/** The page is not a known government site: say so, offer a page-based guess, point to the options. */
export function NotRecognised({ host, suggestion, risk, basis, onAnswer, onOpenOptions }: NotRecognisedProps) {
  const t = useT(popupMessages);
  return (
    <>
      <header class="org-header">
        <h1>{host ? t('not_recognised_title') : 'Algoritmewijzer'}</h1>
      </header>
      {host ? <p>{t('not_recognised_text', { host })}</p> : <p>{t('not_web')}</p>}
      {suggestion ? (
        <SuggestionBox suggestion={suggestion} risk={risk} host={host} basis={basis} onAnswer={onAnswer} />
      ) : (
        host && <p class="muted">{t('no_suggestion')}</p>
      )}
      <p>
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('options_link')}
        </button>
      </p>
    </>
  );
}
