import type { ImportPlan } from '@/utils/research/store';
import { capText } from '@/utils/sanitize';
import { logMessages } from './log-messages';
import { useT } from '../i18n';

/** Longest list of dropped sites shown; the counts always cover all of them. */
const SHOWN = 50;

/**
 * What a research-log import would add and drop, before anything is written:
 * the user imports or cancels. Sites the cap would drop are counted and listed.
 */
export function ImportPreview({ plan, n, onYes, onNo }: { plan: ImportPlan; n: number; onYes: () => void; onNo: () => void }) {
  const t = useT(logMessages);
  const dropped = [...plan.dropped.stored, ...plan.dropped.imported];
  return (
    <div class="confirm import-preview" role="alertdialog" aria-labelledby="import-q">
      <p id="import-q">{t('import_preview', { n, added: plan.added, updated: plan.updated })}</p>
      {dropped.length ? (
        <>
          <p>
            <strong>
              {t('import_drops', {
                cap: plan.cap,
                k: dropped.length,
                stored: plan.dropped.stored.length,
                imported: plan.dropped.imported.length,
              })}
            </strong>
          </p>
          <details>
            <summary>{t('import_drops_list')}</summary>
            <ul>
              {dropped.slice(0, SHOWN).map((e) => (
                <li key={`${e.host}${e.path}`}>
                  {capText(`${e.host}${e.path}`, 120)} ({e.last_seen.slice(0, 10)})
                </li>
              ))}
              {dropped.length > SHOWN && <li>…</li>}
            </ul>
          </details>
        </>
      ) : (
        <p>{t('import_no_drops', { total: plan.total })}</p>
      )}
      <button type="button" class={dropped.length ? 'danger' : undefined} onClick={onYes}>
        {t('import_yes')}
      </button>{' '}
      <button type="button" onClick={onNo}>
        {t('cancel')}
      </button>
    </div>
  );
}
