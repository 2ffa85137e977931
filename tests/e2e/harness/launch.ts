import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Page } from './page';
import type { LocalInternet } from './server';
import type { ExtensionSession } from './session';

/** Launches the named browser with the test build, typed with the harness's common Page. */
export async function launchBrowser(name: 'chromium' | 'firefox', server: LocalInternet): Promise<ExtensionSession<Page>> {
  const session = name === 'chromium' ? await launchChromium(server) : await launchFirefox(server);
  return session as unknown as ExtensionSession<Page>;
}

/** Sets the interface language as the user's setting would (the test browsers run in English). */
export function setInterfaceLanguage(session: ExtensionSession<unknown>, language: 'nl' | 'en'): Promise<void> {
  return session.evalInExtension((lang) => {
    const g = globalThis as unknown as Record<string, { storage: { local: { set(v: object): Promise<void> } } }>;
    return (g.browser ?? g.chrome).storage.local.set({ language: lang });
  }, language);
}
