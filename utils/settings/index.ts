/**
 * The settings service: every stored setting (./items.ts) and the one
 * operation for each change to it. The background (through its message
 * handlers), the popup, the options and welcome pages all call these.
 */
import type { OrganizationRef } from '../recognition/types';
import { toggleFollow } from '../follow/follow';
import {
  firstRunShown,
  followedOrganizations,
  followNotifications,
  languageSetting,
  rememberedIdentity,
  researchLogEnabled,
  researchLogPaths,
  type RememberedIdentity,
} from './items';

export * from './items';
export { decisionHost, forgetHost, importHostDecisions, saveHostAnswer, saveHostDecision, setHostPaused } from './hosts';

/** The interface language: 'nl', 'en', or null to follow the browser. */
export async function setLanguage(language: 'nl' | 'en' | null): Promise<void> {
  await languageSetting.setValue(language);
}

/** Switches the research log on or off. */
export async function setResearchLog(enabled: boolean): Promise<void> {
  await researchLogEnabled.setValue(enabled);
}

/** Whether the research log keeps page paths (the second opt-in). */
export async function setResearchLogPaths(enabled: boolean): Promise<void> {
  await researchLogPaths.setValue(enabled);
}

/** Follows the organisation, or unfollows it when it was followed. */
export async function toggleFollowed(org: OrganizationRef): Promise<void> {
  await followedOrganizations.setValue(toggleFollow(await followedOrganizations.getValue(), org));
}

/** Whether a followed organisation's notable change gives a browser notification. */
export async function setFollowNotifications(on: boolean): Promise<void> {
  await followNotifications.setValue(on);
}

/** Notes that the first-run page was shown. */
export async function markFirstRunShown(): Promise<void> {
  await firstRunShown.setValue(true);
}

/** Saves the name and address (only call this after the user opted in); the e-mail address is never stored. */
export async function rememberIdentity(details: RememberedIdentity): Promise<void> {
  await rememberedIdentity.setValue({ name: details.name, address: details.address });
}

/** Deletes the remembered details, with their version mark: nothing stays behind. */
export async function forgetIdentity(): Promise<void> {
  await rememberedIdentity.removeValue({ removeMeta: true });
}
