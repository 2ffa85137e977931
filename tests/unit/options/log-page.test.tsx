import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { researchLogEnabled, researchLogPaths } from '../../../utils/settings';
import { readResearchLog, writeResearchLog } from '../../../utils/research/store';
import { recordVisits } from '../../../utils/research/record';
import { observationFromView } from '../../../utils/research/observe';
import { toJson } from '../../../utils/research/export';
import { busyOrganisations, viewFor } from '../research/views';
import { renderOptions, seriousViolations } from './render';

function sampleLog() {
  const [a, b] = busyOrganisations();
  return recordVisits(
    [],
    [
      observationFromView(viewFor('https://www.a.nl/', a), false, new Date('2026-11-01T10:00:00Z'))!,
      observationFromView(viewFor('https://www.b.nl/', b), false, new Date('2026-11-01T11:00:00Z'))!,
    ],
  );
}

afterEach(() => vi.restoreAllMocks());

describe('options page: research log', () => {
  it('explains what is kept before the switch, and is off by default', async () => {
    await renderOptions('#onderzoekslog');
    const explanation = screen.getByRole('heading', { name: 'Wat het onderzoekslog bewaart' });
    const toggle = screen.getByLabelText('Onderzoekslog aan') as HTMLInputElement;
    expect(explanation.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/nooit bewaard/)).toBeTruthy();
    expect(screen.getByText(/hoogstens 5\.000 sites/)).toBeTruthy();
    expect(toggle.checked).toBe(false);
    expect((screen.getByLabelText(/Ook paden bewaren/) as HTMLInputElement).disabled).toBe(true);
  });

  it('switches the log and the path opt-in on', async () => {
    await renderOptions('#onderzoekslog');
    fireEvent.click(screen.getByLabelText('Onderzoekslog aan'));
    await waitFor(async () => expect(await researchLogEnabled.getValue()).toBe(true));
    await screen.findByText('Het onderzoekslog staat aan.');
    const paths = screen.getByLabelText(/Ook paden bewaren/) as HTMLInputElement;
    await waitFor(() => expect(paths.disabled).toBe(false));
    fireEvent.click(paths);
    await waitFor(async () => expect(await researchLogPaths.getValue()).toBe(true));
  });

  it('shows kept sites, exports CSV through a download link, and clears in two steps', async () => {
    await writeResearchLog(sampleLog());
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await renderOptions('#onderzoekslog');
    expect(await screen.findByText('2 sites bewaard.')).toBeTruthy();
    expect(screen.getByRole('table')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als CSV (spreadsheet)' }));
    await waitFor(() => expect(clicks[0]).toMatch(/^algoritmewijzer-onderzoekslog-\d{4}-\d\d-\d\d\.csv$/));
    fireEvent.click(screen.getByRole('button', { name: 'Alles wissen' }));
    expect(await readResearchLog()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, alles wissen' }));
    await waitFor(async () => expect(await readResearchLog()).toEqual([]));
    expect(await screen.findByText('Het onderzoekslog is gewist.')).toBeTruthy();
  });

  it('imports a JSON export and merges it without duplicates', async () => {
    const log = sampleLog();
    await writeResearchLog(log.slice(0, 1));
    await renderOptions('#onderzoekslog');
    const input = screen.getByLabelText('JSON-export importeren');
    fireEvent.change(input, { target: { files: [new File([toJson(log, new Date())], 'log.json')] } });
    // First what it would do; nothing is written before the user says so.
    expect(await screen.findByText('Dit bestand heeft 2 sites: 1 nieuw, 1 al in je log (die worden samengevoegd).')).toBeTruthy();
    expect(screen.getByText('Er valt niets weg: het log heeft daarna 2 sites.')).toBeTruthy();
    expect(await readResearchLog()).toEqual(log.slice(0, 1));
    fireEvent.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(await screen.findByText('2 sites gelezen; het log heeft er nu 2.')).toBeTruthy();
    expect(await readResearchLog()).toEqual(log);
  });

  it('refuses a file over the size limit before reading it', async () => {
    await renderOptions('#onderzoekslog');
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: 60 * 1024 * 1024 });
    const text = vi.spyOn(file, 'text');
    fireEvent.change(screen.getByLabelText('JSON-export importeren'), { target: { files: [file] } });
    expect(await screen.findByText(/groter dan 50 MB; het is niet gelezen/)).toBeTruthy();
    expect(text).not.toHaveBeenCalled();
  });

  it('has no serious or critical axe violations, and axe does catch a broken page', async () => {
    await writeResearchLog(sampleLog());
    await renderOptions('#onderzoekslog');
    await screen.findByText('2 sites bewaard.');
    expect(await seriousViolations()).toEqual([]);
    const bad = document.createElement('img');
    bad.src = 'x.png';
    document.body.append(bad);
    expect((await seriousViolations()).join()).toMatch(/image-alt/);
    bad.remove();
  });
});
