import { REGIMES } from '@/utils/objection/regimes';
import { useLanguage } from '../i18n';
import { useObjectionT } from './parts';

/** Which road each kind of decision takes, with its term: bezwaar, beroep, verzet or beroep bij de officier van justitie. */
export function RegimeList() {
  const t = useObjectionT();
  const lang = useLanguage();
  return (
    <details class="aw-obj-regimes" data-testid="regimes">
      <summary>{t('regimes_title')}</summary>
      <ul>
        {REGIMES.map((r) => (
          <li key={r.kind} data-regime={r.kind}>
            <p class="aw-obj-strong">{r.what[lang]}</p>
            <dl>
              <dt>{t('regime_where')}</dt>
              <dd>{r.where[lang]}</dd>
              <dt>{t('regime_term')}</dt>
              <dd>{r.term[lang]}</dd>
              <dt>{t('regime_law')}</dt>
              <dd>{r.law}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </details>
  );
}
