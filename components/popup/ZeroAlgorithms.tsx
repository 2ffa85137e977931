import { popupMessages } from './messages';
import { siteOrigin } from './format';
import { useT } from '../i18n';

/**
 * A recognised organisation without registered algorithms in use: said
 * plainly, with the register's incompleteness and a way to ask the organisation.
 */
export function ZeroAlgorithms({ organization, pageUrl }: { organization: string; pageUrl: string }) {
  const t = useT(popupMessages);
  const site = siteOrigin(pageUrl);
  return (
    <section class="zero" aria-labelledby="zero-title">
      <h2 id="zero-title">{t('zero_title')}</h2>
      <p>{t('zero_text', { org: organization })}</p>
      <p>{t('zero_incomplete')}</p>
      <p>
        {t('zero_ask')}{' '}
        {site ? (
          <a href={site} target="_blank" rel="noopener noreferrer">
            {t('zero_ask_link', { org: organization })}
          </a>
        ) : (
          t('zero_ask_none')
        )}
      </p>
    </section>
  );
}
