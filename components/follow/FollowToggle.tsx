import { changesMessages } from './messages';
import { useT } from '../i18n';

/** A toggle button: follow this organisation, or stop following it. */
export function FollowToggle({ followed, onToggle }: { followed: boolean; onToggle: () => void }) {
  const t = useT(changesMessages);
  return (
    <p class="follow-toggle">
      <button type="button" aria-pressed={followed} aria-describedby="follow-hint" onClick={onToggle}>
        {followed ? `★ ${t('following_this')}` : `☆ ${t('follow_this')}`}
      </button>
      <span id="follow-hint" class="visually-hidden">
        {t('follow_this_hint')}
      </span>
    </p>
  );
}
