import { browser } from 'wxt/browser';
import { firstRunShown, markFirstRunShown } from './settings';

/** Path of the first-run page inside the extension. */
export const WELCOME_PATH = '/welcome.html';

/** Opens the first-run page once, on a fresh install (not on updates or browser updates). */
export async function handleInstalled(details: { reason: string }): Promise<boolean> {
  if (details.reason !== 'install') return false;
  if (await firstRunShown.getValue()) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  await markFirstRunShown();
  return true;
}

/**
 * For the background: registers the runtime.onInstalled listener that opens
 * the first-run page once. Call it synchronously at background start-up.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    void handleInstalled(details);
  });
}
