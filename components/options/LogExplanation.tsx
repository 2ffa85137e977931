import { logMessages } from './log-messages';
import { useLanguage, useT } from '../i18n';

/** Exactly what the research log keeps and never keeps; shown above its switch. */
export function LogExplanation({ cap }: { cap: number }) {
  const t = useT(logMessages);
  const lang = useLanguage();
  return (
    <section class="log-explanation" aria-labelledby="log-what-h">
      <h2 id="log-what-h">{t('what_heading')}</h2>
      <p>{t('what_intro')}</p>
      <ul>
        {(['what_1', 'what_2', 'what_3', 'what_4', 'what_5'] as const).map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <h2>{t('not_heading')}</h2>
      <ul>
        {(['not_1', 'not_2', 'not_3', 'not_4'] as const).map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <p>{t('cap', { cap: cap.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL') })}</p>
    </section>
  );
}
