import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '@/utils/register/http';

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
