import type { RegisterChange } from '../register/changes';
import type { Language } from '../i18n';

/** At most this many organisations are named; the rest are counted. */
const NAMED = 3;

/**
 * The notification for notable changes at followed organisations: names the
 * organisations and how many changes each has, nothing else.
 */
export function notificationText(changes: readonly RegisterChange[], lang: Language): { title: string; message: string } {
  const per = new Map<string, number>();
  for (const c of changes) per.set(c.organization, (per.get(c.organization) ?? 0) + 1);
  const orgs = [...per].sort(([a], [b]) => a.localeCompare(b, 'nl'));
  const line = ([org, n]: [string, number]) =>
    lang === 'en' ? `${org}: ${n} ${n === 1 ? 'change' : 'changes'}` : `${org}: ${n} ${n === 1 ? 'wijziging' : 'wijzigingen'}`;
  const rest = orgs.length - NAMED;
  const lines = orgs.slice(0, NAMED).map(line);
  if (rest > 0) lines.push(lang === 'en' ? `and ${rest} more organisations` : `en nog ${rest} andere organisaties`);
  return {
    title: lang === 'en' ? 'New in the algorithm register' : 'Nieuw in het Algoritmeregister',
    message: lines.join('\n'),
  };
}
