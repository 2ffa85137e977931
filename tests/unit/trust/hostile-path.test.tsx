/**
 * Hostile register records through the whole unit-level path: the fake
 * register API serves a batch of real and SYNTHETIC hostile records → the
 * real sync (syncRegister: HTTP, validation, de-duplication, snapshot) → the
 * popup (Popup) and options (Explorer) components with every detail opened.
 * Bad records are rejected with a reason, good ones kept, and the DOM is inert.
 */
import { act, fireEvent } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeRegister } from '../../fixtures/fake-register';
import {
  HOSTILE_ORG,
  HOSTILE_ORG_ID,
  goodRecords,
  hostileBatch,
  hostileCases,
  keptLars,
} from '../../fixtures/hostile/synthetic-hostile-register';
import { syncRegister, type SyncOutcome } from '@/utils/register/sync';
import { buildRegisterIndex } from '@/utils/register/index';
import { maxLength } from '@/utils/register/limits';
import type { Algorithm, Snapshot } from '@/utils/register/model';
import type { TabView } from '@/utils/protocol';
import { Popup } from '@/components/popup/Popup';
import { Explorer } from '@/components/options/Explorer';
import { inertProblems, resetTrap, trapFired } from './inert';
import { violations } from './invariants';
import { renderIn } from '../render-in';

/** Elements the popup/options UI itself uses (search box, buttons); their attributes are still checked. */
const UI_ELEMENTS = ['input', 'button', 'form', 'textarea', 'svg'];

let outcome: Extract<SyncOutcome, { kind: 'updated' }>;
let snapshot: Snapshot;
let close: () => Promise<void>;

beforeAll(async () => {
  const fake = createFakeRegister({ records: hostileBatch() as never });
  const server = await fake.listen();
  close = server.close;
  const result = await syncRegister(null, { base: server.url, retries: 0, timeoutMs: 10_000 });
  if (result.kind !== 'updated') throw new Error('expected a full download');
  outcome = result;
  snapshot = result.snapshot;
}, 60_000);
afterAll(() => close?.());
afterEach(resetTrap);

const byLars = (lars: string) => snapshot.algorithms.filter((a) => a.lars === lars);
const one = (lars: string): Algorithm => {
  const found = byLars(lars);
  expect(found, lars).toHaveLength(1);
  return found[0];
};

/** Opens every <details> so the lazily drawn algorithm details render too. */
async function openAllDetails(container: Element) {
  for (let round = 0; round < 3; round++) {
    const closed = [...container.querySelectorAll('details')].filter((d) => !d.open);
    if (closed.length === 0) return;
    await act(() => {
      for (const d of closed) {
        d.open = true;
        d.dispatchEvent(new Event('toggle'));
      }
    });
  }
}

