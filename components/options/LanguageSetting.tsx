import { languageSetting, setLanguage } from '@/utils/settings';
import { settingsMessages } from './settings-messages';
import { useItem } from './use-item';
import { useT } from '../i18n';

/** Language choice: Dutch, English, or follow the browser (stored as null). */
export function LanguageSetting() {
  const t = useT(settingsMessages);
  const value = useItem(languageSetting);
  const choices = [
    ['nl', t('lang_nl')],
    ['en', t('lang_en')],
    ['', t('lang_browser')],
  ] as const;
  return (
    <fieldset>
      <legend>{t('lang_legend')}</legend>
      {choices.map(([v, label]) => (
        <label key={v} class="choice">
          <input
            type="radio"
            name="language"
            value={v}
            checked={(value ?? '') === v}
            onChange={() => void setLanguage(v === '' ? null : v)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
