import type { Organization } from '@/utils/register/model';
import { Decisions } from './Decisions';
import { LanguageSetting } from './LanguageSetting';
import { PausedSites } from './PausedSites';

/** The settings section: language, paused sites, own host → organisation decisions (organisations null while loading). */
export function Settings({ organizations }: { organizations: readonly Organization[] | null }) {
  return (
    <div class="settings">
      <LanguageSetting />
      <PausedSites />
      <Decisions organizations={organizations} />
    </div>
  );
}
