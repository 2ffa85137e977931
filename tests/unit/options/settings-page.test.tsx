import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { hostDecisions, languageSetting, pausedHosts } from '../../../utils/settings';
import { DECISIONS_FORMAT } from '../../../utils/decisions/file';
import { renderOptions, seriousViolations, snapshot } from './render';

const org = snapshot.organizations.find((o) => o.org_id)!;

describe('options page: settings', () => {
  it('changes the language at once', async () => {
    await renderOptions('#instellingen');
    fireEvent.click(screen.getByLabelText('English'));
    await waitFor(async () => expect(await languageSetting.getValue()).toBe('en'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Same as the browser'));
    await waitFor(async () => expect(await languageSetting.getValue()).toBeNull());
  });

  it('adds and removes paused sites, normalising what was typed', async () => {
    await renderOptions('#instellingen');
    const input = screen.getByLabelText(/Site uitzetten/);
    fireEvent.input(input, { target: { value: 'https://WWW.Voorbeeld.nl/pad?x=1' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(async () => expect(await pausedHosts.getValue()).toEqual(['voorbeeld.nl']));
    expect(await screen.findByText('voorbeeld.nl staat nu uit.')).toBeTruthy();
    fireEvent.input(input, { target: { value: 'geen site' } });
    fireEvent.submit(input.closest('form')!);
    expect(await screen.findByText(/geen geldige sitenaam/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'voorbeeld.nl weer aanzetten' }));
    await waitFor(async () => expect(await pausedHosts.getValue()).toEqual([]));
  });

  it('adds, edits and deletes a host decision with an organisation from the register', async () => {
    await renderOptions('#instellingen');
    const form = screen.getByRole('form', { name: 'Koppeling toevoegen' });
    fireEvent.input(within(form).getByLabelText('Site'), { target: { value: 'loket.voorbeeld.nl' } });
    fireEvent.input(within(form).getByLabelText('Organisatie uit het register'), { target: { value: 'Geen echte organisatie' } });
    fireEvent.submit(form);
    expect(await within(form).findByRole('alert')).toBeTruthy();
    expect(await hostDecisions.getValue()).toEqual([]);
    fireEvent.input(within(form).getByLabelText('Organisatie uit het register'), { target: { value: org.name } });
    fireEvent.submit(form);
    await waitFor(async () =>
      expect((await hostDecisions.getValue())[0]).toMatchObject({
        host: 'loket.voorbeeld.nl',
        kind: 'corrected',
        organization: { name: org.name, org_id: org.org_id },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Koppeling van loket.voorbeeld.nl wijzigen' }));
    const edit = screen.getByRole('form', { name: 'Koppeling van loket.voorbeeld.nl wijzigen' });
    fireEvent.click(within(edit).getByLabelText(/hoort niet bij een organisatie/));
    fireEvent.submit(edit);
    await waitFor(async () => expect((await hostDecisions.getValue())[0]).toMatchObject({ kind: 'rejected', organization: null }));
    fireEvent.click(await screen.findByRole('button', { name: 'Koppeling van loket.voorbeeld.nl wissen' }));
    await waitFor(async () => expect(await hostDecisions.getValue()).toEqual([]));
  });

  it('imports a decisions file (merge) and reports a bad file clearly', async () => {
    await hostDecisions.setValue([{ host: 'a.nl', organization: null, kind: 'rejected', decided_at: '2026-01-01T00:00:00.000Z' }]);
    await renderOptions('#instellingen');
    const input = screen.getByLabelText(/Kies een bestand met koppelingen/) as HTMLInputElement;
    const good = JSON.stringify({
      format: DECISIONS_FORMAT,
      decisions: [
        { host: 'b.nl', organization: { name: org.name, org_id: org.org_id }, kind: 'corrected', decided_at: '2026-02-01T00:00:00.000Z' },
      ],
    });
    fireEvent.change(input, { target: { files: [new File([good], 'k.json', { type: 'application/json' })] } });
    expect(await screen.findByText('1 koppelingen gelezen; je hebt er nu 2.')).toBeTruthy();
    fireEvent.change(input, { target: { files: [new File(['{"format":"x"}'], 'k.json')] } });
    expect(await screen.findByText(/Dit bestand kon niet worden gelezen: format/)).toBeTruthy();
    expect((await hostDecisions.getValue()).map((d) => d.host)).toEqual(['a.nl', 'b.nl']);
    // Over the size limit: refused with a clear message before a byte is read.
    const huge = new File(['{}'], 'k.json');
    Object.defineProperty(huge, 'size', { value: 6 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    fireEvent.change(input, { target: { files: [huge] } });
    expect(await screen.findByText(/groter dan 5 MB; het is niet gelezen/)).toBeTruthy();
    expect(read).not.toHaveBeenCalled();
  });

  it('has no serious or critical axe violations', async () => {
    await hostDecisions.setValue([
      { host: 'a.nl', organization: { name: org.name, org_id: org.org_id }, kind: 'confirmed', decided_at: '2026-01-01T00:00:00.000Z' },
    ]);
    await pausedHosts.setValue(['b.nl']);
    await renderOptions('#instellingen');
    await screen.findByText('a.nl');
    expect(await seriousViolations()).toEqual([]);
  });
});
