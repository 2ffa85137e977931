import type { TabView } from '@/utils/protocol';
import type { OrganizationRef, Recognition } from '@/utils/recognition/types';
import type { Algorithm } from '@/utils/register/model';
import { bundledSync } from './fixtures';

/** A TabView as the background would send it. */
export function viewOf(opts: {
  organization?: OrganizationRef | null;
  algorithms?: Algorithm[];
  match?: Recognition['match'];
  url?: string;
  suggestion?: OrganizationRef | null;
  paused?: boolean;
  transit_note?: string;
}): TabView {
  const url = opts.url ?? 'https://www.uwv.nl/particulieren/index.aspx';
  const host = (() => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  })();
  const organization = opts.organization ?? null;
  return {
    recognition: { url, host, organization, match: opts.match ?? (organization ? 'domain' : 'none'), transit_note: opts.transit_note },
    suggestion: opts.suggestion ?? null,
    algorithms: opts.algorithms ?? [],
    paused: opts.paused ?? false,
    sync: bundledSync(),
  };
}