describe('sync of a hostile batch', () => {
  it('uses synthetic lars numbers no real record has', () => {
    const real = new Set(goodRecords().map((r) => r.lars));
    for (const c of hostileCases()) expect(real.has(c.raw?.lars as string)).toBe(false);
  });

  it('keeps every real record and every acceptable hostile one, once', () => {
    for (const r of goodRecords()) one(r.lars as string);
    for (const lars of keptLars()) one(lars);
    expect(snapshot.algorithms).toHaveLength(goodRecords().length + keptLars().length);
  });

  it('rejects each bad record with a reason', () => {
    const rejected = hostileCases().filter((c) => c.expect === 'rejected');
    expect(outcome.report.skipped).toHaveLength(rejected.length);
    for (const c of rejected.filter((c) => c.reason)) {
      expect(
        outcome.report.skipped.some((s) => c.reason!.test(s.reason)),
        c.label,
      ).toBe(true);
    }
    for (const s of outcome.report.skipped) expect(s.reason.length).toBeGreaterThan(5);
  });

  it('stores only values that satisfy the record invariants', () => {
    for (const a of snapshot.algorithms) expect(violations(a), a.lars).toEqual([]);
  });

  it('caps 1 MB fields and drops a 1 MB link', () => {
    const big = one('99000006');
    expect(big.description_short!.length).toBeLessThanOrEqual(maxLength('description_short') + 1);
    expect(big.goal!.length).toBeLessThanOrEqual(maxLength('goal') + 1);
    expect(one('99000007').website).toBeNull();
    expect(JSON.stringify(snapshot).length).toBeLessThan(2_000_000);
  });

  it('drops javascript:, data: and vbscript: links and keeps the https one', () => {
    const a = one('99000004');
    expect(a.website).toBeNull();
    expect(a.contact_email).toBeNull();
    expect(a.lawful_basis_grouping.map((g) => g.link).filter(Boolean)).toEqual(['https://wetten.overheid.nl/BWBR0019057']);
    expect(a.impacttoetsen_grouping.every((g) => g.link === null)).toBe(true);
    expect(one('99000005').website).toBeNull();
    expect(one('99000005').contact_email).toBeNull();
  });

  it('keeps an unknown category verbatim and wrong-typed optional fields as empty', () => {
    expect(one('99000014').publication_category).toBe('Categorie Z <b>onbekend</b>');
    const w = one('99000013');
    expect([w.goal, w.status, w.website, w.contact_email]).toEqual([null, null, null, null]);
    expect(w.themes).toEqual([]);
    expect(w.lawful_basis_grouping).toEqual([]);
  });
});

describe('hostile records in the UI', () => {
  const ref = { name: HOSTILE_ORG, org_id: HOSTILE_ORG_ID };
  const view = (): TabView => ({
    recognition: { url: 'https://www.uwv.nl/particulieren', host: 'www.uwv.nl', organization: ref, match: 'domain' },
    suggestion: null,
    algorithms: buildRegisterIndex(snapshot).algorithmsFor(ref),
    paused: false,
    sync: {
      source: 'synced',
      data_date: snapshot.data_date,
      generated_at: snapshot.generated_at,
      algorithm_count: snapshot.algorithms.length,
      last_attempt: null,
      last_success: null,
      last_error: null,
      in_progress: false,
    },
  });

  it('popup: shows the hostile and the good records, as inert text', async () => {
    const v = view();
    expect(v.algorithms.length).toBeGreaterThan(keptLars().length);
    const { container } = renderIn(<Popup view={v} onAnswer={() => {}} onPause={() => {}} onOpenOptions={() => {}} />);
    await openAllDetails(container);
    for (const a of v.algorithms) expect(container.querySelector(`[data-lars="${a.lars}"]`), a.lars).not.toBeNull();
    expect(container.textContent).toContain('SYNTHETISCH <script>');
    expect(container.textContent).toContain('Wet werk en inkomen');
    expect(container.querySelector('a[href="https://wetten.overheid.nl/BWBR0019057"]')).not.toBeNull();
    expect(inertProblems(container, UI_ELEMENTS)).toEqual([]);
    for (const item of container.querySelectorAll('.algorithm')) expect(inertProblems(item)).toEqual([]);
    expect(container.textContent!.length).toBeLessThan(400_000);
    expect(trapFired()).toBe(false);
  });

  it('options explorer: finds the hostile records and renders them inertly', async () => {
    const { container } = renderIn(<Explorer snapshot={snapshot} />);
    const search = container.querySelector('input[type="search"]') as HTMLInputElement;
    await act(() => void fireEvent.input(search, { target: { value: 'SYNTHETISCH' } }));
    const items = container.querySelectorAll('.algorithm');
    expect(items.length).toBeGreaterThanOrEqual(keptLars().length);
    await openAllDetails(container);
    expect(inertProblems(container, UI_ELEMENTS)).toEqual([]);
    for (const item of container.querySelectorAll('.algorithm')) expect(inertProblems(item)).toEqual([]);
    expect(container.textContent).toContain('Categorie Z <b>onbekend</b>');
    expect(trapFired()).toBe(false);
  });
});
