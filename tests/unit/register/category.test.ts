import { describe, expect, it } from 'vitest';
import { categoryKey, categoryLevel, publicationCategory } from '@/utils/register/category';

describe('categoryKey', () => {
  it.each([
    ['Hoog-risico AI-systeem', 'high_risk'],
    ['Hoog-risico AI-systemen', 'high_risk'],
    ['hoog-risico ai-systeem', 'high_risk'],
    ['Impactvolle algoritmes', 'impactful'],
    ['impactvolle algoritmes ', 'impactful'],
    ['Overige algoritmes', 'other'],
    ['Overig algoritme', 'other'],
    ['Onbekend', 'unknown'],
    ['', 'unknown'],
    [null, 'unknown'],
  ])('%s → %s', (value, key) => expect(categoryKey(value)).toBe(key));
});

describe('publication category', () => {
  it.each([
    ['Hoog-risico AI-systeem', 'Hoog-risico AI-systeem'],
    ['Hoog-risico AI-systemen', 'Hoog-risico AI-systeem'],
    ['hoog-risico ai-systemen', 'Hoog-risico AI-systeem'],
    ['Impactvolle algoritmes', 'Impactvolle algoritmes'],
    ['impactvol algoritme', 'Impactvolle algoritmes'],
    ['Overige algoritmes', 'Overige algoritmes'],
    ['Overig algoritme', 'Overige algoritmes'],
    ['Verboden AI-systeem', 'Verboden AI-systeem'],
    ['Categorie D', 'Categorie D'],
  ])('%s → %s', (input, expected) => {
    expect(publicationCategory(input)).toBe(expected);
  });
});

describe('categoryLevel', () => {
  it('ranks publication categories', () => {
    expect([null, 'Overige algoritmes', 'Impactvolle algoritmes', 'Hoog-risico AI-systeem', 'onbekend'].map(categoryLevel)).toEqual([
      0, 0, 1, 2, 0,
    ]);
  });
});

describe('one rule for every reader', () => {
  it.each([
    ['hoog_risico_ai_systeem', 'high_risk', 'Hoog-risico AI-systeem', 2],
    ['High-risk AI systems', 'high_risk', 'Hoog-risico AI-systeem', 2],
    ['Impactful algorithm', 'impactful', 'Impactvolle algoritmes', 1],
    ['OVERIGE ALGORITMEN', 'other', 'Overige algoritmes', 0],
    ['Verboden AI-systeem', 'unknown', 'Verboden AI-systeem', 0],
  ] as const)('%s → %s, %s, level %d', (value, key, spelling, level) => {
    expect(categoryKey(value)).toBe(key);
    expect(publicationCategory(value)).toBe(spelling);
    expect(categoryLevel(value)).toBe(level);
  });
});
