import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ObjectionPanel } from '@/components/objection/ObjectionPanel';
import { algorithm, launchAlgorithms, scrapeAlgorithms } from './fixtures';
import { seriousViolations } from './axe';
import { renderIn } from '../render-in';

const UWV = { name: 'Uitvoeringsinstituut Werknemersverzekeringen', org_id: null };
// Real UWV entries; the scrape has no category: one is marked impactful here (synthetic).
const uwv = scrapeAlgorithms(UWV.name).map((a, i) => (i === 0 ? { ...a, publication_category: 'Impactvolle algoritmes' } : a));

function renderPanel({ lang = 'nl', ...props }: Partial<Parameters<typeof ObjectionPanel>[0]> & { lang?: 'nl' | 'en' } = {}) {
  return renderIn(<ObjectionPanel organization={UWV} algorithms={uwv} today="2026-11-22" {...props} />, lang);
}
const preview = () => screen.getByTestId('letter-preview').textContent ?? '';
const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('ObjectionPanel', () => {
  it('starts with the Woo request when asked, quoting the register and saying where to send it', () => {
    renderPanel({
      organization: { name: 'Gemeente Voorbeeld', org_id: 'gm9999' },
      algorithms: [],
      startWith: 'woo',
      dataDate: '2026-08-06',
    });
    expect((screen.getByLabelText('Vraag om openheid over algoritmen (Woo-verzoek)') as HTMLInputElement).checked).toBe(true);
    expect(preview()).toContain('Woo-verzoek: algoritmen van Gemeente Voorbeeld');
    expect(preview()).toContain(
      'Op 6 augustus 2026 stond er in het Algoritmeregister van de overheid (algoritmes.overheid.nl) geen algoritme van Gemeente Voorbeeld',
    );
    expect(screen.getByTestId('woo-where').textContent).toMatch(/Algoritmewijzer kent dat adres niet/);
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it('fills the letter from the form: organisation, chosen algorithm, name and address', () => {
    renderPanel();
    expect(preview()).toContain(UWV.name);
    expect(preview()).toContain('[uw naam]');
    type('Naam', 'Fatima de Vries');
    type(/^Adres/, 'Dorpsstraat 1\n1234 AB Ergenshuizen');
    fireEvent.click(screen.getByLabelText(new RegExp(uwv[1].name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
    const text = preview();
    expect(text).toContain('Fatima de Vries\nDorpsstraat 1');
    expect(text).toContain(`${uwv[1].name} (registernummer ${uwv[1].lars})`);
    expect(text).not.toContain('[uw naam]');
    expect(screen.queryByTestId('missing')).toBeNull();
  });

  it('filters a long algorithm list but keeps chosen ones visible', () => {
    renderPanel();
    const boxes = () =>
      [...document.querySelectorAll('.aw-obj-algorithms input[type=checkbox]')].map((b) => b.nextElementSibling!.textContent!);
    expect(boxes()).toHaveLength(uwv.length);
    const chosen = uwv.find((a) => !/klant/i.test(a.name))!;
    fireEvent.click(screen.getByLabelText(new RegExp(`^${chosen.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
    type('Zoek in deze lijst', 'klant');
    const shown = boxes();
    const expected = uwv.filter((a) => /klant/i.test(a.name)).length + 1;
    expect(shown).toHaveLength(expected);
    expect(shown.some((x) => x.startsWith(chosen.name))).toBe(true);
    expect(shown.filter((x) => !x.startsWith(chosen.name)).every((x) => /klant/i.test(x))).toBe(true);
  });

  it('switches to a bezwaar and computes the deadline from the decision date', () => {
    renderPanel();
    fireEvent.click(screen.getByLabelText('Ik kreeg een besluit'));
    expect(screen.getByLabelText('Bezwaar tegen een besluit')).toHaveProperty('checked', true);
    const [dateField] = screen.getAllByLabelText('Datum van het besluit (de datum bovenaan het besluit)');
    fireEvent.input(dateField, { target: { value: '2026-11-14' } });
    expect(screen.getByText(/Stuur je bezwaar uiterlijk zaterdag 26 december 2026\. Je hebt nog 34 dagen/)).toBeTruthy();
    expect(screen.getByText(/maandag 28 december 2026/)).toBeTruthy();
    expect(preview()).toContain('uw besluit van 14 november 2026');
    expect(screen.getByTestId('missing').textContent).toContain('redenen');
    fireEvent.click(screen.getByLabelText(/pro-forma/));
    expect(preview()).toContain('artikel 6:6 Awb');
    // the first route is bezwaar, with its official link
    const first = document.querySelector('.aw-obj-route')!;
    expect(first.getAttribute('data-route')).toBe('bezwaar');
    expect(
      within(first as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toMatch(/^https:\/\/www\.rijksoverheid\.nl\//);
  });

  it('offers the mail client only for an e-mail contact, and never for javascript:', () => {
    const { unmount } = renderPanel({ contact: 'privacy@uwv.example' });
    // the access request is too long for a mailto link: short body, letter goes to the clipboard
    const mail = screen.getByRole('link', { name: /e-mailprogramma/ });
    expect(mail.getAttribute('href')).toMatch(/^mailto:privacy@uwv\.example\?subject=Verzoek%20om%20inzage/);
    expect(decodeURIComponent(mail.getAttribute('href')!)).toContain('Plak hier de brief');
    expect(screen.getByTestId('mail-will-copy')).toBeTruthy();
    unmount();
    for (const contact of ['javascript:alert(1)', 'https://www.uwv.nl/contact', null]) {
      const r = renderPanel({ contact });
      expect(screen.queryByRole('link', { name: /e-mailprogramma/ })).toBeNull();
      for (const a of r.container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https?:|mailto:|tel:)/);
      r.unmount();
    }
  });

  it('gives no mail link for a bezwaar or a klacht, even with an e-mail contact (Awb 6:5, 9:4, 2:15)', () => {
    renderPanel({ contact: 'privacy@uwv.example' });
    expect(screen.getByRole('link', { name: /e-mailprogramma/ })).toBeTruthy(); // the AVG request may go by e-mail
    fireEvent.click(screen.getByLabelText('Bezwaar tegen een besluit'));
    expect(screen.queryByRole('link', { name: /e-mailprogramma/ })).toBeNull();
    expect(screen.getByText(/Stuur je bezwaar naar het adres/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Klacht over hoe ik ben behandeld'));
    type('Naam', 'Fatima de Vries');
    expect(screen.queryByRole('link', { name: /e-mailprogramma/ })).toBeNull();
    expect(screen.getByText(/Onderteken je klacht/)).toBeTruthy();
    expect(screen.getByText(/Bezwaar en klachten dien je niet hier in/)).toBeTruthy();
  });

  it('keeps grounds already typed when pro forma is ticked, and warns about Awb 6:6', () => {
    renderPanel();
    fireEvent.click(screen.getByLabelText('Bezwaar tegen een besluit'));
    type('Waarom ben je het er niet mee eens?', 'Mijn inkomen is verkeerd ingevoerd.');
    fireEvent.click(screen.getByLabelText(/pro-forma/));
    expect(preview()).toContain('pro-forma bezwaarschrift');
    expect(preview()).toContain('Mijn inkomen is verkeerd ingevoerd.');
    expect((screen.getByLabelText('Wat je nu al weet (niet verplicht)') as HTMLTextAreaElement).value).toBe(
      'Mijn inkomen is verkeerd ingevoerd.',
    );
    expect(screen.getByText(/niet-ontvankelijk/).textContent).toContain('artikel 6:6 Awb');
  });

  it('puts bezwaar and its deadline box first when the user reports discrimination', () => {
    renderPanel();
    fireEvent.click(screen.getByLabelText('Ik denk dat ik word gediscrimineerd'));
    const routes = [...document.querySelectorAll('.aw-obj-route')].map((r) => r.getAttribute('data-route'));
    expect(routes.indexOf('bezwaar')).toBe(0);
    expect(routes.indexOf('bezwaar')).toBeLessThan(routes.indexOf('mensenrechten'));
    expect(screen.getAllByLabelText('Datum van het besluit (de datum bovenaan het besluit)').length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Bezwaar tegen een besluit')).toHaveProperty('checked', true);
    const college = document.querySelector('[data-route="mensenrechten"]')!;
    expect(college.textContent).toContain('stopt de bezwaartermijn niet');
    expect(college.textContent).toContain('maar voor een deel van wat de overheid doet');
  });

  it('shows the other regimes (verzet, Wet Mulder, direct beroep) next to the deadline', () => {
    renderPanel();
    fireEvent.click(screen.getByLabelText('Ik kreeg een besluit'));
    const regimes = screen.getByTestId('regimes');
    expect(regimes.textContent).toContain('14 dagen');
    expect(regimes.textContent).toContain('Sv 257e');
    expect(regimes.textContent).toContain('officier van justitie');
    expect(regimes.textContent).toContain('UAVG 34');
  });

  it('warns to check decreed days when the term ends in a year without a known decree', () => {
    renderPanel({ today: '2029-01-10' });
    fireEvent.click(screen.getByLabelText('Ik kreeg een besluit'));
    const [dateField] = screen.getAllByLabelText('Datum van het besluit (de datum bovenaan het besluit)');
    fireEvent.input(dateField, { target: { value: '2029-01-05' } });
    expect(screen.getByTestId('decree-unknown').textContent).toMatch(/controleer of een dag bij besluit is gelijkgesteld/i);
    fireEvent.input(dateField, { target: { value: '2028-10-20' } });
    expect(screen.queryByTestId('decree-unknown')).toBeNull();
  });

  it('stores nothing unless the user opts in, and deletes on request', async () => {
    renderPanel();
    type('Naam', 'Fatima de Vries');
    type(/^Adres/, 'Dorpsstraat 1');
    type(/^E-mailadres/, 'fatima@example.org');
    await new Promise((r) => setTimeout(r, 20));
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    fireEvent.click(screen.getByLabelText('Onthoud mijn naam en adres op dit apparaat'));
    await waitFor(async () =>
      expect(await fakeBrowser.storage.local.get('objection.identity')).toEqual({
        'objection.identity': { name: 'Fatima de Vries', address: 'Dorpsstraat 1' },
      }),
    );
    type(/^Adres/, 'Dorpsstraat 2');
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('objection.identity'))['objection.identity']).toEqual({
        name: 'Fatima de Vries',
        address: 'Dorpsstraat 2',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Vergeet mijn gegevens' }));
    await waitFor(async () => expect(await fakeBrowser.storage.local.get()).toEqual({}));
    expect(screen.getByText('Je gegevens zijn verwijderd van dit apparaat.')).toBeTruthy();
  });

  it('fills in remembered details on the next visit', async () => {
    await fakeBrowser.storage.local.set({ 'objection.identity': { name: 'Piet Bakker', address: 'Markt 2' } });
    renderPanel();
    await waitFor(() => expect(preview()).toContain('Piet Bakker\nMarkt 2'));
    expect(screen.getByLabelText('Onthoud mijn naam en adres op dit apparaat')).toHaveProperty('checked', true);
  });

  it('copies the letter and announces it in a live region', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel();
    type('Naam', 'Fatima de Vries');
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer de brief' }));
    await waitFor(() => expect(screen.getByText('De brief is gekopieerd.')).toBeTruthy());
    expect(writeText.mock.calls[0][0]).toContain('Fatima de Vries');
    expect(screen.getByText('De brief is gekopieerd.').getAttribute('aria-live')).toBe('polite');
  });

  it('keeps typed HTML and register HTML inert', () => {
    const hostile = [
      algorithm({
        lars: '11111111',
        name: '<img src=x onerror="alert(1)">Risicomodel',
        organization: 'Gemeente X',
        objection_procedure: '<p>Bel <a href="javascript:alert(1)">ons</a></p><script>alert(2)</script>',
        contact_email: 'javascript:alert(3)',
      }),
    ];
    const { container } = renderPanel({ organization: { name: 'Gemeente X', org_id: null }, algorithms: hostile });
    type('Naam', '<b onclick="x()">Jan</b>');
    expect(container.querySelector('img, script, b, [onerror], [onclick]')).toBeNull();
    expect(preview()).toContain('<b onclick="x()">Jan</b>');
    expect(preview()).toContain('<img src=x onerror="alert(1)">Risicomodel');
    expect(container.textContent).toContain('Bel ons');
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).not.toMatch(/^javascript:/i);
  });

  it('shows the real legacy objection text and contact of Gemeente Den Haag', () => {
    renderPanel({ organization: { name: 'Gemeente Den Haag', org_id: 'gm0518' }, algorithms: launchAlgorithms('Gemeente Den Haag') });
    expect(screen.getByRole('link', { name: /datashop@denhaag\.nl/ }).getAttribute('href')).toBe('mailto:datashop@denhaag.nl');
    expect(screen.getAllByText('Er kan bezwaar gemaakt worden tegen het besluit.')).toHaveLength(1);
  });

  it('notes a transit host and speaks English when asked', () => {
    renderPanel({ lang: 'en', match: 'transit', organization: { name: 'Logius', org_id: null }, algorithms: [] });
    expect(screen.getByRole('heading', { name: 'Object or ask for an explanation' })).toBeTruthy();
    expect(screen.getByText(/login or portal site/)).toBeTruthy();
  });

  it('has no serious or critical axe violations, also with the bezwaar form open', async () => {
    const { container } = renderPanel({ contact: 'privacy@uwv.example' });
    expect(await seriousViolations(container)).toEqual([]);
    fireEvent.click(screen.getByLabelText('Ik kreeg een besluit'));
    fireEvent.input(screen.getAllByLabelText('Datum van het besluit (de datum bovenaan het besluit)')[0], {
      target: { value: '2026-11-14' },
    });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
