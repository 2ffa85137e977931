import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { diffSnapshots } from '../../../utils/register/changes';
import { registerChanges } from '../../../utils/register/changes-store';
import { followedOrganizations } from '../../../utils/settings';
import { renderOptions, seriousViolations, snapshot } from './render';

const UWV = 'Uitvoeringsinstituut Werknemersverzekeringen';

/** A second snapshot: one UWV entry became high-risk, one new UWV entry, one entry elsewhere retracted. */
function changedRegister() {
  const next = structuredClone(snapshot);
  const uwv = next.algorithms.filter((a) => a.organization === UWV);
  uwv[0].publication_category = 'Hoog-risico AI-systeem';
  next.algorithms.push({ ...structuredClone(uwv[1]), lars: '99000003', name: 'Nieuw UWV-algoritme' });
  const gone = next.algorithms.findIndex((a) => a.organization !== UWV);
  const [retracted] = next.algorithms.splice(gone, 1);
  next.data_date = '2026-11-29';
  return { set: diffSnapshots(snapshot, next), uwv, retracted };
}

describe('options page: changes and following', () => {
  it('says there is nothing to compare before the first update', async () => {
    await renderOptions('#wijzigingen');
    expect(await screen.findByText(/Nog niets te vergelijken/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Wijzigingen en volgen' })).toBeTruthy();
  });

  it('lists every change by organisation, filters them, and shows what is new at followed organisations', async () => {
    const { set, uwv, retracted } = changedRegister();
    await registerChanges.setValue(set);
    await renderOptions('#wijzigingen');
    expect(await screen.findByText('3 wijzigingen')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: retracted.organization })).toBeTruthy();
    // Follow UWV by its register name.
    fireEvent.input(screen.getByLabelText('Organisatie'), { target: { value: UWV.toLowerCase() } });
    fireEvent.submit(screen.getByLabelText('Organisatie').closest('form')!);
    await waitFor(async () => expect((await followedOrganizations.getValue()).map((o) => o.name)).toEqual([UWV]));
    const news = await screen.findByRole('region', { name: /Nieuw sinds 6 augustus 2026/ });
    expect(
      within(news)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Nieuw UWV-algoritme'),
        expect.stringContaining(`${uwv[0].name} — Categorie onbekend → Hoog-risico AI-systeem`),
      ]),
    );
    fireEvent.click(screen.getByLabelText('Alleen organisaties die ik volg'));
    expect(await screen.findByText('2 wijzigingen')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Soort wijziging'), { target: { value: 'new' } });
    expect(await screen.findByText('1 wijzigingen')).toBeTruthy();
    expect(await seriousViolations()).toEqual([]);
  });

  it('refuses to follow a name that is not in the register', async () => {
    await renderOptions('#wijzigingen');
    fireEvent.input(await screen.findByLabelText('Organisatie'), { target: { value: 'Gemeente Nergenshuizen' } });
    fireEvent.submit(screen.getByLabelText('Organisatie').closest('form')!);
    expect(await screen.findByText(/staat niet in het register/)).toBeTruthy();
    expect(await followedOrganizations.getValue()).toEqual([]);
  });
});
