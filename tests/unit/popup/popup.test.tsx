import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { Popup } from '@/components/popup/Popup';
import type { Algorithm } from '@/utils/register/model';
import { algorithmsOf } from './fixtures';
import { viewOf } from './views';
import { renderIn } from '../render-in';

const UWV = { name: 'Uitvoeringsinstituut Werknemersverzekeringen', org_id: null };
const AMS = { name: 'Gemeente Amsterdam', org_id: 'gm0363' };
const noop = () => {};

function renderPopup(view: ReturnType<typeof viewOf>, lang: 'nl' | 'en' = 'nl', handlers: Partial<Parameters<typeof Popup>[0]> = {}) {
  return renderIn(<Popup view={view} onAnswer={noop} onPause={noop} onOpenOptions={noop} {...handlers} />, lang);
}

/** Real Amsterdam records with synthetic categories spread over them (the bundled data has none). */
function amsterdamWithCategories(): Algorithm[] {
  const cats = ['Hoog-risico AI-systeem', 'Impactvolle algoritmes', 'Overige algoritmes', null];
  return algorithmsOf(AMS.name).map((a, i) => ({ ...a, publication_category: cats[i % 4] }));
}

describe('popup for a recognised organisation', () => {
  it('shows the organisation, how it was recognised and the data date', () => {
    renderPopup(viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(UWV.name);
    expect(screen.getByText(/Herkend aan het webadres www\.uwv\.nl/)).toBeTruthy();
    expect(screen.getByText('Laatste registerwijziging: 8 augustus 2026')).toBeTruthy();
    expect(document.querySelector('.about-data')?.textContent).toContain('de kopie van het register die bij de extensie zit');
  });

  it('says when the user chose the organisation for this site', () => {
    const view = viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name), url: 'https://www.voorbeeld.nl/' });
    view.recognition.user_decision = 'corrected';
    renderPopup(view);
    expect(screen.getByText('Door jou gekozen voor www.voorbeeld.nl.')).toBeTruthy();
  });

  it('lists every in-use algorithm by name, and the out-of-use ones collapsed', () => {
    const algorithms = algorithmsOf(UWV.name);
    const { container } = renderPopup(viewOf({ organization: UWV, algorithms }));
    const retired = algorithms.filter((a) => a.status === 'Buiten gebruik');
    expect(retired.length).toBeGreaterThan(0);
    for (const a of algorithms) expect(container.querySelector(`[data-lars="${a.lars}"]`)?.textContent).toContain(a.name);
    const retiredBox = container.querySelector('details.retired') as HTMLDetailsElement;
    expect(retiredBox.open).toBe(false);
    expect(retiredBox.querySelector('summary')?.textContent).toBe(`Buiten gebruik (${retired.length})`);
    for (const a of retired) expect(retiredBox.querySelector(`[data-lars="${a.lars}"]`)).toBeTruthy();
    expect(screen.getByRole('tab', { name: `Algoritmen (${algorithms.length - retired.length})` })).toBeTruthy();
    expect(screen.getByText(`· ${retired.length} buiten gebruik`)).toBeTruthy();
  });

  it('groups by publication category, most serious first', () => {
    const algorithms = amsterdamWithCategories();
    const { container } = renderPopup(viewOf({ organization: AMS, algorithms, url: 'https://www.amsterdam.nl/' }));
    const sections = [...container.querySelectorAll('section.group')];
    expect(sections.map((s) => s.getAttribute('data-category'))).toEqual(['high_risk', 'impactful', 'other', 'unknown']);
    expect(
      sections.map((s) =>
        s
          .querySelector('h2')
          ?.textContent?.replace(/\s*\(\d+\)$/, '')
          .trim(),
      ),
    ).toEqual(['Hoog-risico AI-systeem', 'Impactvolle algoritmes', 'Overige algoritmes', 'Categorie onbekend']);
    const inHighRisk = algorithms.filter((a) => a.publication_category === 'Hoog-risico AI-systeem').length;
    expect(sections[0].querySelectorAll('li.algorithm').length).toBe(inHighRisk);
  });

  it('filters a long list by name', () => {
    const algorithms = algorithmsOf(AMS.name);
    expect(algorithms.length).toBeGreaterThan(8);
    const { container } = renderPopup(viewOf({ organization: AMS, algorithms, url: 'https://www.amsterdam.nl/' }));
    const target = algorithms.find((a) => a.status === 'In gebruik')!;
    const box = screen.getByRole('searchbox', { name: 'Zoek in de algoritmen' });
    fireEvent.input(box, { target: { value: target.name } });
    const shown = [...container.querySelectorAll('li.algorithm')];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(algorithms.length);
    expect(container.querySelector(`[data-lars="${target.lars}"]`)).toBeTruthy();
    fireEvent.input(box, { target: { value: 'zzzz-bestaat-niet' } });
    expect(container.querySelectorAll('li.algorithm').length).toBe(0);
    expect(screen.getByText(/Geen algoritmen gevonden/)).toBeTruthy();
  });

  it('has no filter box for a short list', () => {
    renderPopup(viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name).slice(0, 5) }));
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('shows details only when asked, with safe links only', async () => {
    const [first] = algorithmsOf(UWV.name);
    const a: Algorithm = {
      ...first,
      goal: '<p>Doel van het algoritme</p><script>alert(1)</script>',
      lawful_basis_grouping: [
        { title: 'Participatiewet', link: 'https://wetten.overheid.nl/BWBR0015703' },
        { title: 'Kwaadaardig', link: 'javascript:alert(1)' },
      ],
      impacttoetsen_grouping: [{ title: 'Data Protection Impact Assessment (DPIA)', link: null }],
      contact_email: 'algoritmes@uwv.nl',
    };
    const { container } = renderPopup(viewOf({ organization: UWV, algorithms: [a] }));
    expect(screen.getByText('Data Protection Impact Assessment (DPIA)')).toBeTruthy();
    expect(container.querySelector('.algorithm-details')).toBeNull();
    const details = container.querySelector('details.algorithm-more') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const panel = await waitFor(() => {
      const el = container.querySelector('.algorithm-details');
      if (!el) throw new Error('details not rendered');
      return el;
    });
    // A short goal is the summary under the name (no description_short); the details do not repeat it.
    expect(container.querySelector('.algorithm-summary')?.textContent).toBe('Doel van het algoritme');
    expect(panel.textContent).not.toContain('Doel van het algoritme');
    expect(panel.querySelector('script')).toBeNull();
    const links = [...panel.querySelectorAll('a')].map((l) => l.getAttribute('href'));
    expect(links).toContain('https://wetten.overheid.nl/BWBR0015703');
    expect(links).toContain('mailto:algoritmes@uwv.nl');
    expect(links).toContain(a.register_url);
    expect(links.some((l) => l?.startsWith('javascript'))).toBe(false);
    expect(panel.textContent).toContain('Kwaadaardig');
  });

  it('summarises a long goal and shows all of it in the details', async () => {
    const real = algorithmsOf(UWV.name).find((a) => (a.goal ?? '').length > 300) ?? {
      ...algorithmsOf(UWV.name)[0],
      goal: 'Lang doel. '.repeat(40),
    };
    const a = { ...real, description_short: null };
    const { container } = renderPopup(viewOf({ organization: UWV, algorithms: [a] }));
    const summary = container.querySelector('.algorithm-summary')!.textContent!;
    expect(summary.endsWith('…')).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(280);
    const details = container.querySelector('details.algorithm-more') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => {
      const text = container.querySelector('.algorithm-details')?.textContent ?? '';
      if (!text.includes(a.goal!.replace(/\s+/g, ' ').trim().slice(-40))) throw new Error('goal not in details');
    });
  });

  it('embeds the objection panel as a second tab, keyboard-operable', async () => {
    renderPopup(viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }));
    const tab = screen.getByRole('tab', { name: 'Bezwaar maken of uitleg vragen' });
    expect(tab.getAttribute('aria-selected')).toBe('false');
    fireEvent.keyDown(screen.getByRole('tab', { name: /^Algoritmen \(\d+\)$/ }), { key: 'ArrowRight' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel');
    expect(await within(panel).findByRole('heading', { level: 2, name: 'Bezwaar maken of uitleg vragen' })).toBeTruthy();
  });

  it('speaks English when asked', () => {
    renderPopup(viewOf({ organization: AMS, algorithms: amsterdamWithCategories(), url: 'https://www.amsterdam.nl/' }), 'en');
    expect(screen.getByRole('heading', { level: 2, name: /Impactful algorithms/ })).toBeTruthy();
    expect(screen.getByText('Last change in the register: 8 August 2026')).toBeTruthy();
  });
});

