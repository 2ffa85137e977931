import type { Organization } from '@/utils/register/model';
import { Decisions } from './Decisions';
import { LanguageSetting } from './LanguageSetting';
import { PausedSites } from './PausedSites';

/** The settings section: language, paused sites, own host → organisation decisions (organisations null while loading). */
export function Settings({ organizations, loadError }: { organizations: readonly Organization[] | null; loadError?: string | null }) {
  return (
    <div class="settings">
      <LanguageSetting />
      <PausedSites />
      <Decisions organizations={organizations} loadError={loadError} />
    </div>
  );
}
