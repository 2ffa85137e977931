import { changesMessages } from './messages';
import { useT } from '../i18n';

/** "Vraag om openheid": opens the Woo request for an organisation that registers nothing serious. */
export function WooCta({ organization, onAsk }: { organization: string; onAsk: () => void }) {
  const t = useT(changesMessages);
  return (
    <section class="woo-cta" aria-labelledby="woo-cta-title">
      <h2 id="woo-cta-title">{t('woo_cta')}</h2>
      <p>{t('woo_cta_text', { org: organization })}</p>
      <button type="button" onClick={onAsk}>
        {t('woo_cta')}
      </button>
    </section>
  );
}