describe('popup edge cases', () => {
  it('says plainly when an organisation has no algorithms, with the register gap and a way to ask', () => {
    renderPopup(
      viewOf({ organization: { name: 'Gemeente Voorbeeld', org_id: null }, algorithms: [], url: 'https://www.voorbeeld.nl/afval' }),
    );
    expect(screen.getByRole('heading', { name: 'Geen algoritmen geregistreerd' })).toBeTruthy();
    expect(screen.getByText(/ongeveer 5%/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'website van Gemeente Voorbeeld' }).getAttribute('href')).toBe('https://www.voorbeeld.nl/');
  });

  it('says a page is not recognised and offers the options page', () => {
    const onOpenOptions = vi.fn();
    renderPopup(viewOf({ url: 'https://www.nu.nl/' }), 'nl', { onOpenOptions });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Deze site is niet herkend');
    fireEvent.click(screen.getByRole('button', { name: /Zelf een organisatie kiezen/ }));
    expect(onOpenOptions).toHaveBeenCalled();
  });

  it('asks "Klopt dit?" for a page suggestion and passes the answer on', async () => {
    const onAnswer = vi.fn(async () => {});
    renderPopup(viewOf({ url: 'https://werkenbij.voorbeeld.nl/', suggestion: UWV }), 'nl', { onAnswer });
    expect(screen.getByRole('heading', { name: `Is dit ${UWV.name}?` })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nee' }));
    await screen.findByText(/niet meer voor/);
    expect(onAnswer).toHaveBeenCalledWith(null);
  });

  it('says what on the page the guess rests on, as plain text, in Dutch and English', () => {
    const basis = { signal: 'links' as const, host: 'www.gouda.nl', text: '<b>gemeente Gouda</b> <img src=x onerror=alert(1)>' };
    const { container, unmount } = renderPopup(
      { ...viewOf({ url: 'https://werkenbij.voorbeeld.nl/', suggestion: UWV }), suggestion_basis: basis },
      'nl',
    );
    expect(
      screen.getByText(
        'Waarom: bovenaan of onderaan de pagina staat een link naar www.gouda.nl met de tekst “<b>gemeente Gouda</b> <img src=x onerror=alert(1)>”.',
      ),
    ).toBeTruthy();
    expect(container.querySelector('.suggestion b, .suggestion img')).toBeNull();
    unmount();
    renderPopup(
      { ...viewOf({ url: 'https://werkenbij.voorbeeld.nl/', suggestion: UWV }), suggestion_basis: { signal: 'siteName', text: 'UWV' } },
      'en',
    );
    expect(screen.getByText('Why: the page calls itself “UWV”.')).toBeTruthy();
  });

  it('explains a transit host without a list', () => {
    const { container } = renderPopup(
      viewOf({ url: 'https://www.digid.nl/', match: 'transit', transit_note: 'DigiD: inlogdienst van Logius' }),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Inlogdienst of gedeelde site');
    expect(screen.getByText('DigiD: inlogdienst van Logius')).toBeTruthy();
    expect(container.querySelector('li.algorithm')).toBeNull();
  });

  it('has a pause toggle that reports the new state', () => {
    const onPause = vi.fn();
    renderPopup(viewOf({ organization: UWV, algorithms: algorithmsOf(UWV.name) }), 'nl', { onPause });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pauzeer op deze site' }));
    expect(onPause).toHaveBeenCalledWith(true);
  });

  it('shows nothing of the organisation when paused', () => {
    const { container } = renderPopup(viewOf({ url: 'https://www.uwv.nl/', paused: true }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Gepauzeerd');
    expect(container.querySelector('li.algorithm')).toBeNull();
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
  });
});
