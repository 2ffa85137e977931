import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegisterIndex, nameKey } from '@/utils/register/index';
import type { Snapshot } from '@/utils/register/model';

const bundled = JSON.parse(readFileSync('public/generated/register-snapshot.json', 'utf8')) as Snapshot;

/** A real organisation of the bundled register that has an org_id, and its records. */
const withId = bundled.algorithms.find((a) => a.org_id && a.organization.startsWith('Gemeente'))!;
const own = bundled.algorithms.filter((a) => a.org_id === withId.org_id);

describe('buildRegisterIndex: joining algorithms to an organisation', () => {
  it('finds every record of a real organisation by org_id and by name', () => {
    const index = buildRegisterIndex(bundled);
    expect(own.length).toBeGreaterThan(0);
    expect(index.algorithmsFor({ name: withId.organization, org_id: withId.org_id })).toEqual(own);
    expect(index.algorithmsFor({ name: withId.organization.toUpperCase(), org_id: null })).toEqual(own);
  });

  it('also keeps records of the same name whose source gave no org_id (a synced record without one)', () => {
    const orphan = { ...own[0], lars: '99999991', org_id: null };
    const other = { ...own[0], lars: '99999992', org_id: 'gm9999' };
    const index = buildRegisterIndex({ ...bundled, algorithms: [...bundled.algorithms, orphan, other] });
    const found = index.algorithmsFor({ name: withId.organization, org_id: withId.org_id });
    expect(found.map((a) => a.lars)).toEqual([...own.map((a) => a.lars), '99999991']);
  });

  it('matches names without case, accents or extra spaces', () => {
    expect(nameKey('  Gemeente   Súdwest-Fryslân ')).toBe(nameKey('gemeente sudwest-fryslan'));
  });

  it('returns an empty list for an organisation with no entries', () => {
    expect(buildRegisterIndex(bundled).algorithmsFor({ name: 'Gemeente Nergenshuizen', org_id: 'gm9998' })).toEqual([]);
  });
});
