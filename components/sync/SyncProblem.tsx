import type { SyncState } from '@/utils/protocol';
import { errorCode } from '@/utils/register/errors';
import { keyPart } from '@/utils/i18n';
import { capText } from '@/utils/sanitize';
import { syncMessages } from './messages';
import { formatDate } from '../popup/format';
import { useLanguage, useT } from '../i18n';

/**
 * Says that the last register update failed, why (in plain words), and that
 * the last good data stays in use; the technical reason is one click away.
 * Renders nothing when the last attempt succeeded.
 */
export function SyncProblem({ sync }: { sync: SyncState }) {
  const t = useT(syncMessages);
  const lang = useLanguage();
  if (!sync.last_error) return null;
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const when = sync.last_attempt ? new Date(sync.last_attempt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : '';
  const code = errorCode(sync.last_error);
  const reason = code && keyPart(code) in syncMessages.nl ? t(keyPart(code)) : t('other');
  return (
    <div class="sync-problem" role="status" data-error-code={code ?? 'other'}>
      <p>
        {t('failed', { when })} {reason} {t('kept', { date: formatDate(sync.data_date, lang) ?? '?' })}
      </p>
      <details>
        <summary>{t('detail')}</summary>
        <p class="muted">{capText(sync.last_error, 300)}</p>
      </details>
    </div>
  );
}
