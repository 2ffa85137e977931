import { translator, type Language } from '@/utils/i18n';
import { changesMessages } from './messages';

/** "Vraag om openheid": opens the Woo request for an organisation that registers nothing serious. */
export function WooCta({ organization, lang, onAsk }: { organization: string; lang: Language; onAsk: () => void }) {
  const t = translator(changesMessages, lang);
  return (
    <section class="woo-cta" aria-labelledby="woo-cta-title">
      <h2 id="woo-cta-title">{t('woo_cta')}</h2>
      <p>{t('woo_cta_text', { org: organization })}</p>
      <button type="button" onClick={onAsk}>{t('woo_cta')}</button>
    </section>
  );
}
