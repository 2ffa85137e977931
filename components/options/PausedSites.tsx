import { useState } from 'preact/hooks';
import { pausedHosts, setHostPaused } from '@/utils/settings';
import { normalizeHost } from '@/utils/decisions/file';
import { settingsMessages } from './settings-messages';
import { useItem } from './use-item';
import { useT } from '../i18n';

/** The paused sites: list with "switch back on", and a form to add one. */
export function PausedSites() {
  const t = useT(settingsMessages);
  const hosts = useItem(pausedHosts) ?? [];
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = async (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(input);
    if (!host) {
      setInvalid(true);
      setMessage(t('host_invalid', { input: input.trim() }));
      return;
    }
    await setHostPaused(host, true);
    setInvalid(false);
    setInput('');
    setMessage(t('paused_added', { host }));
  };
  const remove = async (host: string) => {
    await setHostPaused(host, false);
    setMessage(t('paused_removed', { host }));
  };
  return (
    <section aria-labelledby="paused-h">
      <h2 id="paused-h">{t('paused_heading')}</h2>
      <p>{t('paused_intro')}</p>
      {hosts.length === 0 ? (
        <p class="muted">{t('paused_none')}</p>
      ) : (
        <ul class="paused-list">
          {hosts.map((h) => (
            <li key={h}>
              <span>{h}</span>{' '}
              <button type="button" aria-label={t('remove_host', { host: h })} onClick={() => void remove(h)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} class="inline-form">
        <label for="paused-add">{t('paused_add_label')}</label>
        <input
          id="paused-add"
          type="text"
          inputMode="url"
          autoComplete="off"
          value={input}
          aria-invalid={invalid}
          aria-describedby="paused-msg"
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('add')}</button>
      </form>
      <p id="paused-msg" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
