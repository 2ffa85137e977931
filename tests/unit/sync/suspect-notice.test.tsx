import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { SuspectNotice } from '@/components/sync/SuspectNotice';
import { SyncStatus } from '@/components/options/SyncStatus';
import { Popup } from '@/components/popup/Popup';
import type { SyncState, TabView } from '@/utils/protocol';
import type { SuspectHold } from '@/utils/register/suspect';
import { renderIn } from '../render-in';

const hold: SuspectHold = {
  since: '2026-11-22T08:00:00.000Z',
  checked: '2026-11-22T08:00:00.000Z',
  in_use_count: 1530,
  candidate_count: 1,
  candidate_hash: 'a'.repeat(64),
  reasons: ['shrank', 'organizations-vanished'],
  vanished: [
    { name: 'Gemeente Amsterdam', entries: 52 },
    { name: 'Uitvoeringsinstituut Werknemersverzekeringen', entries: 31 },
  ],
  vanished_count: 190,
  vanished_entries: 1480,
};

const state = (over: Partial<SyncState> = {}): SyncState => ({
  source: 'synced',
  data_date: '2026-08-06',
  generated_at: null,
  algorithm_count: 1530,
  last_attempt: '2026-11-22T08:00:00.000Z',
  last_success: '2026-11-22T08:00:00.000Z',
  last_error: null,
  in_progress: false,
  suspect: hold,
  ...over,
});

describe('SuspectNotice', () => {
  it('renders nothing without a held download', () => {
    const { container } = renderIn(<SuspectNotice sync={state({ suspect: null })} />);
    expect(container.textContent).toBe('');
  });

  it('says in Dutch, with the numbers, that the last good data stays in use (popup: no button)', () => {
    renderIn(<SuspectNotice sync={state()} />);
    const box = screen.getByRole('status');
    expect(box.textContent).toMatch(/Bij de controle van .* gaf het register 1 algoritme, tegen 1\.530 in de gegevens die je nu ziet/);
    expect(box.textContent).toContain('190 organisaties met meerdere algoritmen (1.480 algoritmen samen) ontbreken helemaal.');
    expect(box.textContent).toContain('blijven de vorige gegevens in gebruik');
    expect(box.textContent).toContain('in de instellingen');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says it in English too', () => {
    renderIn(<SuspectNotice sync={state()} />, 'en');
    expect(screen.getByRole('status').textContent).toMatch(/listed 1 algorithm, against 1,530 in the data you see now/);
  });

  it('offers "Toch gebruiken" in the options, which accepts exactly the held download', async () => {
    const accepted = state({ suspect: null, algorithm_count: 1 });
    const send = vi.fn(async (type: string) => (type === 'accept-suspect' ? accepted : state())) as never;
    renderIn(<SyncStatus send={send} />);
    const button = await screen.findByRole('button', { name: 'Toch gebruiken' });
    expect(document.body.textContent).toContain(
      'Bijvoorbeeld: Gemeente Amsterdam (52), Uitvoeringsinstituut Werknemersverzekeringen (31).',
    );
    expect(document.body.textContent).toMatch(
      /Geeft een controle vanaf .* hetzelfde beeld, dan worden de nieuwe gegevens vanzelf gebruikt/,
    );
    fireEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Toch gebruiken' })).toBeNull());
    expect((send as unknown as ReturnType<typeof vi.fn>).mock.calls).toContainEqual(['accept-suspect', { hash: 'a'.repeat(64) }]);
    expect(screen.getByText('1')).toBeTruthy();
  });

  it('shows in the popup header of a recognised organisation', () => {
    const view = {
      recognition: {
        host: 'www.uwv.nl',
        url: 'https://www.uwv.nl/',
        match: 'domain',
        organization: { name: 'UWV', org_id: null },
        user_decision: null,
      },
      suggestion: null,
      algorithms: [],
      paused: false,
      sync: state(),
    } as unknown as TabView;
    renderIn(<Popup view={view} onAnswer={() => {}} onPause={() => {}} onOpenOptions={() => {}} />);
    expect(document.querySelector('.sync-suspect')?.getAttribute('data-candidate')).toBe('1');
  });
});
