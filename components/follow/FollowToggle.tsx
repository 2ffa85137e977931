import { translator, type Language } from '@/utils/i18n';
import { changesMessages } from './messages';

/** A toggle button: follow this organisation, or stop following it. */
export function FollowToggle({ followed, lang, onToggle }: { followed: boolean; lang: Language; onToggle: () => void }) {
  const t = translator(changesMessages, lang);
  return (
    <p class="follow-toggle">
      <button type="button" aria-pressed={followed} aria-describedby="follow-hint" onClick={onToggle}>
        {followed ? `★ ${t('following_this')}` : `☆ ${t('follow_this')}`}
      </button>
      <span id="follow-hint" class="visually-hidden">{t('follow_this_hint')}</span>
    </p>
  );
}
