import { useState } from 'preact/hooks';
import type { SyncState } from '@/utils/protocol';
import { SUSPECT_LIMITS } from '@/utils/register/suspect';
import { capText } from '@/utils/sanitize';
import { suspectMessages } from './suspect-messages';
import { useLanguage, useT } from '../i18n';

/**
 * Says that the last register download was held back because it looks broken
 * (with the numbers), that the last good data stays in use, and how it gets
 * used after all: a later check that says the same, or — where `onAccept` is
 * given (the options page) — the "Toch gebruiken" button. Nothing without a hold.
 */
export function SuspectNotice({ sync, onAccept }: { sync: SyncState; onAccept?: (hash: string) => Promise<unknown> }) {
  const t = useT(suspectMessages);
  const lang = useLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hold = sync.suspect;
  if (!hold) return null;
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const number = (n: number) => n.toLocaleString(locale);
  const algorithms = (n: number) => t(n === 1 ? 'one' : 'many', { n: number(n) });
  const when = new Date(hold.checked).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const confirmFrom = new Date(Date.parse(hold.since) + SUSPECT_LIMITS.confirmAfterMs).toLocaleString(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const names = hold.vanished.map((v) => `${capText(v.name, 80)} (${number(v.entries)})`).join(', ');
  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      await onAccept!(hold.candidate_hash);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="sync-suspect" role="status" data-in-use={hold.in_use_count} data-candidate={hold.candidate_count}>
      <p>
        {t('held', { when, candidate: algorithms(hold.candidate_count), in_use: number(hold.in_use_count) })}{' '}
        {hold.vanished_count > 0 && t('vanished', { n: number(hold.vanished_count), entries: number(hold.vanished_entries) })} {t('kept')}
      </p>
      {onAccept && names && <p class="muted">{t('vanished_names', { names })}</p>}
      <p class="muted">{onAccept ? t('auto', { date: confirmFrom }) : t('where_to_accept')}</p>
      {onAccept && (
        <button type="button" onClick={accept} disabled={busy}>
          {busy ? t('accepting') : t('accept')}
        </button>
      )}
      {error && <p role="alert">{t('accept_failed', { error: capText(error, 200) })}</p>}
    </div>
  );
}
