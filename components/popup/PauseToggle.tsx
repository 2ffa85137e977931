import { translator, type Language } from '@/utils/i18n';
import { popupMessages } from './messages';

/** "Pauzeer op deze site": a real checkbox, so keyboard and screen readers get it for free. */
export function PauseToggle({ paused, lang, onChange }: { paused: boolean; lang: Language; onChange: (paused: boolean) => void }) {
  const t = translator(popupMessages, lang);
  return (
    <label class="pause">
      <input type="checkbox" checked={paused} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      {t('pause_label')}
    </label>
  );
}
