import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { Popup } from '@/components/popup/Popup';
import type { TabView } from '@/utils/protocol';
import { algorithmsOf } from './fixtures';
import { viewOf } from './views';
import { renderIn } from '../render-in';

const UWV = { name: 'Uitvoeringsinstituut Werknemersverzekeringen', org_id: null };
const AMS = { name: 'Gemeente Amsterdam', org_id: 'gm0363' };

/** Serious and critical axe-core violations in the document, as "rule: target" lines. */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

function show(view: TabView, lang: 'nl' | 'en' = 'nl') {
  document.documentElement.lang = lang;
  document.title = 'Algoritmewijzer';
  return renderIn(<Popup view={view} onAnswer={() => {}} onPause={() => {}} onOpenOptions={() => {}} />, lang);
}

describe('popup accessibility (axe-core: no serious or critical violations)', () => {
  it('control: axe does report a nameless button in this environment', async () => {
    render(
      <main>
        <button type="button" />
      </main>,
    );
    expect((await seriousViolations()).some((v) => v.startsWith('button-name'))).toBe(true);
  });

  it.each([
    ['UWV, Dutch', () => viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }), 'nl'],
    [
      'Amsterdam with a filter, English',
      () => viewOf({ organization: AMS, algorithms: algorithmsOf(AMS.name), url: 'https://www.amsterdam.nl/' }),
      'en',
    ],
    [
      'zero algorithms',
      () => viewOf({ organization: { name: 'Gemeente Voorbeeld', org_id: null }, url: 'https://www.voorbeeld.nl/' }),
      'nl',
    ],
    ['not recognised with a suggestion', () => viewOf({ url: 'https://werkenbij.voorbeeld.nl/', suggestion: UWV }), 'nl'],
    ['transit', () => viewOf({ url: 'https://www.digid.nl/', match: 'transit', transit_note: 'DigiD' }), 'nl'],
    ['paused', () => viewOf({ url: 'https://www.uwv.nl/', paused: true }), 'nl'],
  ] as const)('%s', async (_label, view, lang) => {
    show(view(), lang);
    expect(await seriousViolations()).toEqual([]);
  });

  it('with details open and the objection tab shown', async () => {
    const { container } = show(viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }));
    const details = container.querySelector('details.algorithm-more') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await screen.findAllByText(/Bekijk in het Algoritmeregister/);
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('tab', { name: 'Bezwaar maken of uitleg vragen' }));
    await screen.findByRole('heading', { level: 2, name: 'Bezwaar maken of uitleg vragen' });
    expect(await seriousViolations()).toEqual([]);
  });
});

/** WCAG contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const c = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('assets/base.css colours (light and dark)', () => {
  const css = readFileSync(join(import.meta.dirname, '../../../assets/base.css'), 'utf8');
  const vars = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
  const light = vars(css.split('@media (prefers-color-scheme: dark)')[0]);
  const dark = { ...light, ...vars(css.split('@media (prefers-color-scheme: dark)')[1].split('\n}\n')[0]) };
  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s: text, muted text, links and buttons reach 4.5:1', (_mode, v) => {
    expect(contrast(v.fg, v.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v.muted, v.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v.muted, v.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v.link, v.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v.link, v.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['accent-fg'], v.accent)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v.focus, v.bg)).toBeGreaterThanOrEqual(3);
  });
});
