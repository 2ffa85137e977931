import { describe, expect, it } from 'vitest';
import { newStats, parseRetryAfter, postJson } from '@/utils/register/http';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sun, 22 Nov 2026 12:00:30 GMT', 30_000],
    ['Sun, 22 Nov 2026 11:00:00 GMT', 0],
    ['soon', null],
    [null, null],
    ['-5', null],
  ])('%j → %j ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });
});

describe('only the register answers', () => {
  const url = 'https://algoritmes.overheid.nl/api/algoritme/NLD';
  const answer = (over: Partial<Response>) =>
    (async () =>
      ({
        type: 'basic',
        status: 200,
        ok: true,
        url,
        redirected: false,
        headers: new Headers({ 'content-type': 'application/json' }),
        body: null,
        ...over,
      }) as Response) as typeof fetch;

  it.each([
    [
      'an opaque redirect (what browsers give with redirect: manual)',
      { type: 'opaqueredirect', status: 0, ok: false } as Partial<Response>,
      /^redirect: HTTP redirect for/,
    ],
    [
      'a 302 (what Node gives)',
      { status: 302, ok: false, headers: new Headers({ location: 'https://elders.example/' }) },
      /^redirect: HTTP 302 to https:\/\/elders\.example\//,
    ],
    [
      'an answer from another origin',
      { url: 'https://elders.example/api/algoritme/NLD' },
      /^redirect: answer came from https:\/\/elders\.example/,
    ],
  ])('refuses %s, without retrying', async (_label, over, message) => {
    const stats = newStats();
    const calls: RequestInit[] = [];
    const fetcher = (async (u: string, init: RequestInit) => (calls.push(init), answer(over)(u, init))) as unknown as typeof fetch;
    await expect(postJson(url, { page: 1, limit: 100 }, { fetch: fetcher, retries: 3 }, stats)).rejects.toThrow(message);
    expect(calls).toHaveLength(1);
    expect(calls[0].redirect).toBe('manual');
  });
});
