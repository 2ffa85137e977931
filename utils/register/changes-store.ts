import { storage } from 'wxt/utils/storage';
import type { ChangeSet } from './changes';

/**
 * The changes between the last two snapshots the extension used (the change
 * feed and the followers' notices). Written after a sync that replaced the
 * data; a sync held as suspect writes nothing. null before the first such sync.
 */
export const registerChanges = storage.defineItem<ChangeSet | null>('local:registerChanges', { fallback: null });
