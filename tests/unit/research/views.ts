import { buildRegisterIndex, type RegisterIndex } from '../../../utils/register/index';
import type { TabView, SyncState } from '../../../utils/protocol';
import type { MatchKind } from '../../../utils/recognition/types';
import { loadTestSnapshot } from '../options/snapshot-fixture';

let index: RegisterIndex | undefined;
/** The real register, indexed once per test file. */
export function testIndex(): RegisterIndex {
  return (index ??= buildRegisterIndex(loadTestSnapshot()));
}

/** Organisation names from the real data with at least `min` algorithms, most first. */
export function busyOrganisations(min = 2): string[] {
  const counts = new Map<string, number>();
  for (const a of testIndex().snapshot.algorithms) counts.set(a.organization, (counts.get(a.organization) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1])
    .map(([n]) => n);
}

/** A TabView as the background would report it for `url` recognised as `orgName`. */
export function viewFor(url: string, orgName: string | null, match: MatchKind = 'domain', paused = false): TabView {
  const idx = testIndex();
  const org = orgName ? (idx.snapshot.organizations.find((o) => o.name === orgName) ?? { name: orgName, org_id: null }) : null;
  const ref = org ? { name: org.name, org_id: org.org_id } : null;
  const sync: SyncState = {
    source: 'bundled',
    data_date: idx.snapshot.data_date,
    generated_at: idx.snapshot.generated_at,
    algorithm_count: idx.snapshot.algorithms.length,
    last_attempt: null,
    last_success: null,
    last_error: null,
    in_progress: false,
  };
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    /* not a URL */
  }
  return {
    recognition: { url, host, organization: ref, match },
    suggestion: null,
    algorithms: ref ? idx.algorithmsFor(ref) : [],
    paused,
    sync,
  };
}
