import { useMemo, useState } from 'preact/hooks';
import type { Algorithm } from '@/utils/register/model';
import { algorithmMessages } from './messages';
import { FILTER_THRESHOLD, groupAlgorithms, matchesFilter } from './grouping';
import { AlgorithmItem } from './AlgorithmItem';
import { groupId } from './CategoryCounts';
import { useT } from '../i18n';

export interface AlgorithmListProps {
  algorithms: readonly Algorithm[];
  /** Level of the category headings; algorithm names are one lower. */
  headingLevel?: 2 | 3;
  /** Show a filter box above this many algorithms. */
  filterThreshold?: number;
}

/**
 * Algorithms grouped by publication category (most serious first), out-of-use
 * ones collapsed per group, and a filter box when the list is long.
 * Props-driven, so the options page explorer reuses it.
 */
export function AlgorithmList({ algorithms, headingLevel = 2, filterThreshold = FILTER_THRESHOLD }: AlgorithmListProps) {
  const t = useT(algorithmMessages);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => algorithms.filter((a) => matchesFilter(a, query)), [algorithms, query]);
  const groups = useMemo(() => groupAlgorithms(shown), [shown]);
  const H = `h${headingLevel}` as 'h2';
  const item = (headingLevel + 1) as 3 | 4;
  return (
    <div class="algorithm-list">
      {algorithms.length > filterThreshold && (
        <div class="filter">
          <label>
            {t('filter_label')}
            <input type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <p class="muted" role="status">
            {query.trim() ? t('filter_count', { n: shown.length, total: algorithms.length }) : ''}
          </p>
        </div>
      )}
      {query.trim() && shown.length === 0 && <p>{t('filter_none', { q: query.trim() })}</p>}
      {groups.map((g) => (
        <section key={g.category} id={groupId(g.category)} class={`group group-${g.category}`} data-category={g.category}>
          <H>
            <span class="swatch" aria-hidden="true" /> {t(`cat_${g.category}`)}{' '}
            <span class="count">({g.current.length + g.retired.length})</span>
          </H>
          {g.category === 'unknown' && (
            <details class="hint">
              <summary>{t('cat_unknown_why')}</summary>
              <p class="muted">{t('cat_unknown_hint')}</p>
            </details>
          )}
          {g.current.length > 0 && (
            <ul class="algorithms">
              {g.current.map((a) => (
                <AlgorithmItem key={a.lars} algorithm={a} headingLevel={item} />
              ))}
            </ul>
          )}
          {g.retired.length > 0 && (
            <details class="retired">
              <summary>{t('retired', { n: g.retired.length })}</summary>
              <ul class="algorithms">
                {g.retired.map((a) => (
                  <AlgorithmItem key={a.lars} algorithm={a} headingLevel={item} />
                ))}
              </ul>
            </details>
          )}
        </section>
      ))}
    </div>
  );
}
