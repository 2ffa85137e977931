import { mailtoHref } from '../mail';
import type { Contact } from './contact';

/**
 * Longest mailto: URL we hand to the mail client. Browsers accept far more,
 * but some mail clients (notably on Windows) cut links off near 2,000 characters.
 */
export const MAILTO_MAX = 2000;

export interface MailtoLink {
  href: string;
  /** False when the body did not fit: the link carries a short note and the user pastes the letter. */
  complete: boolean;
}

/**
 * A mailto: link for an e-mail contact; null for any other contact and for an
 * address that fails the strict check (utils/mail.ts); subject and body are percent-encoded.
 */
export function mailtoLink(contact: Contact | null, subject: string, body: string, shortBody: string, max = MAILTO_MAX): MailtoLink | null {
  if (!contact || contact.kind !== 'email') return null;
  // The contact may come from anywhere: the address is checked again, here, by the one strict check.
  const full = mailtoHref(contact.address, { subject, body });
  if (!full) return null;
  if (full.length <= max) return { href: full, complete: true };
  return { href: mailtoHref(contact.address, { subject, body: shortBody })!, complete: false };
}

/** A safe file name for the downloaded letter, e.g. "bezwaar-2026-11-22.txt". */
export function letterFileName(kind: string, date: string): string {
  const safeKind = kind.replace(/[^a-z0-9-]/gi, '') || 'brief';
  const safeDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'datum';
  return `${safeKind}-${safeDate}.txt`;
}
