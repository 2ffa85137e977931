import type { Organization } from '@/utils/register/model';
import type { Language } from '@/utils/i18n';
import { Decisions } from './Decisions';
import { LanguageSetting } from './LanguageSetting';
import { PausedSites } from './PausedSites';

/** The settings section: language, paused sites, own host → organisation decisions. */
export function Settings({ lang, organizations }: { lang: Language; organizations: readonly Organization[] }) {
  return (
    <div class="settings">
      <LanguageSetting lang={lang} />
      <PausedSites lang={lang} />
      <Decisions lang={lang} organizations={organizations} />
    </div>
  );
}
