import { useEffect, useState } from 'preact/hooks';
import { browserUiLanguage } from '@/utils/background/language';
import { pickLanguage, type Language } from '@/utils/i18n';
import { languageSetting } from '@/utils/settings';

/**
 * The interface language (override, else the browser's), kept in sync with
 * the setting; also sets the document's lang attribute for screen readers.
 */
export function useLanguage(): Language {
  const browserLang = browserUiLanguage();
  const [lang, setLang] = useState<Language>(() => pickLanguage(null, browserLang));
  useEffect(() => {
    void languageSetting.getValue().then((o) => setLang(pickLanguage(o, browserLang)));
    return languageSetting.watch((o) => setLang(pickLanguage(o, browserLang)));
  }, [browserLang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}
