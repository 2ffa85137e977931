import { browser } from 'wxt/browser';
import { onSnapshotReplaced } from '../register/service';
import { currentLanguage } from '../i18n/resolve';
import { FOLLOW_NOTIFICATION, recordChanges } from './record';

/**
 * Background wiring: after a sync replaced the register data, record the
 * change feed and notify followers; a click on the notification opens the
 * changes section of the options page. The notifications API exists only once
 * the optional permission is granted, so its listener is added then too.
 */
export function startFollowing(): void {
  onSnapshotReplaced((before, after) => recordChanges(before, after, { language: currentLanguage }).then(() => undefined));
  let listening = false;
  const listen = () => {
    if (listening || !browser.notifications?.onClicked) return;
    listening = true;
    browser.notifications.onClicked.addListener((id) => {
      if (id !== FOLLOW_NOTIFICATION) return;
      void browser.tabs.create({
        url: browser.runtime.getURL('/options.html#wijzigingen' as Parameters<typeof browser.runtime.getURL>[0]),
      });
      void browser.notifications.clear(id);
    });
  };
  listen();
  browser.permissions?.onAdded?.addListener(listen);
}
