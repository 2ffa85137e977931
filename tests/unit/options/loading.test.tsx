/**
 * While the register is still loading, the options page offers nothing that
 * checks names against it: adding or importing a site decision, or following
 * an organisation, would otherwise refuse real names. The language switch
 * stays usable; a failed load says so where the forms would be.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import { OptionsApp, type RegisterSource } from '../../../components/options/OptionsApp';
import type { Snapshot } from '../../../utils/register/model';
import { snapshot } from './render';

/** A register source whose load the test resolves or rejects by hand. */
function pendingSource() {
  let resolve!: (s: Snapshot) => void;
  let reject!: (e: Error) => void;
  const loading = new Promise<Snapshot>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const state = { asked: false };
  const source: RegisterSource = {
    load: () => {
      state.asked = true;
      return loading;
    },
  };
  return { source, resolve, reject, state };
}

async function openAt(hash: string, source: RegisterSource) {
  location.hash = hash;
  render(<OptionsApp source={source} browserLanguage="nl-NL" />);
  await screen.findByRole('heading', { level: 1 });
}

describe('options page while the register loads', () => {
  it('settings: keeps the language switch, offers adding and importing decisions only once the register is in', async () => {
    const { source, resolve } = pendingSource();
    await openAt('#instellingen', source);
    expect(screen.getByLabelText('English')).toBeTruthy();
    expect(screen.getByText(/zodra de organisaties uit het register zijn geladen/)).toBeTruthy();
    expect(screen.queryByText('Koppeling toevoegen')).toBeNull();
    expect(screen.queryByLabelText(/Kies een bestand met koppelingen/)).toBeNull();
    resolve(snapshot);
    expect(await screen.findByText('Koppeling toevoegen')).toBeTruthy();
    expect(screen.getByLabelText(/Kies een bestand met koppelingen/)).toBeTruthy();
    expect(screen.queryByText(/zodra de organisaties/)).toBeNull();
  });

  it('settings: a register that cannot be loaded is reported where adding and importing would be', async () => {
    const { source, reject, state } = pendingSource();
    await openAt('#instellingen', source);
    await waitFor(() => expect(state.asked).toBe(true));
    reject(new Error('kapot bestand'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Toevoegen en inlezen kan nu niet: het register kon niet worden geladen (kapot bestand).',
    );
    expect(screen.getByLabelText('English')).toBeTruthy();
    expect(screen.queryByLabelText(/Kies een bestand met koppelingen/)).toBeNull();
  });

  it('changes: says the register is loading, then offers following', async () => {
    const first = pendingSource();
    await openAt('#wijzigingen', first.source);
    expect(screen.getByText('Het register wordt geladen…')).toBeTruthy();
    expect(document.querySelector('#follow-org')).toBeNull();
    first.resolve(snapshot);
    await waitFor(() => expect(document.querySelector('#follow-org')).not.toBeNull());
  });

  it('changes: a register that cannot be loaded is reported, not an empty form', async () => {
    const { source, reject, state } = pendingSource();
    await openAt('#wijzigingen', source);
    await waitFor(() => expect(state.asked).toBe(true));
    reject(new Error('kapot bestand'));
    expect((await screen.findByRole('alert')).textContent).toBe('Het register kon niet worden geladen: kapot bestand');
    expect(document.querySelector('#follow-org')).toBeNull();
  });
});
