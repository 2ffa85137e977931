import { useEffect, useState } from 'preact/hooks';
import type { SettingItem } from '@/utils/settings';

/**
 * The current value of a storage item, kept up to date when the background or
 * another page changes it. `undefined` until the first read finished.
 */
export function useItem<T>(item: SettingItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
