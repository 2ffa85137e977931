import { getRegister } from '../register/service';
import type { RegisterIndex } from '../register/index';
import { recognitionIndex } from '../recognition/load';
import type { RecognitionIndex } from '../recognition/index';
import { decisionMap } from '../recognition/recognize';
import { hostDecisions, pausedHosts } from '../settings';
import { pausedSet, type TabContext } from './tab-view';
import { cached, type Cached } from '../cached';

/**
 * The background's recognition context, loaded once: the register index
 * (cached by the register service, replaced after a sync), the domain table
 * bound to that register's names (rebuilt only when the register changes) and
 * the user's decisions and paused hosts. Per navigation only map lookups remain.
 */
const context = cached(load);
let bound: { hash: string; index: Cached<RecognitionIndex> } | null = null;

function recognitionFor(register: RegisterIndex): Promise<RecognitionIndex> {
  const hash = register.snapshot.hash;
  if (bound?.hash !== hash) {
    const orgs = register.snapshot.organizations.map((o) => ({ name: o.name, org_id: o.org_id }));
    bound = { hash, index: cached(() => recognitionIndex(orgs)) };
  }
  return bound.index.get();
}

async function load(): Promise<TabContext> {
  const [register, decisions, paused] = await Promise.all([getRegister(), hostDecisions.getValue(), pausedHosts.getValue()]);
  const recognition = await recognitionFor(register);
  return { recognition, register, decisions: decisionMap(decisions), paused: pausedSet(paused) };
}

/** The current context (loaded on first use). */
export function getTabContext(): Promise<TabContext> {
  return context.get();
}

/** Drops the cached context (register or settings changed); the next call rebuilds it. */
export function invalidateTabContext(): void {
  context.forget();
}
