// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { plausibleTotal, requestBudget, RUN_LIMITS, RunBudget } from '@/utils/register/run-limits';
import { confirmsHold, judgeCandidate, SUSPECT_LIMITS, type SuspectHold } from '@/utils/register/suspect';
import type { Algorithm, Snapshot } from '@/utils/register/model';

/** A snapshot of `count` entries spread over organisations of `perOrg` entries each. */
function snapshot(count: number, perOrg = 10, skipOrgs: number[] = []): Snapshot {
  const algorithms = [] as Algorithm[];
  for (let i = 0; i < count; i++) {
    const org = Math.floor(i / perOrg);
    if (skipOrgs.includes(org)) continue;
    algorithms.push({
      lars: String(10_000_000 + i),
      name: `A${i}`,
      organization: `Organisatie ${org}`,
      org_id: `gm${1000 + org}`,
    } as Algorithm);
  }
  return {
    format: 'algoritmewijzer-snapshot/1',
    generated_at: '',
    data_date: null,
    source: '',
    hash: 'h'.repeat(64),
    organizations: [],
    algorithms,
  };
}

describe('the run limits, as the README states them', () => {
  it.each([
    [1530, 40],
    [15_300, 314],
    [1, 10],
  ])('%i entries → at most %i requests per run', (total, budget) => {
    expect(requestBudget(total)).toBe(budget);
  });

  it.each([
    [1530, 4060],
    [15_300, 31_600],
    [60_000, RUN_LIMITS.maxTotalCount],
    [null, RUN_LIMITS.maxTotalCount],
  ])('%s entries in use → total_count at most %i', (inUse, max) => {
    expect(plausibleTotal(inUse)).toBe(max);
  });

  it('counts requests against the cap', () => {
    const run = new RunBudget(2);
    run.take('a');
    run.take('b');
    expect(() => run.take('c')).toThrow(/^budget: request cap of 2 reached before c/);
  });
});

describe('when a download is suspect', () => {
  const inUse = snapshot(1530);

  it('holds a shrink of more than 10 %, not of exactly 10 %', () => {
    // Drop entries spread over the organisations (first the 1st of each, then the 2nd…), so none vanishes.
    const order = [...inUse.algorithms.keys()].sort((a, b) => (a % 10) - (b % 10) || a - b);
    const keep = (n: number) => {
      const drop = new Set(order.slice(0, 1530 - n));
      return { ...inUse, hash: 'c'.repeat(64), algorithms: inUse.algorithms.filter((_, i) => !drop.has(i)) };
    };
    const tenPercent = keep(1377); // 153 fewer
    expect(tenPercent.algorithms).toHaveLength(1377);
    expect(judgeCandidate(inUse, tenPercent)).toBeNull();
    const more = keep(1376);
    expect(judgeCandidate(inUse, more)?.reasons).toEqual(['shrank']);
    expect(SUSPECT_LIMITS.maxShrinkShare).toBe(0.1);
  });

  it('holds when two organisations with 3+ entries vanish, or one with 10+, not one small one', () => {
    const small = snapshot(1530, 3); // 510 organisations of 3
    expect(judgeCandidate(small, snapshot(1530, 3, [5]))).toBeNull();
    expect(judgeCandidate(small, snapshot(1530, 3, [5, 6]))?.reasons).toEqual(['organizations-vanished']);
    expect(judgeCandidate(inUse, snapshot(1530, 10, [7]))).toMatchObject({
      reasons: ['organizations-vanished'],
      vanished: [{ name: 'Organisatie 7', entries: 10 }],
      vanished_count: 1,
      vanished_entries: 10,
    });
  });

  it('does not count an organisation as vanished when only its name or only its org_id changed', () => {
    const renamed = {
      ...inUse,
      algorithms: inUse.algorithms.map((a) => (a.organization === 'Organisatie 3' ? { ...a, organization: 'Gemeente Drie' } : a)),
    };
    const other = {
      ...renamed,
      algorithms: renamed.algorithms.map((a) => (a.organization === 'Organisatie 4' ? { ...a, org_id: '189378' } : a)),
    };
    expect(judgeCandidate(inUse, other)).toBeNull();
  });

  it('is confirmed by a check 12 hours later within 2 % (or 5 entries) of the held size', () => {
    const hold = { since: '2026-11-22T08:00:00Z', candidate_count: 1000 } as SuspectHold;
    const at = (hours: number) => Date.parse('2026-11-22T08:00:00Z') + hours * 3600_000;
    expect(confirmsHold(hold, 1000, at(11.9))).toBe(false);
    expect(confirmsHold(hold, 1000, at(12))).toBe(true);
    expect(confirmsHold(hold, 980, at(13))).toBe(true);
    expect(confirmsHold(hold, 979, at(13))).toBe(false);
    expect(confirmsHold({ ...hold, candidate_count: 1 }, 6, at(13))).toBe(true);
    expect(confirmsHold({ ...hold, candidate_count: 1 }, 7, at(13))).toBe(false);
  });
});
