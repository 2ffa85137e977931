import { describe, expect, it } from 'vitest';
import { pickLanguage, translator, type Messages } from '@/utils/i18n';

const messages: Messages<'count' | 'only_nl'> = {
  nl: { count: '{n} algoritmen bij {org}', only_nl: 'alleen Nederlands' },
  en: { count: '{n} algorithms at {org}', only_nl: '' },
};

describe('i18n', () => {
  it.each([
    [null, 'en-GB', 'en'],
    [null, 'nl-NL', 'nl'],
    [null, 'de-DE', 'nl'],
    [null, undefined, 'nl'],
    ['nl', 'en-US', 'nl'],
    ['en', 'nl', 'en'],
  ])('override %s with browser %s gives %s', (override, browserLang, expected) => {
    expect(pickLanguage(override, browserLang)).toBe(expected);
  });

  it('fills placeholders and falls back to Dutch for an empty translation', () => {
    expect(translator(messages, 'en')('count', { n: 3, org: 'UWV' })).toBe('3 algorithms at UWV');
    expect(translator(messages, 'en')('only_nl')).toBe('alleen Nederlands');
  });
});
