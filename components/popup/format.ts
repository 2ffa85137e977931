import type { Language } from '@/utils/i18n';
import type { SyncState } from '@/utils/protocol';

/** "2026-08-08" → "8 augustus 2026" / "8 August 2026"; null for an invalid date. */
export function formatDate(date: string | null | undefined, lang: Language): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

/** Which data line to show: key and the formatted date. */
export function dataLine(sync: SyncState, lang: Language): { key: 'data_bundled' | 'data_synced'; date: string | null } {
  return { key: sync.source === 'synced' ? 'data_synced' : 'data_bundled', date: formatDate(sync.data_date, lang) };
}

/** The site's own start page (origin) as a link target, for http(s) pages only. */
export function siteOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.origin}/` : null;
  } catch {
    return null;
  }
}
