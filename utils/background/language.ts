import { browser } from 'wxt/browser';
import { pickLanguage, type Language } from '../i18n';
import { languageSetting } from '../settings';
import { cached } from '../cached';

const language = cached(() =>
  languageSetting.getValue().then(
    (override) => pickLanguage(override, browserUiLanguage()),
    () => pickLanguage(null, browserUiLanguage()),
  ),
);

/** The browser's interface language; navigator.language when the API is missing or fails. */
export function browserUiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language;
  }
}

/** The interface language in the background: the user's override, else the browser's. */
export function currentLanguage(): Promise<Language> {
  return language.get();
}

/** Forget the cached language (after the setting changed). */
export function invalidateLanguage(): void {
  language.forget();
}
