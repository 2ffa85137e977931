/**
 * After the register data in use was replaced: keep the changes between the
 * old and new snapshot (the change feed), and tell the user about notable
 * changes at followed organisations with one browser notification when they
 * opted in. A sync held as suspect replaces nothing, so it never gets here.
 */
import { browser } from 'wxt/browser';
import type { Snapshot } from '../register/model';
import { diffSnapshots, type ChangeSet } from '../register/changes';
import { registerChanges } from '../register/changes-store';
import { followNotifications, followedOrganizations } from '../settings';
import { followedChanges } from './follow';
import type { Language } from '../i18n';
import { notificationText } from './notification';

/** Id of the notification: clicking it opens the options page at the changes. */
export const FOLLOW_NOTIFICATION = 'algoritmewijzer-follow';

/**
 * Only two snapshots from the register itself are compared: the bundled copy
 * comes from a reduced source (no categories, few details), so comparing it
 * with the first download would report nearly every entry as changed.
 */
export function comparable(before: Pick<Snapshot, 'source'>, after: Pick<Snapshot, 'source'>): boolean {
  return /^https?:\/\//.test(before.source) && /^https?:\/\//.test(after.source);
}

export interface RecordDeps {
  language: () => Promise<Language>;
  /** Shows a notification; default: browser.notifications when the optional permission was granted. */
  notify?: (id: string, title: string, message: string) => Promise<unknown>;
}

/** Stores the change set and returns it (null when the snapshots are not comparable). */
export async function recordChanges(before: Snapshot, after: Snapshot, deps: RecordDeps): Promise<ChangeSet | null> {
  if (!comparable(before, after) || before.hash === after.hash) return null;
  const set = diffSnapshots(before, after);
  await registerChanges.setValue(set);
  const [followed, wanted] = await Promise.all([followedOrganizations.getValue(), followNotifications.getValue()]);
  const notable = followedChanges(set, followed);
  if (wanted && notable.length) {
    const { title, message } = notificationText(notable, await deps.language());
    const notify = deps.notify ?? showNotification;
    await notify(FOLLOW_NOTIFICATION, title, message).catch(() => undefined);
  }
  return set;
}

async function showNotification(id: string, title: string, message: string) {
  if (!browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  await browser.notifications.create(id, {
    type: 'basic',
    title,
    message,
    iconUrl: browser.runtime.getURL('/icon/128.png' as Parameters<typeof browser.runtime.getURL>[0]),
  });
}
