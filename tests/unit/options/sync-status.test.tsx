import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SyncStatus } from '@/components/options/SyncStatus';
import { SYNC_KEY } from '@/utils/register/store';
import type { SyncState } from '@/utils/protocol';
import { renderIn } from '../render-in';

const state = (over: Partial<SyncState>): SyncState => ({
  source: 'bundled',
  data_date: '2026-08-06',
  generated_at: null,
  algorithm_count: 1530,
  last_attempt: null,
  last_success: null,
  last_error: null,
  in_progress: false,
  ...over,
});

describe('SyncStatus', () => {
  it('follows a sync that finishes elsewhere: the button comes back and the new data shows', async () => {
    const answers = [state({ in_progress: true }), state({ source: 'synced', data_date: '2026-11-21', algorithm_count: 1612 })];
    const send = vi.fn(async () => answers.shift() ?? answers[0]) as never;
    renderIn(<SyncStatus send={send} />);
    const button = await screen.findByRole('button', { name: 'Bijwerken' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(true));
    await fakeBrowser.storage.local.set({
      [SYNC_KEY]: { last_attempt: '2026-11-22T10:00:00Z', last_success: '2026-11-22T10:00:00Z', last_error: null },
    });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByText('2026-11-21')).toBeTruthy();
    expect(screen.getByText('1612')).toBeTruthy();
  });
});
