import type { OrganizationNews } from '@/utils/follow/view';
import { formatDate } from '@/utils/objection/format';
import { translator, type Language } from '@/utils/i18n';
import { ChangeList } from './ChangeList';
import { changesMessages } from './messages';

/** "Nieuw sinds …": the notable changes of a followed organisation since the previous register update. */
export function NewSince({ news, lang, onOpenChanges }: { news: OrganizationNews; lang: Language; onOpenChanges: () => void }) {
  const t = translator(changesMessages, lang);
  if (!news.changes.length) return null;
  return (
    <section class="new-since" aria-labelledby="new-since-title">
      <h2 id="new-since-title">{t('popup_new_since', { date: news.since ? formatDate(news.since, lang) : '?' })}</h2>
      <ChangeList changes={news.changes} lang={lang} />
      <button type="button" class="link" onClick={onOpenChanges}>{t('popup_all_changes')}</button>
    </section>
  );
}
