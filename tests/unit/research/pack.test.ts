import { describe, expect, it } from 'vitest';
import { packLog, unpackLog } from '../../../utils/research/pack';
import { recordVisits } from '../../../utils/research/record';
import { observationFromView } from '../../../utils/research/observe';
import { busyOrganisations, viewFor } from './views';

describe('stored form of the log', () => {
  const orgs = busyOrganisations(1);
  const log = recordVisits(
    [],
    orgs
      .slice(0, 40)
      .map((o, i) => observationFromView(viewFor(`https://s${i}.nl/p`, o), i % 2 === 0, new Date(Date.UTC(2026, 0, 1, 0, i)))!),
  );

  it('round-trips entries exactly', () => {
    expect(unpackLog(packLog(log))).toEqual(log);
    expect(unpackLog(JSON.parse(JSON.stringify(packLog(log))))).toEqual(log);
  });

  it('is much smaller than plain entries', () => {
    expect(JSON.stringify(packLog(log)).length).toBeLessThan(JSON.stringify(log).length * 0.7);
  });

  it('reads a missing or damaged value as an empty log', () => {
    expect(unpackLog(undefined)).toEqual([]);
    expect(unpackLog({ v: 2 } as never)).toEqual([]);
  });
});
