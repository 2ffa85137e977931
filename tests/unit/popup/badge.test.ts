import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, countByCategory } from '@/utils/badge';
import type { Recognition } from '@/utils/recognition/types';
import type { Algorithm } from '@/utils/register/model';
import { algorithmsOf, realAlgorithms } from './fixtures';
import { SCRAPE_FILE } from '../../../scripts/data/paths';

const UWV = 'Uitvoeringsinstituut Werknemersverzekeringen';
const AMS = 'Gemeente Amsterdam';

/** Expected counts straight from the raw scrape file (independent of the code under test). */
function rawCurrentCount(org: string): number {
  const raw = JSON.parse(readFileSync(SCRAPE_FILE, 'utf8'));
  return raw.algoritmes.filter((a: { organisatie: string; status: string }) => a.organisatie === org && a.status !== 'buiten_gebruik')
    .length;
}

function rec(name: string | null, match: Recognition['match'] = 'domain', extra: Partial<Recognition> = {}): Recognition {
  return { url: 'https://www.example.nl/', host: 'www.example.nl', organization: name ? { name, org_id: null } : null, match, ...extra };
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('badgeFor with real register records', () => {
  it.each([UWV, AMS])('counts %s like the register: in use + in development', (org) => {
    const algorithms = algorithmsOf(org);
    expect(algorithms.length).toBeGreaterThan(0);
    const badge = badgeFor({ recognition: rec(org), algorithms, paused: false }, 'nl');
    const expected = rawCurrentCount(org);
    expect(badge.text).toBe(String(expected));
    expect(badge.title).toContain(`${org}: ${expected} algoritmen geregistreerd`);
    expect(badge.title).toMatch(/Klik voor details\.$/);
  });

  it('colours by the most serious category present (synthetic categories on real UWV records)', () => {
    const base = algorithmsOf(UWV).filter((a) => a.status !== 'Buiten gebruik');
    const withCat = (cats: (string | null)[]): Algorithm[] => base.map((a, i) => ({ ...a, publication_category: cats[i % cats.length] }));
    expect(badgeFor({ recognition: rec(UWV), algorithms: withCat([null]), paused: false }, 'nl').background).toBe(
      BADGE_COLORS.unknown.background,
    );
    expect(badgeFor({ recognition: rec(UWV), algorithms: withCat(['Overige algoritmes', null]), paused: false }, 'nl').background).toBe(
      BADGE_COLORS.other.background,
    );
    expect(
      badgeFor({ recognition: rec(UWV), algorithms: withCat(['Overige algoritmes', 'Impactvolle algoritmes']), paused: false }, 'nl')
        .background,
    ).toBe(BADGE_COLORS.impactful.background);
    const worst = badgeFor(
      { recognition: rec(UWV), algorithms: withCat(['Hoog-risico AI-systemen', 'Impactvolle algoritmes', null]), paused: false },
      'en',
    );
    expect(worst.background).toBe(BADGE_COLORS.high_risk.background);
    const counts = countByCategory(withCat(['Hoog-risico AI-systemen', 'Impactvolle algoritmes', null]));
    expect(worst.title).toBe(
      `${UWV}: ${base.length} algorithms registered as in use or in development, of which ${counts.high_risk} high-risk AI system, ${counts.impactful} impactful and ${counts.unknown} category unknown. Click for details.`,
    );
  });

  it('does not colour by an out-of-use algorithm', () => {
    const algorithms = algorithmsOf(UWV).map((a) => ({
      ...a,
      publication_category: a.status === 'Buiten gebruik' ? 'Hoog-risico AI-systeem' : null,
    }));
    expect(algorithms.some((a) => a.publication_category)).toBe(true);
    expect(badgeFor({ recognition: rec(UWV), algorithms, paused: false }, 'nl').background).toBe(BADGE_COLORS.unknown.background);
  });

  it('shows "0" for a recognised organisation with only out-of-use entries, and says the register is incomplete', () => {
    const retired = algorithmsOf(UWV).filter((a) => a.status === 'Buiten gebruik');
    expect(retired.length).toBeGreaterThan(0);
    const badge = badgeFor({ recognition: rec(UWV), algorithms: retired, paused: false }, 'nl');
    expect(badge.text).toBe('0');
    expect(badge.title).toContain('nog lang niet compleet');
  });

  it('says "1 algoritme" for a single entry', () => {
    const one = algorithmsOf(UWV)
      .filter((a) => a.status === 'In gebruik')
      .slice(0, 1);
    expect(badgeFor({ recognition: rec(UWV), algorithms: one, paused: false }, 'nl').title).toMatch(/: 1 algoritme geregistreerd dat/);
  });

  it('counts entries with an unknown status (not known to be out of use)', () => {
    const algorithms = algorithmsOf(UWV).map((a) => ({ ...a, status: null }));
    expect(badgeFor({ recognition: rec(UWV), algorithms, paused: false }, 'nl').text).toBe(String(algorithms.length));
  });
});

describe('no badge', () => {
  const uwv = () => algorithmsOf(UWV);
  it.each([
    ['unrecognised', rec(null, 'none'), false],
    ['paused', rec(UWV), true],
    ['rejected by the user', rec(null, 'none', { user_decision: 'rejected' }), false],
  ])('%s pages', (_label, recognition, paused) => {
    const badge = badgeFor({ recognition, algorithms: recognition.organization ? uwv() : [], paused }, 'nl');
    expect(badge.text).toBe('');
  });

  it('transit hosts: no count, the title says it is a login service', () => {
    const note = 'DigiD: de inlogdienst van de overheid (Logius). De organisatie waar je inlogt, beslist.';
    const badge = badgeFor({ recognition: rec(null, 'transit', { transit_note: note }), algorithms: [], paused: false }, 'nl');
    expect(badge.text).toBe('');
    expect(badge.title).toBe(`${note} Hier staan geen algoritmen bij. Klik voor uitleg.`);
  });
});

describe('badge colours', () => {
  it.each(Object.entries(BADGE_COLORS))('%s has text contrast of at least 4.5:1', (_key, { background, text }) => {
    expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
  });

  it('uses a distinct colour per category', () => {
    const keys = ['high_risk', 'impactful', 'other', 'unknown'] as const;
    expect(new Set(keys.map((k) => BADGE_COLORS[k].background)).size).toBe(4);
  });

  it('covers the whole real register without throwing', () => {
    const all = realAlgorithms();
    const byOrg = new Map<string, Algorithm[]>();
    for (const a of all) byOrg.set(a.organization, [...(byOrg.get(a.organization) ?? []), a]);
    for (const [org, list] of byOrg)
      expect(badgeFor({ recognition: rec(org), algorithms: list, paused: false }, 'nl').text).toMatch(/^\d+$/);
  });
});
