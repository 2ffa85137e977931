import { storage } from 'wxt/utils/storage';

/** The sender's details as the letter builder holds them (in memory). */
export interface SenderDetails {
  name: string;
  address: string;
  email: string;
}

/** What the user may choose to remember on this device: name and address only, as the checkbox says. */
export interface RememberedIdentity {
  name: string;
  address: string;
}

/**
 * Stored only after the user ticks "onthoud mijn naam en adres op dit apparaat"
 * (storage.local, never synced). Removed when they untick or press delete.
 */
export const rememberedIdentity = storage.defineItem<RememberedIdentity | null>('local:objection.identity', {
  fallback: null,
});

/** Saves the name and address (only call this after the user opted in); the e-mail address is never stored. */
export async function rememberIdentity(details: SenderDetails): Promise<void> {
  await rememberedIdentity.setValue({ name: details.name, address: details.address });
}

/** Deletes the remembered details. */
export async function forgetIdentity(): Promise<void> {
  await rememberedIdentity.removeValue();
}
