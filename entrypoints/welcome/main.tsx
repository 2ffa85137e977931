import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickLanguage, type Language } from '@/utils/i18n';
import { languageSetting, setLanguage } from '@/utils/settings';
import '@/assets/base.css';
import { WelcomePage } from '@/components/welcome/WelcomePage';

/** Permissions as the manifest declares them (the page explains exactly those). */
function manifestPermissions() {
  const m = browser.runtime.getManifest() as { permissions?: string[]; host_permissions?: string[] };
  const all = m.permissions ?? [];
  const hosts = m.host_permissions ?? all.filter((p) => p.includes('://'));
  return { permissions: all.filter((p) => !p.includes('://')), hostPermissions: hosts };
}

function App() {
  const [lang, setLang] = useState<Language>(pickLanguage(null, navigator.language));
  useEffect(() => {
    void languageSetting.getValue().then((v) => setLang(pickLanguage(v, navigator.language)));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const choose = (l: Language) => {
    setLang(l);
    void setLanguage(l);
  };
  return <WelcomePage lang={lang} onLanguage={choose} {...manifestPermissions()} />;
}

render(<App />, document.getElementById('app')!);
