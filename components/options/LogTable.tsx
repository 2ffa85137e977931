import type { LogEntry } from '@/utils/research/model';
import { capText } from '@/utils/sanitize';
import { logMessages } from './log-messages';
import { useT } from '../i18n';

/** Most rows drawn in the table; the export always has all of them. */
export const TABLE_LIMIT = 200;

/** The kept sites as a table, most recent first. */
export function LogTable({ entries }: { entries: readonly LogEntry[] }) {
  const t = useT(logMessages);
  const shown = entries.slice(0, TABLE_LIMIT);
  const paths = entries.some((e) => e.path);
  return (
    <div class="table-wrap">
      {entries.length > TABLE_LIMIT && <p class="muted">{t('more_rows', { shown: TABLE_LIMIT, n: entries.length })}</p>}
      <table class="log-table">
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('c_host')}</th>
            {paths && <th scope="col">{t('c_path')}</th>}
            <th scope="col">{t('c_org')}</th>
            <th scope="col">{t('c_match')}</th>
            <th scope="col">{t('c_algorithms')}</th>
            <th scope="col">{t('c_first')}</th>
            <th scope="col">{t('c_last')}</th>
            <th scope="col">{t('c_visits')}</th>
            <th scope="col">{t('c_date')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr key={`${e.host}${e.path}`}>
              <th scope="row">{e.host}</th>
              {paths && <td>{capText(e.path, 120)}</td>}
              <td>{e.organization ? capText(e.organization, 200) : '—'}</td>
              <td>{e.match}</td>
              <td>{e.algorithms.length}</td>
              <td>{e.first_seen.slice(0, 16).replace('T', ' ')}</td>
              <td>{e.last_seen.slice(0, 16).replace('T', ' ')}</td>
              <td>{e.visit_count}</td>
              <td>{e.snapshot_date ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
