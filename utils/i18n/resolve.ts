import { browser } from 'wxt/browser';
import { languageSetting } from '../settings';
import { pickLanguage, type Language } from './index';

/**
 * The one place that decides the interface language, for the background and
 * every page alike: the user's override (the `languageSetting` item), else the
 * browser's interface language, else Dutch (see `pickLanguage`).
 */

/** The browser's interface language; navigator.language only where that API is missing or fails. */
export function browserUiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language;
  }
}

/** The interface language now. `browserLanguage` stands in for the browser's (tests). */
export async function resolveLanguage(browserLanguage = browserUiLanguage()): Promise<Language> {
  const override = await languageSetting.getValue().catch(() => null);
  return pickLanguage(override, browserLanguage);
}

/** Calls back with the new interface language whenever the override changes; returns an unsubscribe function. */
export function watchLanguage(onChange: (lang: Language) => void, browserLanguage = browserUiLanguage()): () => void {
  return languageSetting.watch((override) => onChange(pickLanguage(override, browserLanguage)));
}

let cached: Promise<Language> | null = null;

/** The interface language, read once and kept (the background asks on every tab update). */
export function currentLanguage(): Promise<Language> {
  cached ??= resolveLanguage();
  return cached;
}

/** Forget the kept language (after the setting changed). */
export function invalidateLanguage(): void {
  cached = null;
}
