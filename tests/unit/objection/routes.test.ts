import { describe, expect, it } from 'vitest';
import { ROUTES, categoryLevel, routesFor, type RouteContext, type Situation } from '@/utils/objection/routes';

const OFFICIAL = ['www.rijksoverheid.nl', 'www.nationaleombudsman.nl', 'autoriteitpersoonsgegevens.nl', 'www.mensenrechten.nl', 'www.juridischloket.nl', 'www.rechtspraak.nl'];
const ctx = (situation: Situation | null, categories: (string | null)[] = [], kind: RouteContext['organizationKind'] = 'decider'): RouteContext => ({
  situation,
  organizationKind: kind,
  publicationCategories: categories,
});
const ids = (c: RouteContext) => routesFor(c).fitting.map((r) => r.id);

describe('routes', () => {
  it('links only to official https sites and has both languages', () => {
    for (const r of ROUTES) {
      const url = new URL(r.link);
      expect(url.protocol).toBe('https:');
      expect(OFFICIAL).toContain(url.host);
      for (const text of [r.title, r.when, r.deadline, r.where]) {
        expect(text.nl.length).toBeGreaterThan(5);
        expect(text.en.length).toBeGreaterThan(5);
      }
    }
    expect(ROUTES.find((r) => r.id === 'ombudsman')!.phone).toBe('0800-33 55 555');
    expect(ROUTES.find((r) => r.id === 'mensenrechten')!.phone).toBe('030-888 38 88');
  });

  it.each([
    ['decision', ['bezwaar', 'avg-22', 'avg-inzage', 'beroep', 'juridisch-loket']],
    ['treatment', ['klacht', 'ombudsman', 'avg-inzage', 'juridisch-loket']],
    ['discrimination', ['mensenrechten', 'klacht', 'bezwaar', 'avg-inzage', 'juridisch-loket', 'ap-algoritmes']],
    ['data', ['avg-inzage', 'avg-bezwaar', 'woo', 'ap-klacht']],
  ] as const)('situation %s with only other algorithms gives %j', (situation, expected) => {
    expect(ids(ctx(situation, ['Overige algoritmes']))).toEqual(expected);
  });

  it('adds art. 22 and the algorithm supervisor when algorithms are impactful or high-risk', () => {
    for (const cat of ['Impactvolle algoritmes', 'Hoog-risico AI-systeem', 'hoog-risico AI-systemen', 'HOOG-RISICO AI-SYSTEMEN']) {
      const fitting = ids(ctx('data', ['Overige algoritmes', cat, null]));
      expect(fitting.slice(0, 3)).toContain('avg-22');
      expect(fitting).toContain('ap-algoritmes');
    }
    expect(ids(ctx('data', ['Overige algoritmes', null]))).not.toContain('avg-22');
  });

  it('notes a transit host and the most serious category', () => {
    expect(routesFor(ctx(null, [], 'transit')).notes).toContain('transit');
    expect(routesFor(ctx(null, ['Impactvolle algoritmes', 'Hoog-risico AI-systemen'])).notes).toContain('high-risk');
    expect(routesFor(ctx(null, ['Impactvolle algoritmes'])).notes).toEqual(['impactful']);
    expect(routesFor(ctx('decision')).notes).toEqual(['letter-first']);
  });

  it('splits all routes into fitting and others without duplicates, for every context', () => {
    for (const s of [null, 'decision', 'data', 'treatment', 'discrimination'] as const) {
      for (const cats of [[], ['Impactvolle algoritmes'], ['Hoog-risico AI-systeem']]) {
        const sel = routesFor(ctx(s, cats));
        const all = [...sel.fitting, ...sel.others].map((r) => r.id);
        expect(new Set(all).size).toBe(ROUTES.length);
        expect(all.length).toBe(ROUTES.length);
      }
    }
  });

  it('ranks publication categories', () => {
    expect([null, 'Overige algoritmes', 'Impactvolle algoritmes', 'Hoog-risico AI-systeem', 'onbekend'].map(categoryLevel)).toEqual([0, 0, 1, 2, 0]);
  });
});
