import type { Algorithm } from '../register/model';
import { mailtoHref, strictMailAddress } from '../mail';
import { registerTextToPlain } from './format';

/** An organisation's contact from the register, checked: only mailto and http(s) survive. */
export type Contact = { kind: 'email'; address: string; href: string } | { kind: 'url'; href: string; label: string };

/** Checks a `contact_email` value: an e-mail address or an http(s) URL (a bare "www." host gets https); anything else gives null. */
export function parseContact(raw: string | null | undefined): Contact | null {
  const value = String(raw ?? '')
    .trim()
    .replace(/^mailto:/i, '');
  if (!value || value.length > 2000) return null;
  const address = strictMailAddress(value);
  const href = address && mailtoHref(address);
  if (address && href) return { kind: 'email', address, href };
  // Anything with an "@" that failed the strict check is not a web page either ("a%40b@c.nl", "x@y" → null).
  if (value.includes('@')) return null;
  let url: URL;
  try {
    url = new URL(/^www\./i.test(value) ? `https://${value}` : value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return { kind: 'url', href: url.href, label: url.host + (url.pathname === '/' ? '' : url.pathname) };
}

/**
 * The organisation's contact: the valid value most of its algorithms give,
 * e-mail addresses before web pages. Null when none is valid.
 */
export function pickContact(algorithms: readonly Pick<Algorithm, 'contact_email'>[]): Contact | null {
  const counts = new Map<string, { contact: Contact; n: number }>();
  for (const a of algorithms) {
    const c = parseContact(a.contact_email);
    if (!c) continue;
    const key = c.href.toLowerCase();
    const entry = counts.get(key) ?? { contact: c, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((x, y) => Number(y.contact.kind === 'email') - Number(x.contact.kind === 'email') || y.n - x.n);
  return ranked[0]?.contact ?? null;
}

/** Legacy "Bezwaarprocedure" texts worth showing, as plain text, one per distinct text. */
export interface ObjectionText {
  algorithm: string;
  text: string;
}

const TRIVIAL = /^(n\.?\s?v\.?\s?t\.?|nee|ja|geen|onbekend|-)\.?$/i;

/** Collects the legacy `objection_procedure` texts (plain text, deduplicated, trivial ones left out). */
export function objectionTexts(algorithms: readonly Pick<Algorithm, 'name' | 'objection_procedure'>[]): ObjectionText[] {
  const seen = new Set<string>();
  const out: ObjectionText[] = [];
  for (const a of algorithms) {
    const text = registerTextToPlain(a.objection_procedure);
    if (!text || TRIVIAL.test(text) || seen.has(text)) continue;
    seen.add(text);
    out.push({ algorithm: registerTextToPlain(a.name, 200), text });
  }
  return out;
}
