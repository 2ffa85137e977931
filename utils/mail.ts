/**
 * The extension's one e-mail address check and mailto: builder. Every mailto
 * link (the popup's contact link, the objection letters) goes through here.
 *
 * The check is deliberately narrower than RFC 5322: an address may hold only
 * characters that cannot change a mailto: URL's meaning. No `%` (a mail client
 * decodes `%40`/`%2C` into a second recipient), no `?`, `&`, `,`, `;`, no
 * whitespace, quotes, angle brackets or a second `@`.
 */

const LOCAL = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** The address if `raw` (optionally "mailto:"-prefixed, surrounding spaces allowed) is a strict e-mail address, else null. */
export function strictMailAddress(raw: string | null | undefined): string | null {
  const value = String(raw ?? '')
    .trim()
    .replace(/^mailto:/i, '');
  if (value.length > 254) return null;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return null;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL.test(local) && DOMAIN.test(domain) ? value : null;
}

/**
 * A mailto: URL to a strictly checked address; subject and body percent-encoded
 * with encodeURIComponent. Null when the address does not pass the check.
 */
export function mailtoHref(address: string, fields: { subject?: string; body?: string } = {}): string | null {
  const to = strictMailAddress(address);
  if (!to || to !== address) return null;
  const query = (['subject', 'body'] as const)
    .filter((k) => fields[k] !== undefined)
    .map((k) => `${k}=${encodeURIComponent(fields[k]!)}`)
    .join('&');
  return `mailto:${to}${query ? `?${query}` : ''}`;
}
