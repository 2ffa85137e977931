import type { Algorithm } from '@/utils/register/model';
import { countByCategory, isCounted } from '@/utils/badge';
import { CATEGORY_KEYS } from '@/utils/register/category';
import { algorithmMessages } from './messages';
import { useT } from '../i18n';

/** Id of a category's section in the list, the target of its count. */
export const groupId = (category: string) => `group-${category}`;

/**
 * The classification at a glance, on one line (the total is in the tab's
 * label; screen readers also hear it here): a coloured count per category (each a link to its group,
 * with the full category name as a legend on hover and focus), and how many
 * are out of use.
 */
export function CategoryCounts({ algorithms }: { algorithms: readonly Algorithm[] }) {
  const t = useT(algorithmMessages);
  const counts = countByCategory(algorithms);
  const current = algorithms.filter(isCounted).length;
  const retired = algorithms.length - current;
  const present = CATEGORY_KEYS.filter((c) => counts[c] > 0);
  return (
    // With all four categories the labels do not fit on one line: then only the counts show (labels stay for screen readers).
    <div class={present.length > 3 ? 'category-counts counts-only' : 'category-counts'} role="group" aria-label={t('counts_label')}>
      <span class="visually-hidden">{t('counts_total', { n: current })}:</span>
      <ul>
        {present.map((c) => (
          <li key={c} class={`count-chip chip-${c}`}>
            <a href={`#${groupId(c)}`} aria-describedby={`legend-${c}`}>
              <span class="swatch" aria-hidden="true" />
              {counts[c]}{' '}
              <span class="chip-label">{t(c === 'unknown' && present.length === 1 ? 'short_unknown_alone' : `short_${c}`)}</span>
            </a>
            <span role="tooltip" id={`legend-${c}`} class="legend">
              {t('counts_legend', { category: t(`cat_${c}`), n: counts[c] })}
            </span>
          </li>
        ))}
      </ul>
      {retired > 0 && <span class="counts-retired muted">{t('counts_retired', { n: retired })}</span>}
    </div>
  );
}
