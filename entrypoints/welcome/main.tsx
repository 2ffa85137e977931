import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Language } from '@/utils/i18n';
import { setLanguage } from '@/utils/settings';
import '@/assets/base.css';
import { PageLanguage } from '@/components/i18n';
import { WelcomePage } from '@/components/welcome/WelcomePage';

/** Permissions as the manifest declares them (the page explains exactly those). */
function manifestPermissions() {
  const m = browser.runtime.getManifest() as { permissions?: string[]; host_permissions?: string[] };
  const all = m.permissions ?? [];
  const hosts = m.host_permissions ?? all.filter((p) => p.includes('://'));
  return { permissions: all.filter((p) => !p.includes('://')), hostPermissions: hosts };
}

function App() {
  // Choosing a language stores it; the page follows the stored setting like every other page.
  const choose = (l: Language) => void setLanguage(l);
  return (
    <PageLanguage>
      <WelcomePage onLanguage={choose} {...manifestPermissions()} />
    </PageLanguage>
  );
}

render(<App />, document.getElementById('app')!);
