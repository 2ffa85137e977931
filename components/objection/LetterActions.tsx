import { useState } from 'preact/hooks';
import type { Letter } from '@/utils/objection/letters';
import type { LetterKind } from '@/utils/objection/routes';
import type { Contact } from '@/utils/objection/contact';
import { letterFileName, mailtoLink } from '@/utils/objection/mail';
import { ExternalLink, useObjectionT } from './parts';
import { downloadText } from '@/utils/download';

/** Copies text to the clipboard; falls back to a hidden textarea. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

interface LetterActionsProps {
  letter: Letter;
  kind: LetterKind;
  date: string;
  contact: Contact | null;
}

/**
 * Copy, download and, for an AVG request to an e-mail contact only, open in the
 * mail client; results in a live region. Bezwaar and klacht are signed letters
 * (Awb 6:5, 9:4) and e-mail counts only where the organisation opened that
 * channel (Awb 2:15): the register's algorithm mailbox is not such a channel.
 */
export function LetterActions({ letter, kind, date, contact }: LetterActionsProps) {
  const t = useObjectionT();
  const [status, setStatus] = useState('');
  const mail = kind === 'avg-inzage' ? mailtoLink(contact, letter.subject, letter.body, t('mail_short_body')) : null;
  const onCopy = async () => setStatus((await copyText(letter.body)) ? t('copied') : t('copy_failed'));
  const onDownload = () => {
    downloadText(letter.body, letterFileName(kind, date), 'text/plain;charset=utf-8');
    setStatus(t('downloaded'));
  };
  const onMail = () => {
    if (mail && !mail.complete) void copyText(letter.body).then(() => setStatus(t('mail_too_long')));
  };
  return (
    <div class="aw-obj-letter-actions">
      <p class="aw-obj-actions">
        <button type="button" onClick={onCopy}>
          {t('copy')}
        </button>
        <button type="button" onClick={onDownload}>
          {t('download')}
        </button>
        {mail && (
          <a class="aw-obj-button" href={mail.href} target="_blank" rel="noopener noreferrer" onClick={onMail}>
            {t('mail')}
          </a>
        )}
      </p>
      {mail && !mail.complete && (
        <p class="aw-obj-small" data-testid="mail-will-copy">
          {t('mail_will_copy')}
        </p>
      )}
      {kind === 'bezwaar' && <p class="aw-obj-small">{t('send_bezwaar')}</p>}
      {kind === 'klacht' && <p class="aw-obj-small">{t('send_klacht')}</p>}
      {kind === 'avg-inzage' && contact?.kind === 'url' && (
        <p class="aw-obj-small">
          {t('send_url', { link: '' })}
          <ExternalLink href={contact.href}>{contact.label}</ExternalLink>
        </p>
      )}
      <p role="status" aria-live="polite" class="aw-obj-status">
        {status}
      </p>
    </div>
  );
}
