import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Snapshot } from '@/utils/register/model';
import { keyPart } from '@/utils/i18n';
import { explorerMessages } from './explorer-messages';
import { NO_FILTERS, explorerIndex, pageOf, searchExplorer, type ExplorerFilters } from './explorer-search';
import { ExplorerItem } from './ExplorerItem';
import { FilterSelect } from './FilterSelect';
import { useT } from '../i18n';

/** Results per page: keeps the page light with 1,500+ algorithms. */
export const PAGE_SIZE = 20;
/** Pause in typing before searching (ms). */
export const SEARCH_DELAY_MS = 200;

/**
 * The register explorer: fuzzy search over every algorithm (name,
 * organisation, description), four filters, paged results with the same
 * detail view as the popup, and a live count for screen readers.
 */
export function Explorer({ snapshot }: { snapshot: Snapshot }) {
  const t = useT(explorerMessages);
  const index = useMemo(() => explorerIndex(snapshot), [snapshot]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ExplorerFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  // Search after a short pause in typing, so every keystroke stays quick.
  const [searched, setSearched] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearched(query), query ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [query]);
  const results = useMemo(() => searchExplorer(index, searched, filters), [index, searched, filters]);
  const shown = pageOf(results, page, PAGE_SIZE);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  /** Another page: show it from the top and move focus there, so keyboard and screen-reader users land on it. */
  const goTo = (p: number) => {
    setPage(p);
    resultsHeading.current?.focus();
    resultsHeading.current?.scrollIntoView?.();
  };
  const setFilter = (key: keyof ExplorerFilters) => (value: string) => {
    setFilters({ ...filters, [key]: value });
    setPage(1);
  };
  // An organisation type the table does not know is shown as the register spells it.
  const orgType = (v: string) => {
    const key = `ot_${keyPart(v)}`;
    return key in explorerMessages.nl ? t(key as 'ot_overig') : v;
  };
  const label = (key: keyof ExplorerFilters, v: string) =>
    key === 'orgType' && v !== '(onbekend)' ? orgType(v) : v === '(onbekend)' ? t('unknown') : v;
  return (
    <div class="explorer">
      <p>{t('intro')}</p>
      <div class="search">
        <label for="explorer-q">{t('search_label')}</label>
        <input
          id="explorer-q"
          type="search"
          value={query}
          aria-describedby="explorer-q-hint"
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setPage(1);
          }}
        />
        <p id="explorer-q-hint" class="muted">
          {t('search_hint')}
        </p>
      </div>
      <fieldset class="filters">
        <legend>{t('filters')}</legend>
        {(['category', 'status', 'orgType', 'theme'] as const).map((key) =>
          index.facets[key].length > 0 ? (
            <FilterSelect
              key={key}
              id={`f-${key}`}
              label={t(`f_${key === 'orgType' ? 'orgtype' : key}`)}
              anyLabel={t('any')}
              options={index.facets[key].map((v) => ({ value: v, label: label(key, v) }))}
              value={filters[key]}
              onChange={setFilter(key)}
            />
          ) : null,
        )}
        <button
          type="button"
          onClick={() => {
            setFilters(NO_FILTERS);
            setQuery('');
            setPage(1);
          }}
        >
          {t('reset')}
        </button>
      </fieldset>
      <h2 id="results-h" tabIndex={-1} ref={resultsHeading}>
        {t('results')}
      </h2>
      <p role="status" aria-live="polite" class="result-count">
        {results.length ? t('count', { n: results.length }) : t('count_none')}
      </p>
      <ol class="explorer-results" aria-labelledby="results-h" start={(shown.page - 1) * PAGE_SIZE + 1}>
        {shown.items.map((r) => (
          <ExplorerItem key={r.algorithm.lars} row={r} />
        ))}
      </ol>
      {shown.pages > 1 && (
        <nav class="pager" aria-label={t('pages')}>
          <button type="button" disabled={shown.page <= 1} onClick={() => goTo(shown.page - 1)}>
            {t('prev')}
          </button>
          <span>{t('page', { page: shown.page, pages: shown.pages })}</span>
          <button type="button" disabled={shown.page >= shown.pages} onClick={() => goTo(shown.page + 1)}>
            {t('next')}
          </button>
        </nav>
      )}
    </div>
  );
}
