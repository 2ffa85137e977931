/**
 * "Cache a promise, forget it on failure": the first `get()` starts the load,
 * later calls share its promise; when it rejects, the cache empties so the next
 * `get()` tries again. `forget()` drops it on purpose (the data changed).
 */
export interface Cached<T> {
  /** The cached promise, started on first use. */
  get(): Promise<T>;
  /** Replace the cached promise (a value that is already known). */
  set(value: Promise<T>): void;
  /** Drop the cached promise; the next `get()` loads again. */
  forget(): void;
}

/** A cache for the promise that `load` returns. */
export function cached<T>(load: () => Promise<T>): Cached<T> {
  let pending: Promise<T> | null = null;
  const keep = (promise: Promise<T>) => {
    pending = promise;
    promise.catch(() => {
      if (pending === promise) pending = null;
    });
    return promise;
  };
  return {
    get: () => pending ?? keep(load()),
    set: (value) => void keep(value),
    forget: () => {
      pending = null;
    },
  };
}
