import { storage } from 'wxt/utils/storage';
import type { OrganizationRef } from './recognition/types';

/**
 * The user's settings, all in storage.local (never synced to an account).
 * One typed item per setting; every page and the background read the same items.
 */

/** Interface language override; null follows the browser. */
export const languageSetting = storage.defineItem<'nl' | 'en' | null>('local:language', { fallback: null });

/** Hosts where the extension is paused: no badge, no recognition, no log. */
export const pausedHosts = storage.defineItem<string[]>('local:pausedHosts', { fallback: [] });

/**
 * The user's own host → organisation decisions: a confirmed suggestion or a
 * correction (organisation), or "this host is not that organisation" (null).
 */
export interface HostDecision {
  host: string;
  organization: OrganizationRef | null;
  /** 'confirmed' a page suggestion, or 'corrected' by hand in the options page. */
  kind: 'confirmed' | 'corrected' | 'rejected';
  decided_at: string;
}
export const hostDecisions = storage.defineItem<HostDecision[]>('local:hostDecisions', { fallback: [] });

/** Research log switches: off by default; paths need a second, explicit opt-in. */
export const researchLogEnabled = storage.defineItem<boolean>('local:researchLog.enabled', { fallback: false });
export const researchLogPaths = storage.defineItem<boolean>('local:researchLog.paths', { fallback: false });

/** Whether the first-run page has been shown. */
export const firstRunShown = storage.defineItem<boolean>('local:firstRunShown', { fallback: false });

/** Organisations the user follows: told about their notable register changes. Only on this device. */
export const followedOrganizations = storage.defineItem<OrganizationRef[]>('local:followedOrganizations', { fallback: [] });

/** Whether a followed organisation's notable change also gives a browser notification (needs the optional `notifications` permission). */
export const followNotifications = storage.defineItem<boolean>('local:followNotifications', { fallback: false });
