import { browser } from 'wxt/browser';
import type { BadgeState } from '../badge';

/** The toolbar button API: `action` (MV3) or `browserAction` (Firefox MV2). */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/**
 * Sets one tab's badge text, colours and title. Errors (tab closed meanwhile)
 * are swallowed: a badge is never worth an error in the console.
 */
export async function applyBadge(tabId: number, badge: BadgeState): Promise<void> {
  const action = toolbarButton();
  if (!action) return;
  try {
    const calls: Promise<unknown>[] = [action.setBadgeText({ tabId, text: badge.text }), action.setTitle({ tabId, title: badge.title })];
    if (badge.text) {
      calls.push(action.setBadgeBackgroundColor({ tabId, color: badge.background }));
      // Text colour: Chrome 110+, Firefox 63+; older browsers keep their default.
      if (typeof action.setBadgeTextColor === 'function') calls.push(action.setBadgeTextColor({ tabId, color: badge.textColor }));
    }
    await Promise.all(calls);
  } catch {
    // The tab went away between the event and now.
  }
}
