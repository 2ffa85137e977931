/**
 * The message protocol between the extension's pages and the background,
 * defined once: per message type a valibot schema of the request and the type
 * of the answer. The request types and the background's guard are derived from
 * it, so a new message type is one entry in PROTOCOL (plus its handler).
 */
import * as v from 'valibot';
import type { HostRisk } from './recognition/lookalike';
import type { Algorithm } from './register/model';
import type { SuspectHold } from './register/suspect';
import type { Recognition, OrganizationRef } from './recognition/types';
import type { OrganizationNews } from './follow/view';

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

/** The page text a suggestion rests on: a metadata field, the site name, the title, or a header/footer link (with its host). */
export interface SuggestionBasis {
  signal: 'metaAuthority' | 'metaCreator' | 'siteName' | 'title' | 'links';
  text: string;
  host?: string;
}

/** What the popup shows for one tab. */
export interface TabView {
  recognition: Recognition;
  /** A suggestion from page signals that the user has not yet confirmed (match 'page'). */
  suggestion: OrganizationRef | null;
  /** Set when the host looks like another organisation's or is shared hosting: the suggestion cannot be confirmed here. */
  suggestion_risk?: HostRisk | null;
  /** What on the page the suggestion rests on, shown to the user (page text: cleaned and capped, see pageSignalsFrom). */
  suggestion_basis?: SuggestionBasis | null;
  algorithms: Algorithm[];
  paused: boolean;
  sync: SyncState;
  /** For a recognised organisation, in the popup only: following, its news, and how its count compares. */
  news?: OrganizationNews | null;
}

/** Marks the answer type of a message (a type only; there is no value at run time). */
function answer<T>(): T {
  return undefined as T;
}

const HOST = v.string();
const ORGANIZATION = v.object({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(299)), org_id: v.nullable(v.string()) });

/** Messages from extension pages to the background: the request's shape and the answer's type. */
export const PROTOCOL = {
  'tab-view': { request: v.object({ tabId: v.pipe(v.number(), v.integer()) }), response: answer<TabView>() },
  'sync-state': { request: v.object({}), response: answer<SyncState>() },
  'sync-now': { request: v.object({}), response: answer<SyncState>() },
  /** Use the held (suspect) download after all: the one with this content hash. */
  'accept-suspect': { request: v.object({ hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) }), response: answer<SyncState>() },
  /** The user confirms (organization) or rejects (null) a suggestion for a host. */
  'confirm-host': { request: v.object({ host: HOST, organization: v.nullable(ORGANIZATION) }), response: answer<{ ok: true }>() },
  /** Undo the user's own decision for a host ("door jou bevestigd" → not recognised again). */
  'forget-host': { request: v.object({ host: HOST }), response: answer<{ ok: true }>() },
  /** Pause or resume the extension on a host. */
  'set-paused': { request: v.object({ host: HOST, paused: v.boolean() }), response: answer<{ ok: true }>() },
} satisfies Record<string, { request: v.GenericSchema<object>; response: unknown }>;

export type MessageType = keyof typeof PROTOCOL;

/** Per message type: the request (from its schema) and the answer. */
export type Protocol = {
  [T in MessageType]: { request: v.InferOutput<(typeof PROTOCOL)[T]['request']>; response: (typeof PROTOCOL)[T]['response'] };
};

export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];

/** Checks a message's type and shape against PROTOCOL before any handler sees it. */
export function isMessage(value: unknown): value is Message {
  if (!value || typeof value !== 'object') return false;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(PROTOCOL, type)) return false;
  return v.is(PROTOCOL[type as MessageType].request, value);
}
