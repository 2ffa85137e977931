import { useMemo, useState } from 'preact/hooks';
import type { Organization } from '@/utils/register/model';
import { CHANGE_KINDS } from '@/utils/register/changes';
import { changesCsv, changesJson } from '@/utils/register/changes-export';
import { registerChanges } from '@/utils/register/changes-store';
import { followedChanges } from '@/utils/follow/follow';
import { followedOrganizations } from '@/utils/settings';
import { CATEGORY_KEYS } from '@/utils/register/category';
import { formatDate } from '@/utils/objection/format';
import { capText } from '@/utils/sanitize';
import { datedName, downloadText } from '@/utils/download';
import { algorithmMessages } from '../algorithm/messages';
import { changesMessages } from '../follow/messages';
import { ChangeList } from '../follow/ChangeList';
import { byOrganization, filterChanges, NO_CHANGE_FILTERS, type ChangeFilters } from './changes-filter';
import { FilterSelect } from './FilterSelect';
import { FollowList } from './FollowList';
import { useItem } from './use-item';
import { useLanguage, useT } from '../i18n';

/** Rows shown before "show more": keeps the page light when a whole register changed. */
export const CHANGES_SHOWN = 200;

/**
 * The changes section: organisations followed (with their notable changes,
 * "Nieuw sinds …"), then every change between the last two register updates,
 * filterable and exportable as CSV or JSON.
 */
export function Changes({ organizations }: { organizations: readonly Organization[] }) {
  const t = useT(changesMessages);
  const cat = useT(algorithmMessages);
  const lang = useLanguage();
  const set = useItem(registerChanges) ?? null;
  const followed = useItem(followedOrganizations) ?? [];
  const [filters, setFilters] = useState<ChangeFilters>(NO_CHANGE_FILTERS);
  const [limit, setLimit] = useState(CHANGES_SHOWN);
  const [message, setMessage] = useState('');
  const shown = useMemo(() => (set ? filterChanges(set.changes, filters, followed) : []), [set, filters, followed]);
  const notable = followedChanges(set, followed);
  const date = (iso: string | null) => (iso ? formatDate(iso, lang) : '?');
  const exportAs = (kind: 'csv' | 'json') => {
    if (!set) return;
    const name =
      kind === 'csv'
        ? downloadText(changesCsv(set), datedName('wijzigingen', 'csv'), 'text/csv;charset=utf-8')
        : downloadText(changesJson(set, new Date()), datedName('wijzigingen', 'json'), 'application/json');
    setMessage(t('exported', { name }));
  };
  const set_ = (key: keyof ChangeFilters) => (value: string | boolean) => {
    setFilters({ ...filters, [key]: value });
    setLimit(CHANGES_SHOWN);
  };
  return (
    <div class="changes">
      <p>{t('intro')}</p>
      <FollowList organizations={organizations} />
      {set && followed.length > 0 && (
        <section aria-labelledby="new-since-h" class="new-since">
          <h2 id="new-since-h">{t('new_since', { date: date(set.from.data_date) })}</h2>
          {notable.length ? <ChangeList changes={notable} /> : <p class="muted">{t('new_since_none')}</p>}
        </section>
      )}
      <h2 id="changes-h">{t('heading')}</h2>
      {!set && <p>{t('none_yet')}</p>}
      {set && (
        <>
          <p>{t('between', { from: date(set.from.data_date), to: date(set.to.data_date) })}</p>
          <fieldset class="filters">
            <legend>{t('filters')}</legend>
            <div class="field">
              <label for="ch-text">{t('f_text')}</label>
              <input
                id="ch-text"
                type="search"
                value={filters.text}
                onInput={(e) => set_('text')((e.currentTarget as HTMLInputElement).value)}
              />
            </div>
            <FilterSelect
              id="ch-kind"
              label={t('f_kind')}
              anyLabel={t('any')}
              value={filters.kind}
              onChange={set_('kind')}
              options={CHANGE_KINDS.map((k) => ({ value: k, label: t(`k_${k}`) }))}
            />
            <FilterSelect
              id="ch-category"
              label={t('f_category')}
              anyLabel={t('any')}
              value={filters.category}
              onChange={set_('category')}
              options={CATEGORY_KEYS.map((k) => ({ value: k, label: cat(`cat_${k}`) }))}
            />
            <label class="choice">
              <input
                type="checkbox"
                id="ch-followed"
                checked={filters.followedOnly}
                onChange={(e) => set_('followedOnly')((e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {t('f_followed')}
            </label>
            <button type="button" onClick={() => setFilters(NO_CHANGE_FILTERS)}>
              {t('reset')}
            </button>
          </fieldset>
          <p role="status" aria-live="polite" class="result-count">
            {shown.length ? t('count', { n: shown.length }) : t('count_none')}
          </p>
          {byOrganization(shown.slice(0, limit)).map(([org, changes]) => (
            <section key={org} class="change-org">
              <h3>{capText(org, 120)}</h3>
              <ChangeList changes={changes} />
            </section>
          ))}
          {shown.length > limit && (
            <button type="button" onClick={() => setLimit(limit + CHANGES_SHOWN)}>
              {t('more', { n: shown.length - limit })}
            </button>
          )}
          <p class="actions">
            <button type="button" onClick={() => exportAs('csv')}>
              {t('export_csv')}
            </button>{' '}
            <button type="button" onClick={() => exportAs('json')}>
              {t('export_json')}
            </button>
          </p>
        </>
      )}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
