import { render, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import axe from 'axe-core';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp, type RegisterSource } from '../../../components/options/OptionsApp';
import type { SyncState } from '../../../utils/protocol';
import { loadTestSnapshot } from './snapshot-fixture';

export const snapshot = loadTestSnapshot();

/** The sync state the fake background answers with. */
export function syncState(over: Partial<SyncState> = {}): SyncState {
  return {
    source: 'bundled',
    data_date: snapshot.data_date,
    generated_at: snapshot.generated_at,
    algorithm_count: snapshot.algorithms.length,
    last_attempt: '2026-11-20T10:00:00.000Z',
    last_success: null,
    last_error: 'HTTP 503 van het register',
    in_progress: false,
    ...over,
  };
}

/** The options page's loading lines (the register, and the decisions that wait for it), in both languages. */
export const LOADING = /wordt geladen|Loading the register|zodra de organisaties|once the register/;

/** Renders the options page at `hash` with the real data and a fake background; returns the messages it got. */
export async function renderOptions(hash = '', browserLanguage = 'nl-NL') {
  const received: string[] = [];
  // The fake browser answers only through sendResponse (return true).
  fakeBrowser.runtime.onMessage.addListener(((msg: { type: string }, _sender: unknown, sendResponse: (r: unknown) => void) => {
    received.push(msg.type);
    sendResponse(syncState(msg.type === 'sync-now' ? { source: 'synced', last_error: null } : {}));
    return true;
  }) as never);
  location.hash = hash;
  let loaded = false;
  const source: RegisterSource = {
    load: async () => {
      loaded = true;
      return snapshot;
    },
  };
  const view = render(<OptionsApp source={source} browserLanguage={browserLanguage} />);
  await waitFor(() => screen.getByRole('heading', { level: 1 }));
  // As a user sees it once the page has loaded: the register is in, no "loading" line is left.
  await waitFor(() => {
    expect(loaded).toBe(true);
    expect(screen.queryByText(LOADING)).toBeNull();
  });
  return { ...view, received };
}

/** Serious and critical axe-core violations in the document (contrast needs layout, so it is skipped here). */
export async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
