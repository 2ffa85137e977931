/**
 * Register text is untrusted. These helpers turn it into plain data that a
 * UI renders as text nodes and a few bare elements — never through innerHTML.
 *
 * - `sanitizeHtml()` keeps only the publication standard's tags (div, br, p,
 *   ul, ol, li), drops every attribute, unwraps every other element into its
 *   text, drops script/style content, and caps the visible text.
 * - `safeHref()` lets through http(s) and mailto links only.
 */

import { mailtoHref, strictMailAddress } from './mail';

/** Tags the publication standard 1.0 allows in its HTML fields. */
export const ALLOWED_TAGS = ['div', 'br', 'p', 'ul', 'ol', 'li'] as const;
export type AllowedTag = (typeof ALLOWED_TAGS)[number];

/** A sanitised tree: strings are text, elements are bare allowed tags. */
export type SafeNode = string | { tag: AllowedTag; children: SafeNode[] };

/** Longest text shown for one field (characters); longer text ends in "…". */
export const MAX_TEXT = 10_000;

/** Elements whose content is never shown, not even as text. */
const DROP_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'head', 'title']);
const ALLOWED = new Set<string>(ALLOWED_TAGS);

/**
 * Characters that are invisible or change how the text around them is shown:
 * C0/C1 controls (tab, LF and CR excepted), bidirectional overrides, embeddings,
 * isolates and marks, zero-width spaces and joiners' relatives, word joiners,
 * the BOM, interlinear annotation and Unicode tag characters.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Untrusted text as it may be shown: invisible and bidi control characters
 * removed, lone surrogates replaced by U+FFFD. A name cannot reorder itself
 * ("\u202Eln.tsneidgnitsaleb") or hide text.
 */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd');
}

/** The first `n` UTF-16 units of `text`, one fewer when that would split a surrogate pair. */
export function cutText(text: string, n: number): string {
  if (text.length <= n) return text;
  const end = n > 0 && /[\ud800-\udbff]/.test(text[n - 1]) ? n - 1 : n;
  return text.slice(0, Math.max(0, end));
}

/** Shown text: invisible/bidi characters removed, cut to `max` characters (never inside a surrogate pair), "…" when cut. */
export function capText(text: string, max = MAX_TEXT): string {
  const s = stripInvisible(text);
  return s.length > max ? `${cutText(s, max - 1).trimEnd()}…` : s;
}

/**
 * Parses an untrusted register field into a safe tree. Text without tags keeps
 * its line breaks (legacy records use plain text with newlines).
 */
export function sanitizeHtml(input: string | null | undefined, max = MAX_TEXT): SafeNode[] {
  if (!input) return [];
  // Parse at most a bounded prefix: a 1 MB field must not cost a 1 MB parse.
  const bounded = stripInvisible(cutText(input, max * 4));
  if (!/[<&]/.test(bounded)) return plainLines(capText(bounded, max));
  const asText = () => plainLines(capText(bounded.replace(/<[^>]*>?/g, ' '), max));
  if (typeof DOMParser === 'undefined') return asText();
  try {
    // DOMParser documents are inert: no scripts run, no images load.
    const doc = new DOMParser().parseFromString(bounded, 'text/html');
    return walk(doc.body, { left: max });
  } catch {
    // A parser that gives up on odd markup must not take the popup down: show the text without tags.
    return asText();
  }
}

function walk(parent: Node, budget: { left: number }): SafeNode[] {
  const out: SafeNode[] = [];
  for (let node = parent.firstChild; node && budget.left > 0; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      const kept = text.length > budget.left ? `${cutText(text, budget.left - 1)}…` : text;
      budget.left -= kept.length;
      if (kept) out.push(kept);
    } else if (node.nodeType === 1) {
      const tag = (node as Element).localName.toLowerCase();
      if (DROP_CONTENT.has(tag)) continue;
      const children = walk(node, budget);
      if (ALLOWED.has(tag)) out.push({ tag: tag as AllowedTag, children });
      else out.push(...children);
    }
  }
  return out;
}

function plainLines(text: string): SafeNode[] {
  const out: SafeNode[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) out.push({ tag: 'br', children: [] });
      if (line) out.push(line);
    });
  return out;
}

/** The tree's visible text, for searching and for tests. */
export function safeText(nodes: SafeNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : n.tag === 'br' ? '\n' : safeText(n.children))).join('');
}

/** Returns the link if it is http(s) or a mailto: to one strictly checked address (utils/mail.ts), else null (javascript:, data:, relative...). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed.length > 2048 || /[\u0000-\u001f\s]/.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === 'mailto:') {
      // Untrusted mailto: only a strictly checked single address, and no prefilled headers (cc=, bcc=, body=).
      const address = strictMailAddress(trimmed.slice(7).split('?')[0]);
      return address ? mailtoHref(address) : null;
    }
    return ['http:', 'https:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A contact value (an e-mail address or a URL, as `contact_email` holds) as a safe link. */
export function contactLink(value: string | null | undefined): { href: string; label: string; kind: 'email' | 'web' } | null {
  if (!value) return null;
  const v = value.trim().replace(/^mailto:/i, '');
  const address = strictMailAddress(v);
  if (address) {
    const href = mailtoHref(address);
    return href ? { href, label: address, kind: 'email' } : null;
  }
  if (v.includes('@') && !/^https?:\/\//i.test(v)) return null;
  const href = safeHref(/^www\./i.test(v) ? `https://${v}` : v);
  if (!href || href.startsWith('mailto:') || new URL(href).username) return null;
  return { href, label: capText(v, 80), kind: 'web' };
}
