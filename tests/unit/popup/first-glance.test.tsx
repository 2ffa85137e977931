/**
 * The popup's first screen: one line of coloured counts per category (each a
 * link to its group, with a legend), short expandable explanations, and long
 * summaries cut to two lines with the full text kept reachable.
 */
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { Popup } from '@/components/popup/Popup';
import { CLAMP_AFTER } from '@/components/algorithm/AlgorithmItem';
import type { Algorithm } from '@/utils/register/model';
import { algorithmsOf } from './fixtures';
import { viewOf } from './views';
import { renderIn } from '../render-in';

const AMS = { name: 'Gemeente Amsterdam', org_id: 'gm0363' };
const UWV = { name: 'Uitvoeringsinstituut Werknemersverzekeringen', org_id: null };
const noop = () => {};
const CATS = ['Hoog-risico AI-systeem', 'Impactvolle algoritmes', 'Overige algoritmes', null];

function renderPopup(algorithms: Algorithm[], lang: 'nl' | 'en' = 'nl', org: { name: string; org_id: string | null } = AMS) {
  return renderIn(
    <Popup
      view={viewOf({ organization: org, algorithms, url: 'https://www.amsterdam.nl/' })}
      onAnswer={noop}
      onPause={noop}
      onOpenOptions={noop}
    />,
    lang,
  );
}

/** Real Amsterdam records with the first `n` categories spread over them (the bundled data has none). */
function withCategories(n: number): Algorithm[] {
  return algorithmsOf(AMS.name).map((a, i) => ({ ...a, publication_category: CATS.slice(0, n)[i % n] }));
}

const counted = (as: Algorithm[], cat: string | null) =>
  as.filter((a) => a.status !== 'Buiten gebruik' && a.publication_category === cat).length;

describe('classification at a glance', () => {
  it('shows a count per category, each linking to its group and described by its legend', () => {
    const algorithms = withCategories(3);
    const { container } = renderPopup(algorithms);
    const line = screen.getByRole('group', { name: 'Indeling volgens het register' });
    const links = within(line).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#group-high_risk', '#group-impactful', '#group-other']);
    expect(links[0].textContent).toBe(`${counted(algorithms, CATS[0])} hoog risico`);
    for (const link of links) {
      const target = container.querySelector(link.getAttribute('href')!);
      expect(target?.matches('section.group')).toBe(true);
      const legend = container.querySelector(`#${link.getAttribute('aria-describedby')}`);
      expect(legend?.getAttribute('role')).toBe('tooltip');
    }
    expect(container.querySelector(`#${links[1].getAttribute('aria-describedby')}`)?.textContent).toBe(
      `Impactvolle algoritmes: ${counted(algorithms, CATS[1])} in gebruik of in ontwikkeling. Klik om ze te zien.`,
    );
    // The total, for screen readers, equals the tab's count (and the badge's).
    const current = algorithms.filter((a) => a.status !== 'Buiten gebruik').length;
    expect(line.textContent).toContain(`${current} algoritmen:`);
    expect(screen.getByRole('tab', { name: `Algoritmen (${current})` })).toBeTruthy();
  });

  it('keeps the labels in the links when four categories leave room for counts only', () => {
    const algorithms = withCategories(4);
    renderPopup(algorithms);
    const line = screen.getByRole('group', { name: 'Indeling volgens het register' });
    expect(line.classList.contains('counts-only')).toBe(true);
    expect(
      within(line)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      `${counted(algorithms, CATS[0])} hoog risico`,
      `${counted(algorithms, CATS[1])} impactvol`,
      `${counted(algorithms, CATS[2])} overig`,
      `${counted(algorithms, null)} onbekend`,
    ]);
  });

  it('names the unknown category in full when it is the only one, in English too', () => {
    const algorithms = algorithmsOf(UWV.name);
    renderPopup(algorithms, 'en', UWV);
    const line = screen.getByRole('group', { name: 'Classification according to the register' });
    expect(within(line).getByRole('link').textContent).toBe(`${counted(algorithms, null)} category unknown`);
  });
});

describe('short explanations, expandable', () => {
  it('explains the unknown category behind a one-line question', () => {
    const { container } = renderPopup(algorithmsOf(UWV.name), 'nl', UWV);
    const hint = container.querySelector('section.group-unknown details.hint') as HTMLDetailsElement;
    expect(hint.open).toBe(false);
    expect(hint.querySelector('summary')?.textContent).toBe('Waarom is de categorie onbekend?');
    expect(hint.textContent).toContain('De ingebouwde kopie van het register bevat die indeling niet');
  });

  it('puts where the data comes from behind the data line', () => {
    const { container } = renderPopup(algorithmsOf(UWV.name), 'nl', UWV);
    const about = container.querySelector('details.about-data') as HTMLDetailsElement;
    expect(about.open).toBe(false);
    expect(about.querySelector('summary')?.textContent).toBe('Laatste registerwijziging: 8 augustus 2026');
    expect(about.textContent).toContain('uit het Algoritmeregister van de overheid');
    expect(within(about).getByRole('link', { name: 'algoritmes.overheid.nl' }).getAttribute('href')).toBe(
      'https://algoritmes.overheid.nl/',
    );
  });
});

describe('long summaries', () => {
  it('cuts a long summary to two lines and shows it whole in the opened details', async () => {
    const [first] = algorithmsOf(UWV.name);
    const long = { ...first, description_short: 'Een lange korte beschrijving. '.repeat(6), goal: 'Doel.' };
    const short = { ...first, lars: `${first.lars}-2`, name: 'Kort', description_short: 'Kort en klaar.' };
    expect(long.description_short.length).toBeGreaterThan(CLAMP_AFTER);
    const { container } = renderPopup([long, short], 'nl', UWV);
    const [a, b] = [long, short].map((x) => container.querySelector(`li.algorithm[data-lars="${x.lars}"]`)!);
    expect(a.querySelector('.algorithm-summary')?.classList.contains('clamped')).toBe(true);
    expect(b.querySelector('.algorithm-summary')?.classList.contains('clamped')).toBe(false);
    // The details' summary is short on screen but names the algorithm for screen readers.
    expect(a.querySelector('details.algorithm-more > summary')?.textContent).toBe(`Meer details over ${long.name}`);
    const details = a.querySelector('details.algorithm-more') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => {
      const full = a.querySelector('.algorithm-summary-full');
      if (!full) throw new Error('no full summary');
      expect(full.textContent).toBe(long.description_short.trim());
      expect(full.getAttribute('aria-hidden')).toBe('true');
    });
  });
});
