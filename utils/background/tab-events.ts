import type { TabView } from '../protocol';

/** Called after the background recognised a tab's page (also for unrecognised pages). */
export type TabRecognisedListener = (tabId: number, view: TabView) => void;

const listeners = new Set<TabRecognisedListener>();

/**
 * Subscribes to recognised tabs (e.g. the research log). Returns an unsubscribe
 * function. Listeners run synchronously after each recognition and must be cheap.
 */
export function onTabRecognised(listener: TabRecognisedListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True when someone listens: lets the watcher skip building a full view otherwise. */
export function hasTabListeners(): boolean {
  return listeners.size > 0;
}

/** Tells every listener; one failing listener does not stop the others. */
export function emitTabRecognised(tabId: number, view: TabView): void {
  for (const listener of listeners) {
    try {
      listener(tabId, view);
    } catch (error) {
      console.error('Algoritmewijzer: tab listener failed', error);
    }
  }
}
