import type { OrganizationNews } from '@/utils/follow/view';
import { formatDate } from '@/utils/objection/format';
import { ChangeList } from './ChangeList';
import { changesMessages } from './messages';
import { useT, useLanguage } from '../i18n';

/** "Nieuw sinds …": the notable changes of a followed organisation since the previous register update. */
export function NewSince({ news, onOpenChanges }: { news: OrganizationNews; onOpenChanges: () => void }) {
  const t = useT(changesMessages);
  const lang = useLanguage();
  if (!news.changes.length) return null;
  return (
    <section class="new-since" aria-labelledby="new-since-title">
      <h2 id="new-since-title">{t('popup_new_since', { date: news.since ? formatDate(news.since, lang) : '?' })}</h2>
      <ChangeList changes={news.changes} />
      <button type="button" class="link" onClick={onOpenChanges}>
        {t('popup_all_changes')}
      </button>
    </section>
  );
}
