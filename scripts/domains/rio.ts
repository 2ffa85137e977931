/**
 * The Register Internetdomeinen Overheid (RIO): the domains and hosts each
 * government organisation has registered with organisaties.overheid.nl, with
 * the ROO organisation that holds it (columns copied from a daily snapshot;
 * see PROVENANCE.md). It names the organisation itself: a municipality's
 * tourist or project site, a water board's pumping-station museum, a joint
 * arrangement's site, an agency's campaign domain.
 */
import type { DomainRow } from './sources';
import { sourceHost } from './sources';
import { isMinistry } from './spelled';

export const RIO_SOURCE = 'rio-2026';

/** Strength of a RIO row: below ROO's own website (85) and organisation list (80), above the 2024 Websiteregister (65). */
export const RIO_STRENGTH = 75;

/** A RIO row held by a ministry: ministry-level, so a unit another source names or the host spells wins (see build.ts). */
export const RIO_MINISTRY_STRENGTH = 45;

/** "Gemeente_Etten-Leur" → "Gemeente Etten-Leur" (the slug of the organisation's page on organisaties.overheid.nl). */
export function rioName(slug: string): string {
  return slug.replace(/_+/g, ' ').trim();
}

/**
 * Rows of `rio-2026/domains.tsv` (id, naam, org, doel, onder, tot, slug) as claims, read after the
 * other sources (`late`), so a known organisation keeps its own spelling.
 * - Mail servers and reserved domains name no website; a host with an end
 *   date (`tot`) has been or is being given up, and may be someone else's
 *   later: all three are skipped.
 * - A reviewed code `roo:<org id>` renames the holder (a ministry's internal
 *   service → its ministry) or, when empty, skips its rows (not an
 *   organisation of its own that a citizen deals with).
 * - The slug drops diacritics ("Wetterskip_Fryslan"): it is joined to a known
 *   organisation by its folded name, and only an organisation the project
 *   does not know yet is added under it.
 */
export function rioRows(tsv: string, codes: Record<string, string>, skipped: string[] = []): DomainRow[] {
  const rows: DomainRow[] = [];
  for (const r of readRio(tsv)) {
    if (r.ended) continue;
    const coded = codes[`roo:${r.org}`];
    if (coded === '') continue;
    const name = coded ?? rioName(r.slug);
    if (!r.host || !name) {
      skipped.push(`${RIO_SOURCE}: ${r.id} ${r.naam}`);
      continue;
    }
    const weak = isMinistry({ name });
    const strength = weak ? RIO_MINISTRY_STRENGTH : RIO_STRENGTH;
    rows.push({ host: r.host, name, kind: null, strength, source: RIO_SOURCE, weak, late: true });
  }
  return rows;
}

/** One row of rio-2026/domains.tsv that can name a website (mail servers and reserved domains left out). */
interface RioLine {
  id: string;
  naam: string;
  /** `naam` as a table host, or null when it is no plain host. */
  host: string | null;
  org: string;
  slug: string;
  /** The holder stopped or stops using it (`tot` is set). */
  ended: boolean;
}

function* readRio(tsv: string): Generator<RioLine> {
  for (const line of tsv.split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [id = '', naam = '', org = '', doel = '', , tot = '', slug = ''] = line.split('\t');
    if (doel === 'Mailserver' || doel === 'Reservering') continue;
    yield { id, naam, host: sourceHost(naam), org, slug, ended: tot.trim() !== '' };
  }
}

/** A host the RIO took from one organisation (whose rows ended) and re-registered under another. */
export interface RioTransfer {
  host: string;
  from: string[];
  to: string;
}

/**
 * Hosts whose ended rows name one organisation and whose current rows another.
 * Most are real hand-overs (BZK's Caribbean sites to the Rijksdienst Caribisch
 * Nederland); some land one organisation off (kiesraad.nl under the Kadaster).
 * COVERAGE.md lists them all with the table's answer, for review.
 */
export function rioTransfers(tsv: string): RioTransfer[] {
  const ended = new Map<string, Set<string>>();
  const current = new Map<string, Set<string>>();
  for (const r of readRio(tsv)) {
    if (!r.host || !r.slug) continue;
    const map = r.ended ? ended : current;
    map.set(r.host, (map.get(r.host) ?? new Set()).add(rioName(r.slug)));
  }
  const out: RioTransfer[] = [];
  for (const [host, names] of current) {
    const before = ended.get(host);
    if (!before) continue;
    for (const to of names) if (!before.has(to)) out.push({ host, from: [...before].sort(), to });
  }
  return out.sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
}
