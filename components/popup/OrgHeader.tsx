import type { TabView } from '@/utils/protocol';
import { popupMessages } from './messages';
import { dataLine } from './format';
import { useState } from 'preact/hooks';
import { SyncProblem } from '../sync/SyncProblem';
import { SuspectNotice } from '../sync/SuspectNotice';
import { trustMessages } from './trust-messages';
import { capText } from '@/utils/sanitize';
import { useLanguage, useT } from '../i18n';

/**
 * Organisation name, how it was recognised, and how old the data is. A host
 * the user tied to the organisation says "door jou bevestigd", with undo.
 */
export function OrgHeader({ view, onUndo }: { view: TabView; onUndo?: () => Promise<void> | void }) {
  const t = useT(popupMessages);
  const tt = useT(trustMessages);
  const lang = useLanguage();
  const { recognition: rec } = view;
  const how =
    rec.user_decision === 'corrected'
      ? t('match_confirmed', { host: rec.host })
      : rec.match === 'domain'
        ? t('match_domain', { host: rec.host })
        : rec.match === 'path'
          ? t('match_path', { host: rec.host })
          : rec.match === 'page'
            ? t('match_page')
            : null;
  const data = dataLine(view.sync, lang);
  return (
    <header class="org-header">
      <h1>{rec.organization ? capText(rec.organization.name, 200) : 'Algoritmewijzer'}</h1>
      {rec.user_decision === 'confirmed' || rec.user_decision === 'corrected' ? (
        <UserDecision host={rec.host} text={rec.user_decision === 'confirmed' ? tt('user_confirmed') : (how ?? '')} onUndo={onUndo} />
      ) : (
        how && <p class="how">{how}</p>
      )}
      <details class="about-data">
        <summary class="muted data-line">{t(data.key, { date: data.date ?? t('data_unknown_date') })}</summary>
        <p>
          {t(view.sync.source === 'synced' ? 'data_source_synced' : 'data_source_bundled')} {t('data_about')}{' '}
          <a href="https://algoritmes.overheid.nl/" target="_blank" rel="noopener noreferrer">
            algoritmes.overheid.nl
          </a>
        </p>
      </details>
      <SyncProblem sync={view.sync} />
      <SuspectNotice sync={view.sync} />
    </header>
  );
}

/** "Door jou bevestigd": the recognition rests on the user's own decision; one click undoes it. */
function UserDecision({ host, text, onUndo }: { host: string; text: string; onUndo?: () => Promise<void> | void }) {
  const tt = useT(trustMessages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const undo = async () => {
    setBusy(true);
    try {
      await onUndo?.();
    } catch (e) {
      setError(tt('undo_failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="how user-decision">
      <p>
        <strong>{text}</strong>
      </p>
      {onUndo && (
        <button type="button" disabled={busy} aria-label={tt('undo_label', { host })} onClick={() => void undo()}>
          {tt('undo')}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
