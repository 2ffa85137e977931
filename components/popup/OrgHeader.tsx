import type { TabView } from '@/utils/messages';
import { translator, type Language } from '@/utils/i18n';
import { popupMessages } from './messages';
import { dataLine } from './format';
import { SyncProblem } from '../sync/SyncProblem';
import { SuspectNotice } from '../sync/SuspectNotice';

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
      <h1>{rec.organization?.name ?? 'Algoritmewijzer'}</h1>
      {how && <p class="how">{how}</p>}
      <details class="about-data">
        <summary class="muted data-line">{t(data.key, { date: data.date ?? t('data_unknown_date') })}</summary>
        <p>
          {t('data_about')}{' '}
          <a href="https://algoritmes.overheid.nl/" target="_blank" rel="noopener noreferrer">algoritmes.overheid.nl</a>
        </p>
      </details>
      <SyncProblem sync={view.sync} lang={lang} />
      <SuspectNotice sync={view.sync} lang={lang} />
    </header>
  );
}
