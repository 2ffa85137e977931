import { useEffect, useState } from 'preact/hooks';
import type { LogEntry } from '@/utils/research/model';
import { researchLogEnabled, researchLogPaths, setResearchLog, setResearchLogPaths } from '@/utils/settings';
import { RESEARCH_LOG_CAP } from '@/utils/research/model';
import { clearResearchLog, importEntries, previewImport, readResearchLog, watchResearchLog, type ImportPlan } from '@/utils/research/store';
import { MAX_RESEARCH_FILE_BYTES, fileTooLarge, megabytes } from '@/utils/import-limits';
import { ImportPreview } from './ImportPreview';
import { toCsv, toJson } from '@/utils/research/export';
import { parseExport } from '@/utils/research/import';
import { datedName, downloadText } from '@/utils/download';
import { LogExplanation } from './LogExplanation';
import { LogTable } from './LogTable';
import { logMessages } from './log-messages';
import { useItem } from './use-item';
import { JsonFileInput } from './JsonFileInput';
import { useT } from '../i18n';

/**
 * The research log section: what is kept (always shown above the switch),
 * the two opt-ins, the kept sites, export (CSV/JSON), import (JSON) and clear.
 */
export function ResearchLog() {
  const t = useT(logMessages);
  const enabled = useItem(researchLogEnabled) ?? false;
  const paths = useItem(researchLogPaths) ?? false;
  const entries = useResearchLog();
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const exportAs = async (kind: 'csv' | 'json') => {
    const log = await readResearchLog();
    const name =
      kind === 'csv'
        ? downloadText(toCsv(log), datedName('onderzoekslog', 'csv'), 'text/csv;charset=utf-8')
        : downloadText(toJson(log, new Date()), datedName('onderzoekslog', 'json'), 'application/json');
    setMessage(t('exported', { name }));
  };
  const [pending, setPending] = useState<{ entries: LogEntry[]; plan: ImportPlan } | null>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // Refuse before reading: a file someone sent you cannot make this page read hundreds of megabytes.
    if (fileTooLarge(file, MAX_RESEARCH_FILE_BYTES)) return setMessage(t('import_too_large', { max: megabytes(MAX_RESEARCH_FILE_BYTES) }));
    const parsed = parseExport(await file.text());
    if (!parsed.ok) return setMessage(t('import_failed', { errors: parsed.errors.join('; ') }));
    // Nothing is written yet: first show what the import adds and what the cap would drop.
    setMessage('');
    setPending({ entries: parsed.entries, plan: await previewImport(parsed.entries) });
  };
  const confirmImport = async () => {
    if (!pending) return;
    const { plan } = pending;
    const result = await importEntries(pending.entries, plan.dropped.stored.length + plan.dropped.imported.length);
    if (!result.ok) {
      setPending({ entries: pending.entries, plan: result.plan });
      return setMessage(t('import_changed'));
    }
    setPending(null);
    setMessage(t('import_done', { n: pending.entries.length, total: result.total }));
  };
  const clear = async () => {
    await clearResearchLog();
    setConfirming(false);
    setMessage(t('cleared'));
  };
  return (
    <div class="research-log">
      <LogExplanation cap={RESEARCH_LOG_CAP} />
      <div class="switches">
        <label class="choice">
          <input
            type="checkbox"
            id="log-enabled"
            checked={enabled}
            aria-describedby="log-enabled-hint"
            onChange={(e) => void setResearchLog((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('enable')}
        </label>
        <p id="log-enabled-hint" class="muted">
          {t('enable_hint')}
        </p>
        <label class="choice">
          <input
            type="checkbox"
            id="log-paths"
            checked={paths}
            disabled={!enabled}
            aria-describedby="log-paths-hint"
            onChange={(e) => void setResearchLogPaths((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('paths')}
        </label>
        <p id="log-paths-hint" class="muted">
          {t('paths_hint')}
        </p>
        <p role="status" aria-live="polite">
          <strong>{enabled ? t('on') : t('off')}</strong>
        </p>
      </div>
      <section aria-labelledby="rows-h">
        <h2 id="rows-h">{t('rows_heading')}</h2>
        <p>{entries.length ? t('rows_count', { n: entries.length }) : t('rows_none')}</p>
        <div class="buttons">
          <button type="button" onClick={() => void exportAs('csv')} disabled={!entries.length}>
            {t('export_csv')}
          </button>
          <button type="button" onClick={() => void exportAs('json')} disabled={!entries.length}>
            {t('export_json')}
          </button>
          <JsonFileInput label={t('import_label')} onFile={importFile} />
          {!confirming && (
            <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={!entries.length}>
              {t('clear')}
            </button>
          )}
        </div>
        {confirming && (
          <div class="confirm" role="alertdialog" aria-labelledby="clear-q">
            <p id="clear-q">{t('clear_confirm')}</p>
            <button type="button" class="danger" onClick={() => void clear()}>
              {t('clear_yes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        )}
        {pending && (
          <ImportPreview
            plan={pending.plan}
            n={pending.entries.length}
            onYes={() => void confirmImport()}
            onNo={() => {
              setPending(null);
              setMessage(t('import_cancelled'));
            }}
          />
        )}
        <p role="status" aria-live="polite" class="log-message">
          {message}
        </p>
        {entries.length > 0 && <LogTable entries={entries} />}
      </section>
    </div>
  );
}

/** The stored log's entries, kept up to date while the background records. */
function useResearchLog(): LogEntry[] {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  useEffect(() => {
    let live = true;
    void readResearchLog().then((log) => live && setEntries(log));
    const unwatch = watchResearchLog(setEntries);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return entries;
}
