import { describe, expect, it } from 'vitest';
import { cached } from '@/utils/cached';

describe('cached', () => {
  it('loads once and shares the promise', async () => {
    let loads = 0;
    const cache = cached(async () => ++loads);
    expect(await Promise.all([cache.get(), cache.get()])).toEqual([1, 1]);
    expect(loads).toBe(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let loads = 0;
    const cache = cached(async () => {
      loads++;
      if (loads === 1) throw new Error('first fails');
      return loads;
    });
    await expect(cache.get()).rejects.toThrow('first fails');
    expect(await cache.get()).toBe(2);
    expect(await cache.get()).toBe(2);
  });

  it('keeps a newer value when an older load fails late', async () => {
    let fail!: (e: Error) => void;
    const cache = cached(() => new Promise<number>((_, reject) => (fail = reject)));
    const old = cache.get();
    cache.set(Promise.resolve(7));
    fail(new Error('late'));
    await expect(old).rejects.toThrow('late');
    expect(await cache.get()).toBe(7);
  });

  it('loads again after forget', async () => {
    let loads = 0;
    const cache = cached(async () => ++loads);
    await cache.get();
    cache.forget();
    expect(await cache.get()).toBe(2);
  });
});
