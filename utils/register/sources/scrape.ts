import * as v from 'valibot';
import type { Algorithm, RegisterState } from '../model';
import { emptyReport, type ConversionReport } from '../report';
import { toAlgorithm } from '../validate';

/**
 * The daily scrape of the register (github.com/schellevis/algoritmeregister,
 * CC0): `{fetched_at, source_url, count, algoritmes: [{id, title, organisatie,
 * doel, juridische_basis, status, geregistreerd, toegevoegd, impactassessment, url}]}`.
 * Its fields are the API's `lars`, `name`, `organization`, `goal` and
 * `lawful_basis` with the HTML stripped, `status` respelled (`in_gebruik`) and
 * `create_dt` cut to a date (`geregistreerd`). `toegevoegd` (when the scraper
 * first saw it) and `impactassessment` (the scraper's own Ja/Nee/Onbekend guess)
 * are not register data and are not used.
 */
export const ScrapeFileSchema = v.looseObject({
  fetched_at: v.string(),
  count: v.pipe(v.number(), v.integer()),
  algoritmes: v.array(v.unknown()),
});

export function isScrapeFile(json: unknown): boolean {
  return v.is(ScrapeFileSchema, json);
}

/** One scrape record in the API's own field names, so the same validation applies. */
export function scrapeToApiShape(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const r = raw as Record<string, unknown>;
  return {
    lars: r.id,
    name: r.title,
    organization: r.organisatie,
    goal: r.doel,
    lawful_basis: r.juridische_basis,
    status: r.status,
    create_dt: r.geregistreerd,
  };
}

export interface SourceResult {
  algorithms: Algorithm[];
  report: ConversionReport;
  register_state: RegisterState | null;
  /** Organisation types the source states itself (site-data), by exact name. */
  organization_types?: Map<string, string>;
}

/** Newest entry by create_dt (ties: the first seen), and the count. */
export function registerState(algorithms: Algorithm[], totalCount: number): RegisterState {
  let newest: Algorithm | null = null;
  for (const a of algorithms) if ((a.create_dt ?? '') > (newest?.create_dt ?? '')) newest = a;
  return { total_count: totalCount, newest_lars: newest?.lars ?? null, newest_create_dt: newest?.create_dt ?? null };
}

export function convertScrape(json: unknown, label = 'scrape'): SourceResult {
  const file = v.parse(ScrapeFileSchema, json);
  const report = emptyReport();
  const algorithms: Algorithm[] = [];
  file.algoritmes.forEach((raw, i) => {
    const a = toAlgorithm(scrapeToApiShape(raw), `${label} #${i}`, report);
    if (a) algorithms.push(a);
  });
  if (file.count !== file.algoritmes.length) {
    report.notes.push({ lars: null, at: label, reason: `count says ${file.count}, file has ${file.algoritmes.length}` });
  }
  return { algorithms, report, register_state: registerState(algorithms, file.count) };
}
