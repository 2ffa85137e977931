import { getRegister } from '../register/service';
import type { RegisterIndex } from '../register/index';
import { recognitionIndex } from '../recognition/load';
import type { RecognitionIndex } from '../recognition/index';
import { decisionMap } from '../recognition/recognize';
import { hostDecisions, pausedHosts } from '../settings';
import { pausedSet, type TabContext } from './tab-view';

/**
 * The background's recognition context, loaded once: the register index
 * (cached by the register service, replaced after a sync), the domain table
 * bound to that register's names (rebuilt only when the register changes) and
 * the user's decisions and paused hosts. Per navigation only map lookups remain.
 */
let context: Promise<TabContext> | null = null;
let bound: { hash: string; index: Promise<RecognitionIndex> } | null = null;

function recognitionFor(register: RegisterIndex): Promise<RecognitionIndex> {
  const hash = register.snapshot.hash;
  if (bound?.hash !== hash) {
    const orgs = register.snapshot.organizations.map((o) => ({ name: o.name, org_id: o.org_id }));
    const index = recognitionIndex(orgs);
    index.catch(() => bound?.index === index && (bound = null));
    bound = { hash, index };
  }
  return bound.index;
}

async function load(): Promise<TabContext> {
  const [register, decisions, paused] = await Promise.all([getRegister(), hostDecisions.getValue(), pausedHosts.getValue()]);
  const recognition = await recognitionFor(register);
  return { recognition, register, decisions: decisionMap(decisions), paused: pausedSet(paused) };
}

/** The current context (loaded on first use). */
export function getTabContext(): Promise<TabContext> {
  const pending = (context ??= load());
  pending.catch(() => context === pending && (context = null));
  return pending;
}

/** Drops the cached context (register or settings changed); the next call rebuilds it. */
export function invalidateTabContext(): void {
  context = null;
}
