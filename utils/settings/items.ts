import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { OrganizationRef } from '../recognition/types';

/**
 * The user's settings, all in storage.local (never synced to an account):
 * every stored setting is defined here, once. Pages and the background read and
 * watch these items; they change them only through the operations in
 * ./index.ts (the one owner of each write).
 *
 * Versions: version 1 is today's shape of every item. A value stored before the
 * items were versioned (no version mark) is read as version 1, unchanged. When a
 * shape changes, raise the version and add a migration to that item.
 */
/** A stored setting: read with getValue(), followed with watch(). */
export type SettingItem<T> = WxtStorageItem<T, Record<string, unknown>>;

function setting<T>(key: `local:${string}`, fallback: T, migrations: Record<number, (old: unknown) => T> = {}) {
  return storage.defineItem<T>(key, { fallback, version: 1, migrations });
}

/** Interface language override; null follows the browser. */
export const languageSetting = setting<'nl' | 'en' | null>('local:language', null);

/** Hosts where the extension is paused: no badge, no recognition, no log. */
export const pausedHosts = setting<string[]>('local:pausedHosts', []);

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
export const hostDecisions = setting<HostDecision[]>('local:hostDecisions', []);

/** Research log switches: off by default; paths need a second, explicit opt-in. */
export const researchLogEnabled = setting<boolean>('local:researchLog.enabled', false);
export const researchLogPaths = setting<boolean>('local:researchLog.paths', false);

/** Whether the first-run page has been shown. */
export const firstRunShown = setting<boolean>('local:firstRunShown', false);

/** Organisations the user follows: told about their notable register changes. Only on this device. */
export const followedOrganizations = setting<OrganizationRef[]>('local:followedOrganizations', []);

/** Whether a followed organisation's notable change also gives a browser notification (needs the optional `notifications` permission). */
export const followNotifications = setting<boolean>('local:followNotifications', false);

/** What the user may choose to remember on this device: name and address only, as the checkbox says. */
export interface RememberedIdentity {
  name: string;
  address: string;
}

/**
 * Stored only after the user ticks "onthoud mijn naam en adres op dit apparaat"
 * (storage.local, never synced). Removed when they untick or press delete.
 */
export const rememberedIdentity = setting<RememberedIdentity | null>('local:objection.identity', null);
