import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import { SyncProblem } from '@/components/sync/SyncProblem';
import { syncMessages } from '@/components/sync/messages';
import { SyncError, type SyncErrorCode } from '@/utils/register/errors';
import type { SyncState } from '@/utils/protocol';
import { keyPart } from '@/utils/i18n';
import { renderIn } from '../render-in';

const base: SyncState = {
  source: 'bundled',
  data_date: '2026-08-06',
  generated_at: '2026-08-08T06:20:00Z',
  algorithm_count: 1530,
  last_attempt: '2026-11-22T09:00:00Z',
  last_success: null,
  last_error: null,
  in_progress: false,
};

// The table spells each error code in snake_case ('rate-limited' → rate_limited).
const codes = Object.keys(syncMessages.nl)
  .filter((k) => !['failed', 'kept', 'detail', 'other'].includes(k))
  .map((k) => k.replace(/_/g, '-')) as SyncErrorCode[];

describe('SyncProblem', () => {
  it('renders nothing after a successful update', () => {
    const { container } = renderIn(<SyncProblem sync={base} />);
    expect(container.textContent).toBe('');
  });

  it.each(codes)('explains a %s failure in plain Dutch and says the last good data stays', (code) => {
    const stored = new SyncError(code, 'detail for developers').message;
    renderIn(<SyncProblem sync={{ ...base, last_error: stored }} />);
    const box = screen.getByRole('status');
    expect(box.textContent).toContain(syncMessages.nl[keyPart(code)]);
    expect(box.textContent).toContain('blijven in gebruik');
    expect(box.textContent).toContain('6 augustus 2026');
    expect(box.textContent).toContain('detail for developers');
  });

  it('falls back to a general sentence for an unknown reason, in English too', () => {
    renderIn(<SyncProblem sync={{ ...base, last_error: 'something odd happened' }} />, 'en');
    expect(screen.getByRole('status').textContent).toContain(syncMessages.en.other);
  });

  it('shows a hostile error text as inert text', () => {
    const { container } = renderIn(<SyncProblem sync={{ ...base, last_error: 'http: <img src=x onerror=alert(1)>' }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
