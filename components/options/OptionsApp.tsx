import { useEffect, useState } from 'preact/hooks';
import type { Snapshot } from '@/utils/register/model';
import { appMessages } from './app-messages';
import { explorerMessages } from './explorer-messages';
import { logMessages } from './log-messages';
import { settingsMessages } from './settings-messages';
import { Explorer } from './Explorer';
import { ResearchLog } from './ResearchLog';
import { Changes } from './Changes';
import { Settings } from './Settings';
import { SyncStatus } from './SyncStatus';
import { sectionFromHash, SECTIONS, type Section } from './sections';
import { PageLanguage, useLanguage, useT } from '../i18n';

/** How the page gets the register: the real service in the extension, fixtures in tests. */
export interface RegisterSource {
  load(): Promise<Snapshot>;
  /** Calls back with the new snapshot after a sync; returns an unsubscribe function. */
  watch?(onChange: (s: Snapshot) => void): () => void;
}

/**
 * The options page: four sections reached by a navigation with in-page
 * links (#register, #wijzigingen, #instellingen, #onderzoekslog), one shown at a time.
 */
export function OptionsApp({ source, browserLanguage }: { source: RegisterSource; browserLanguage?: string }) {
  return (
    <PageLanguage browserLanguage={browserLanguage}>
      <OptionsPage source={source} />
    </PageLanguage>
  );
}

function OptionsPage({ source }: { source: RegisterSource }) {
  const lang = useLanguage();
  const t = useT(appMessages);
  const headingOf = {
    register: useT(explorerMessages)('heading'),
    settings: useT(settingsMessages)('heading'),
    log: useT(logMessages)('heading'),
  };
  const [section, setSection] = useState<Section>(() => sectionFromHash(location.hash));
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    source.load().then(setSnapshot, (e: Error) => setError(e.message));
    return source.watch?.(setSnapshot);
  }, [source]);
  useEffect(() => {
    document.title = `${t('title')} — ${t(`nav_${section}`)}`;
  }, [lang, section]);
  const headings = { ...headingOf, changes: t('nav_changes') };
  return (
    <>
      <header>
        <p class="app-name">{t('title')}</p>
        <nav aria-label={t('nav_label')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.hash}`} aria-current={section === s.id ? 'page' : undefined}>
                  {t(`nav_${s.id}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <h1>{headings[section]}</h1>
        {section === 'register' && (
          <>
            {error && <p role="alert">{t('load_error', { error })}</p>}
            {!snapshot && !error && <p role="status">{t('loading')}</p>}
            <SyncStatus />
            {snapshot && <Explorer snapshot={snapshot} />}
          </>
        )}
        {/* Following and decisions check names against the register, so they wait for it. */}
        {section === 'changes' &&
          (snapshot ? (
            <Changes organizations={snapshot.organizations} />
          ) : (
            <p role={error ? 'alert' : 'status'}>{error ? t('load_error', { error }) : t('loading')}</p>
          ))}
        {section === 'settings' && <Settings organizations={snapshot?.organizations ?? null} loadError={error} />}
        {section === 'log' && <ResearchLog />}
      </main>
    </>
  );
}
