import { describe, expect, it } from 'vitest';
import { NO_FILTERS, UNKNOWN, descriptionText, explorerIndex, pageOf, searchExplorer } from '../../../components/options/explorer-search';
import { loadTestSnapshot } from './snapshot-fixture';

const snapshot = loadTestSnapshot();
const index = explorerIndex(snapshot);

describe('explorer search over the real register', () => {
  it('lists every algorithm without a query or filters', () => {
    expect(searchExplorer(index, '', NO_FILTERS)).toHaveLength(snapshot.algorithms.length);
    expect(snapshot.algorithms.length).toBeGreaterThan(1000);
  });

  it('builds the index once per snapshot', () => {
    expect(explorerIndex(snapshot)).toBe(index);
  });

  it('finds an algorithm by its exact name first', () => {
    const target = snapshot.algorithms.find((a) => a.name.length > 20 && a.name.length < 60)!;
    const hits = searchExplorer(index, target.name, NO_FILTERS);
    expect(hits.slice(0, 5).map((r) => r.algorithm.lars)).toContain(target.lars);
  });

  it('tolerates a small typo in a name', () => {
    const target = snapshot.algorithms.find((a) => /^[A-Za-z ]{15,40}$/.test(a.name))!;
    const typo = target.name.slice(0, 5) + target.name.slice(6); // one letter dropped
    const hits = searchExplorer(index, typo, NO_FILTERS)
      .slice(0, 10)
      .map((r) => r.algorithm.lars);
    expect(hits).toContain(target.lars);
  });

  it("finds an organisation's algorithms by organisation name", () => {
    const counts = new Map<string, number>();
    for (const a of snapshot.algorithms) counts.set(a.organization, (counts.get(a.organization) ?? 0) + 1);
    const [org, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const hits = searchExplorer(index, org, NO_FILTERS)
      .slice(0, n)
      .map((r) => r.algorithm.organization);
    expect(hits.filter((o) => o === org).length).toBeGreaterThanOrEqual(Math.floor(n * 0.8));
  });

  it('filters by status exactly as the data says', () => {
    const inUse = searchExplorer(index, '', { ...NO_FILTERS, status: 'Buiten gebruik' });
    const expected = snapshot.algorithms.filter((a) => a.status === 'Buiten gebruik').length;
    expect(inUse).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
  });

  it('filters by publication category, organisation type and theme, and combines filters', () => {
    const f = index.facets;
    expect(f.category.length).toBeGreaterThan(0);
    for (const category of f.category) {
      const expected = snapshot.algorithms.filter((a) => (a.publication_category ?? UNKNOWN) === category).length;
      expect(searchExplorer(index, '', { ...NO_FILTERS, category })).toHaveLength(expected);
    }
    expect(f.orgType).toContain('gemeente');
    const gemeenten = searchExplorer(index, '', { ...NO_FILTERS, orgType: 'gemeente' });
    expect(gemeenten.length).toBeGreaterThan(snapshot.algorithms.length / 3);
    expect(gemeenten.every((r) => r.orgType === 'gemeente')).toBe(true);
    const both = searchExplorer(index, '', { ...NO_FILTERS, orgType: 'gemeente', status: 'In gebruik' });
    expect(both.length).toBe(gemeenten.filter((r) => r.algorithm.status === 'In gebruik').length);
    for (const theme of f.theme.slice(0, 3)) {
      const hits = searchExplorer(index, '', { ...NO_FILTERS, theme });
      expect(hits.every((r) => r.algorithm.themes.includes(theme))).toBe(true);
    }
  });

  it('pages results and clamps the page number', () => {
    const all = searchExplorer(index, '', NO_FILTERS);
    const last = pageOf(all, 10_000, 20);
    expect(last.pages).toBe(Math.ceil(all.length / 20));
    expect(last.page).toBe(last.pages);
    expect(pageOf(all, 0, 20).items).toEqual(all.slice(0, 20));
  });
});

describe('explorer search in descriptions', () => {
  it('finds algorithms by a word that only their description or goal holds', () => {
    const word = 'fraude';
    const inText = snapshot.algorithms.filter(
      (a) =>
        !a.name.toLowerCase().includes(word) &&
        !a.organization.toLowerCase().includes(word) &&
        `${a.description_short ?? ''} ${a.goal ?? ''}`.toLowerCase().includes(word),
    );
    expect(inText.length).toBeGreaterThan(5);
    const hits = new Set(searchExplorer(index, word, NO_FILTERS).map((r) => r.algorithm.lars));
    const found = inText.filter((a) => hits.has(a.lars)).length;
    expect(found / inText.length).toBeGreaterThan(0.8);
  });

  it('strips HTML from the searchable text', () => {
    expect(descriptionText({ ...snapshot.algorithms[0], description_short: null, goal: '<p>Doel &amp; <b>fraude</b></p>' })).toBe(
      'Doel fraude',
    );
  });
});
