import { popupMessages } from './messages';
import { useT } from '../i18n';

/** "Pauzeer op deze site": a real checkbox, so keyboard and screen readers get it for free. */
export function PauseToggle({ paused, onChange }: { paused: boolean; onChange: (paused: boolean) => void }) {
  const t = useT(popupMessages);
  return (
    <label class="pause">
      <input type="checkbox" checked={paused} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      {t('pause_label')}
    </label>
  );
}
