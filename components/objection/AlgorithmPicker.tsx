import { useState } from 'preact/hooks';
import type { Algorithm } from '@/utils/register/model';
import { nameKey } from '@/utils/register';
import { capText } from '@/utils/sanitize';
import { TextField } from './fields';
import { useObjectionT } from './parts';

interface AlgorithmPickerProps {
  algorithms: readonly Algorithm[];
  selected: ReadonlySet<string>;
  onToggle: (lars: string) => void;
}

/** From this many algorithms on, the picker gets a search field. */
export const PICKER_FILTER_FROM = 8;

const STATUS_ORDER: Record<string, number> = { 'In gebruik': 0, 'In ontwikkeling': 1 };

/** Sorts algorithms for picking: in use first, then in development, then the rest; by name within. */
export function pickOrder(algorithms: readonly Algorithm[]): Algorithm[] {
  return [...algorithms].sort(
    (a, b) => (STATUS_ORDER[a.status ?? ''] ?? 2) - (STATUS_ORDER[b.status ?? ''] ?? 2) || a.name.localeCompare(b.name, 'nl'),
  );
}

/** Checkboxes for the organisation's algorithms, in a scrolling fieldset. */
export function AlgorithmPicker({ algorithms, selected, onToggle }: AlgorithmPickerProps) {
  const t = useObjectionT();
  const [query, setQuery] = useState('');
  const q = nameKey(query);
  const shown = pickOrder(algorithms).filter((a) => !q || selected.has(a.lars) || nameKey(a.name).includes(q));
  return (
    <fieldset class="aw-obj-algorithms">
      <legend>{t('algorithms_legend')}</legend>
      {algorithms.length === 0 ? (
        <p class="aw-obj-small">{t('algorithms_none')}</p>
      ) : (
        <>
          {algorithms.length >= PICKER_FILTER_FROM && (
            <TextField id="aw-obj-alg-filter" type="text" label={t('algorithms_filter')} value={query} onValue={setQuery} maxLength={100} />
          )}
          <div class="aw-obj-scroll">
            {shown.map((a) => (
              <div class="aw-obj-check" key={a.lars}>
                <input type="checkbox" id={`aw-obj-alg-${a.lars}`} checked={selected.has(a.lars)} onChange={() => onToggle(a.lars)} />
                <label for={`aw-obj-alg-${a.lars}`}>
                  {capText(a.name, 200)}
                  {a.status && <span class="aw-obj-small"> ({a.status})</span>}
                </label>
              </div>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
