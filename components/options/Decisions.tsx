import { useState } from 'preact/hooks';
import type { Organization } from '@/utils/register/model';
import { forgetHost, hostDecisions, importHostDecisions, saveHostDecision, type HostDecision } from '@/utils/settings';
import { capText } from '@/utils/sanitize';
import { exportDecisions, parseDecisions } from '@/utils/decisions/file';
import { MAX_DECISIONS_FILE_BYTES, fileTooLarge, megabytes } from '@/utils/import-limits';
import { DecisionForm } from './DecisionForm';
import { datedName, downloadText } from '@/utils/download';
import { settingsMessages } from './settings-messages';
import { useItem } from './use-item';
import { JsonFileInput } from './JsonFileInput';
import { useT } from '../i18n';

/**
 * The user's own host → organisation decisions: list, change, delete, add,
 * export, import. Adding, changing and importing check names against the
 * register's organisations, so they wait until those are loaded (null until
 * then), and say so when the register could not be loaded (`loadError`).
 */
export function Decisions({ organizations, loadError }: { organizations: readonly Organization[] | null; loadError?: string | null }) {
  const t = useT(settingsMessages);
  const decisions = useItem(hostDecisions) ?? [];
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const save = async (d: HostDecision) => {
    await saveHostDecision(d);
    setEditing(null);
    setMessage(t('dec_saved', { host: d.host }));
  };
  const remove = async (host: string) => {
    await forgetHost(host);
    setMessage(t('dec_deleted', { host }));
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (fileTooLarge(file, MAX_DECISIONS_FILE_BYTES))
      return setMessage(t('import_too_large', { max: megabytes(MAX_DECISIONS_FILE_BYTES) }));
    if (!organizations) return;
    const parsed = parseDecisions(await file.text(), organizations);
    if (!parsed.ok) return setMessage(t('import_failed', { errors: parsed.errors.join('; ') }));
    const merged = await importHostDecisions(parsed.decisions);
    setMessage(t('import_done', { n: parsed.decisions.length, total: merged.length }));
  };
  const kind = (d: HostDecision) => t(`kind_${d.kind}`);
  return (
    <section aria-labelledby="dec-h">
      <h2 id="dec-h">{t('dec_heading')}</h2>
      <p>{t('dec_intro')}</p>
      <datalist id="register-organizations">
        {organizations?.map((o) => (
          <option key={o.name} value={o.name} />
        ))}
      </datalist>
      {decisions.length === 0 ? (
        <p class="muted">{t('dec_none')}</p>
      ) : (
        <table class="decisions">
          <thead>
            <tr>
              <th scope="col">{t('dec_host')}</th>
              <th scope="col">{t('dec_org')}</th>
              <th scope="col">{t('dec_kind')}</th>
              <th scope="col">{t('dec_date')}</th>
              <th scope="col">{t('dec_actions')}</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) =>
              editing === d.host && organizations ? (
                <tr key={d.host}>
                  <td colSpan={5}>
                    <DecisionForm
                      organizations={organizations}
                      initial={d}
                      onSave={(x) => void save(x)}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={d.host}>
                  <th scope="row">{d.host}</th>
                  <td>{d.organization ? capText(d.organization.name, 200) : '—'}</td>
                  <td>{kind(d)}</td>
                  <td>{d.decided_at.slice(0, 10)}</td>
                  <td>
                    <button type="button" aria-label={t('edit_host', { host: d.host })} onClick={() => setEditing(d.host)}>
                      {t('edit')}
                    </button>{' '}
                    <button type="button" aria-label={t('delete_host', { host: d.host })} onClick={() => void remove(d.host)}>
                      {t('delete')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {organizations ? (
        <details class="add-decision">
          <summary>{t('dec_add')}</summary>
          <DecisionForm organizations={organizations} onSave={(x) => void save(x)} />
        </details>
      ) : loadError ? (
        <p role="alert">{t('dec_load_failed', { error: loadError })}</p>
      ) : (
        <p class="muted" role="status">
          {t('dec_loading')}
        </p>
      )}
      <div class="buttons">
        <button
          type="button"
          disabled={!decisions.length}
          onClick={() => downloadText(exportDecisions(decisions), datedName('koppelingen', 'json'), 'application/json')}
        >
          {t('export')}
        </button>
        {organizations && <JsonFileInput label={t('import_label')} onFile={importFile} />}
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
