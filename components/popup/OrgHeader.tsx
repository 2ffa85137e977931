import type { TabView } from '@/utils/messages';
import { translator, type Language } from '@/utils/i18n';
import { popupMessages } from './messages';
import { dataLine } from './format';
import { SyncProblem } from '../sync/SyncProblem';
import { capText } from '@/utils/sanitize';

/** Organisation name, how it was recognised, and how old the data is. */
export function OrgHeader({ view, lang }: { view: TabView; lang: Language }) {
  const t = translator(popupMessages, lang);
  const { recognition: rec } = view;
  const how =
    rec.user_decision === 'corrected' ? t('match_confirmed', { host: rec.host })
    : rec.match === 'domain' ? t('match_domain', { host: rec.host })
    : rec.match === 'path' ? t('match_path', { host: rec.host })
    : rec.match === 'page' ? t('match_page')
    : null;
  const data = dataLine(view.sync, lang);
  return (
    <header class="org-header">
      <h1>{rec.organization ? capText(rec.organization.name, 200) : 'Algoritmewijzer'}</h1>
      {how && <p class="how">{how}</p>}
      <p class="muted data-line">{t(data.key, { date: data.date ?? t('data_unknown_date') })}</p>
      <SyncProblem sync={view.sync} lang={lang} />
    </header>
  );
}
