import type { HostRisk } from './recognition/lookalike';
import type { Algorithm } from './register/model';
import type { SuspectHold } from './register/suspect';
import type { Recognition, OrganizationRef } from './recognition/types';

/** State of the register data, readable by every page. */
export interface SyncState {
  /** 'bundled' (shipped with the extension) or 'synced' (downloaded from the register). */
  source: 'bundled' | 'synced';
  /** The data's date (newest registration in it), YYYY-MM-DD. */
  data_date: string | null;
  /** When the data in use was made/downloaded (ISO). */
  generated_at: string | null;
  algorithm_count: number;
  last_attempt: string | null;
  last_success: string | null;
  /** Human-readable reason of the last failed sync; null when the last attempt succeeded. */
  last_error: string | null;
  /** A complete download held back because it looks broken (the data in use stays); null or absent when none. */
  suspect?: SuspectHold | null;
  in_progress: boolean;
}

/** What the popup shows for one tab. */
export interface TabView {
  recognition: Recognition;
  /** A suggestion from page signals that the user has not yet confirmed (match 'page'). */
  suggestion: OrganizationRef | null;
  /** Set when the host looks like another organisation's or is shared hosting: the suggestion cannot be confirmed here. */
  suggestion_risk?: HostRisk | null;
  algorithms: Algorithm[];
  paused: boolean;
  sync: SyncState;
}

/** Messages from extension pages to the background, with their answers. */
export interface Protocol {
  'tab-view': { request: { tabId: number }; response: TabView };
  'sync-state': { request: Record<string, never>; response: SyncState };
  'sync-now': { request: Record<string, never>; response: SyncState };
  /** Use the held (suspect) download after all: the one with this content hash. */
  'accept-suspect': { request: { hash: string }; response: SyncState };
  /** The user confirms (organization) or rejects (null) a suggestion for a host. */
  'confirm-host': { request: { host: string; organization: OrganizationRef | null }; response: { ok: true } };
  /** Undo the user's own decision for a host ("door jou bevestigd" → not recognised again). */
  'forget-host': { request: { host: string }; response: { ok: true } };
  /** Pause or resume the extension on a host. */
  'set-paused': { request: { host: string; paused: boolean }; response: { ok: true } };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];
