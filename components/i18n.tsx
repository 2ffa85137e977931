import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { translator, type Language, type Messages } from '@/utils/i18n';
import { browserUiLanguage, resolveLanguage, watchLanguage } from '@/utils/i18n/resolve';

const LanguageContext = createContext<Language>('nl');

/** Gives every component below it the interface language (Dutch when there is no provider). */
export function LanguageProvider({ lang, children }: { lang: Language; children: ComponentChildren }) {
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}

/** The interface language of the surrounding `LanguageProvider`. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The translate function for one message table, in the surrounding provider's language. */
export function useT<K extends string>(messages: Messages<K>) {
  return translator(messages, useLanguage());
}

/**
 * The page's language for an entry point (popup, options, welcome): resolved
 * by utils/i18n/resolve.ts, kept in sync with the setting, and set as the
 * document's lang attribute for screen readers. Null until the setting has
 * been read, so that a page never shows a first frame in the browser's
 * language when the user chose the other one. `browserLanguage` stands in for
 * the browser's (tests).
 */
export function usePageLanguage(browserLanguage?: string): Language | null {
  const browserLang = browserLanguage ?? browserUiLanguage();
  const [lang, setLang] = useState<Language | null>(null);
  useEffect(() => {
    // A change seen by the watcher is newer than the first read, which may still be under way.
    let settled = false;
    void resolveLanguage(browserLang).then((l) => !settled && setLang(l));
    const unwatch = watchLanguage((l) => {
      settled = true;
      setLang(l);
    }, browserLang);
    return () => {
      settled = true;
      unwatch();
    };
  }, [browserLang]);
  // Before paint, so screen readers never get the page in one language marked as the other.
  useLayoutEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}

/** An entry point's content in the page's language (see usePageLanguage); nothing until that is known. */
export function PageLanguage({ browserLanguage, children }: { browserLanguage?: string; children: ComponentChildren }) {
  const lang = usePageLanguage(browserLanguage);
  return lang ? <LanguageProvider lang={lang}>{children}</LanguageProvider> : null;
}
