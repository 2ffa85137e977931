import { useEffect, useState } from 'preact/hooks';
import type { SyncState } from '@/utils/protocol';
import { sendMessage } from '@/utils/background/client';
import { watchSyncState } from '@/utils/register/store';
import { capText } from '@/utils/sanitize';
import { explorerMessages } from './explorer-messages';
import { SyncProblem } from '../sync/SyncProblem';
import { SuspectNotice } from '../sync/SuspectNotice';
import { useLanguage, useT } from '../i18n';

/** Snapshot status (last change in the register, source, last attempt, last error, a held download) with a "Bijwerken" button. */
export function SyncStatus({ send = sendMessage }: { send?: typeof sendMessage }) {
  const t = useT(explorerMessages);
  const lang = useLanguage();
  const [state, setState] = useState<SyncState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () => void send('sync-state', {}).then(setState, (e: Error) => setError(e.message));
    load();
    // Every sync attempt ends by writing its record: follow syncs started elsewhere (daily alarm, popup).
    return watchSyncState(load);
  }, [send]);
  const update = async () => {
    setBusy(true);
    setError(null);
    try {
      setState(await send('sync-now', {}));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL') : t('never'));
  return (
    <section class="sync-status" aria-labelledby="sync-h">
      <h2 id="sync-h">{t('status_heading')}</h2>
      {state && (
        <dl>
          <dt>{t('data_date')}</dt>
          <dd>{state.data_date ?? t('unknown')}</dd>
          <dt>{t('source')}</dt>
          <dd>{state.source === 'synced' ? t('source_synced') : t('source_bundled')}</dd>
          <dt>{t('algorithms_total')}</dt>
          <dd>{state.algorithm_count}</dd>
          <dt>{t('last_attempt')}</dt>
          <dd>{when(state.last_attempt)}</dd>
        </dl>
      )}
      {state && <SyncProblem sync={state} />}
      {state && <SuspectNotice sync={state} onAccept={async (hash) => setState(await send('accept-suspect', { hash }))} />}
      <button type="button" onClick={update} disabled={busy || state?.in_progress}>
        {busy ? t('updating') : t('update')}
      </button>
      <p role="status" aria-live="polite">
        {error ? t('update_failed', { error: capText(error, 300) }) : busy ? t('updating') : ''}
      </p>
    </section>
  );
}
