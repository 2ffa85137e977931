/**
 * Register text is untrusted. These helpers turn it into plain data that a
 * UI renders as text nodes and a few bare elements — never through innerHTML.
 *
 * - `sanitizeHtml()` keeps only the publication standard's tags (div, br, p,
 *   ul, ol, li), drops every attribute, unwraps every other element into its
 *   text, drops script/style content, and caps the visible text.
 * - `safeHref()` lets through http(s) and mailto links only.
 */

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

/** Cuts `text` to `max` characters, ending in "…" when cut. */
export function capText(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * Parses an untrusted register field into a safe tree. Text without tags keeps
 * its line breaks (legacy records use plain text with newlines).
 */
export function sanitizeHtml(input: string | null | undefined, max = MAX_TEXT): SafeNode[] {
  if (!input) return [];
  // Parse at most a bounded prefix: a 1 MB field must not cost a 1 MB parse.
  const bounded = input.length > max * 4 ? input.slice(0, max * 4) : input;
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
      const kept = text.length > budget.left ? `${text.slice(0, budget.left - 1)}…` : text;
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
  text.replace(/\r\n?/g, '\n').split('\n').forEach((line, i) => {
    if (i > 0) out.push({ tag: 'br', children: [] });
    if (line) out.push(line);
  });
  return out;
}

/** The tree's visible text, for searching and for tests. */
export function safeText(nodes: SafeNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : n.tag === 'br' ? '\n' : safeText(n.children))).join('');
}

/** Returns the link if it is http(s) or mailto, else null (javascript:, data:, relative...). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed.length > 2048 || /[\u0000-\u001f\s]/.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

// Narrower than RFC 5322 on purpose: no characters that change a mailto: URL's meaning (?, &, %0A...).
const EMAIL = /^[A-Za-z0-9._+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** A contact value (an e-mail address or a URL, as `contact_email` holds) as a safe link. */
export function contactLink(value: string | null | undefined): { href: string; label: string; kind: 'email' | 'web' } | null {
  if (!value) return null;
  const v = value.trim().replace(/^mailto:/i, '');
  if (EMAIL.test(v)) {
    const href = safeHref(`mailto:${v}`);
    return href ? { href, label: v, kind: 'email' } : null;
  }
  const href = safeHref(/^www\./i.test(v) ? `https://${v}` : v);
  if (!href || href.startsWith('mailto:') || new URL(href).username) return null;
  return { href, label: capText(v, 80), kind: 'web' };
}
