import '../objection/objection.css';
import type { Language } from '@/utils/i18n';
import { useLanguage, useT } from '../i18n';
import { welcomeMessages, type WelcomeKey } from './welcome-messages';

export interface WelcomePageProps {
  onLanguage: (lang: Language) => void;
  /** The manifest's API permissions (explained one by one). */
  permissions: readonly string[];
  /** The manifest's host permissions. */
  hostPermissions: readonly string[];
}

/** The permissions the page explains, each with its text; any other is named as it is. */
const EXPLAINED: Record<string, WelcomeKey> = {
  storage: 'perm_storage',
  unlimitedStorage: 'perm_unlimited_storage',
  alarms: 'perm_alarms',
  tabs: 'perm_tabs',
  activeTab: 'perm_active_tab',
  scripting: 'perm_scripting',
};

/** The first-run page: what the extension does and never does, its permissions, and where to get help. */
export function WelcomePage({ onLanguage, permissions, hostPermissions }: WelcomePageProps) {
  const t = useT(welcomeMessages);
  const lang = useLanguage();
  const list = (key: WelcomeKey) => (
    <ul>
      {t(key)
        .split('|')
        .map((item) => (
          <li key={item}>{item}</li>
        ))}
    </ul>
  );
  const perm = (p: string) => (Object.hasOwn(EXPLAINED, p) ? t(EXPLAINED[p]) : t('perm_unknown', { name: p }));
  return (
    <main class="aw-welcome" lang={lang}>
      <header class="aw-welcome-head">
        <h1>{t('page_title')}</h1>
        <div role="group" aria-label={t('language')} class="aw-welcome-lang">
          <button type="button" lang="nl" aria-pressed={lang === 'nl'} onClick={() => onLanguage('nl')}>
            Nederlands
          </button>
          <button type="button" lang="en" aria-pressed={lang === 'en'} onClick={() => onLanguage('en')}>
            English
          </button>
        </div>
      </header>
      <p>{t('intro')}</p>
      <h2>{t('does_title')}</h2>
      {list('does')}
      <h2>{t('pin_title')}</h2>
      {list('pin')}
      <h2>{t('never_title')}</h2>
      {list('never')}
      <p>
        <strong>{t('traffic')}</strong>
      </p>
      <h2>{t('permissions_title')}</h2>
      <ul data-testid="permissions">
        {permissions.map((p) => (
          <li key={p}>{perm(p)}</li>
        ))}
        {hostPermissions.length > 0 && <li>{t('perm_host')}</li>}
      </ul>
      <h2>{t('incomplete_title')}</h2>
      <p>{t('incomplete')}</p>
      <p>
        <strong>{t('no_entries')}</strong>
      </p>
      <h2>{t('object_title')}</h2>
      <p>{t('object')}</p>
      <p>
        {t('help')}{' '}
        <a href="https://www.juridischloket.nl/" target="_blank" rel="noopener noreferrer">
          juridischloket.nl
        </a>
      </p>
      <p class="aw-obj-small">{t('source')}</p>
    </main>
  );
}
