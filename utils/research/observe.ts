import type { TabView } from '../protocol';
import type { MatchKind } from '../recognition/types';
import { MAX_PATH_LENGTH, type LoggedAlgorithm, type Observation } from './model';

/** Match kinds that mean "a government page": only these are ever logged. */
export const LOGGED_MATCHES: ReadonlySet<MatchKind> = new Set(['domain', 'path', 'page', 'transit']);

/**
 * Turns what the background knows about a tab into one visit to record, or
 * null when nothing may be logged: not a recognised government page, a paused
 * site, or not an http(s) URL. The path is kept only with `paths` on, and
 * never a query string or fragment (only URL.pathname is read).
 */
export function observationFromView(view: TabView, paths: boolean, now: Date): Observation | null {
  const { recognition } = view;
  if (view.paused || !LOGGED_MATCHES.has(recognition.match)) return null;
  // A login/portal host (transit) has no organisation of its own; every other match needs one.
  if (!recognition.organization && recognition.match !== 'transit') return null;
  let url: URL;
  try {
    url = new URL(recognition.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = recognition.host || url.hostname;
  if (!host) return null;
  return {
    scheme: url.protocol === 'http:' ? 'http' : 'https',
    host,
    path: paths ? cleanPath(url.pathname) : '',
    organization: recognition.organization?.name ?? '',
    org_id: recognition.organization?.org_id ?? null,
    match: recognition.match as Observation['match'],
    algorithms: (recognition.organization ? view.algorithms : []).map((a): LoggedAlgorithm => ({
      lars: a.lars,
      algorithm_name: a.name,
      publication_category: a.publication_category,
      status: a.status,
      register_url: a.register_url,
    })),
    snapshot_date: view.sync.data_date,
    seen_at: now.toISOString(),
  };
}

/** The path as stored: pathname only (no ?query, no #fragment), '/' when empty, cut to MAX_PATH_LENGTH. */
export function cleanPath(pathname: string): string {
  const bare = pathname.split(/[?#]/)[0] || '/';
  return bare.slice(0, MAX_PATH_LENGTH);
}
