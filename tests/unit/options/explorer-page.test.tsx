import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { PAGE_SIZE } from '../../../components/options/Explorer';
import { renderOptions, seriousViolations, snapshot } from './render';

describe('options page: register explorer', () => {
  it('shows every algorithm, paged, with a live result count', async () => {
    await renderOptions('#register');
    const count = await screen.findByText(`${snapshot.algorithms.length} algoritmen gevonden`);
    expect(count.getAttribute('role')).toBe('status');
    const list = screen.getByRole('list', { name: 'Resultaten' });
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    expect(document.activeElement?.id).toBe('results-h');
    expect(await screen.findByText(`Pagina 2 van ${Math.ceil(snapshot.algorithms.length / PAGE_SIZE)}`)).toBeTruthy();
  });

  it('searches and filters, and the count follows', async () => {
    await renderOptions('#register');
    await screen.findByText(`${snapshot.algorithms.length} algoritmen gevonden`);
    const target = snapshot.algorithms.find((a) => a.name.length > 25 && a.name.length < 60)!;
    fireEvent.input(screen.getByLabelText('Zoeken'), { target: { value: target.name } });
    const first = await screen.findAllByRole('heading', { level: 3, name: target.name });
    expect(first.length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'Buiten gebruik' } });
    await waitFor(() => {
      const status = screen.getByText(/algoritmen gevonden|Geen algoritmen gevonden/);
      expect(status.textContent).not.toBe(`${snapshot.algorithms.length} algoritmen gevonden`);
    });
  });

  it('opens the same detail view as the popup, with the register link', async () => {
    await renderOptions('#register');
    const items = await screen.findAllByRole('listitem');
    const first = items.find((li) => li.classList.contains('algorithm'))!;
    const summary = first.querySelector('summary')!;
    const details = first.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(summary.textContent).toMatch(/Meer over/);
    const lars = first.getAttribute('data-lars')!;
    await waitFor(() => expect(first.querySelector(`a[href*="${lars}"]`)).not.toBeNull());
  });

  it('shows the snapshot status and updates on "Bijwerken"', async () => {
    const { received } = await renderOptions('#register');
    expect(await screen.findByText('HTTP 503 van het register')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bijwerken' }));
    await screen.findByText('bijgewerkt van algoritmes.overheid.nl');
    expect(received).toEqual(['sync-state', 'sync-now']);
  });

  it('has no serious or critical axe violations', async () => {
    await renderOptions('#register');
    await screen.findByText(`${snapshot.algorithms.length} algoritmen gevonden`);
    expect(await seriousViolations()).toEqual([]);
  });

  it('follows the English language setting', async () => {
    await renderOptions('#register', 'en-GB');
    expect(await screen.findByText(`${snapshot.algorithms.length} algorithms found`)).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
