/** The page's own text fields that may name who runs it. */
export type TextSignal = 'title' | 'siteName' | 'metaCreator' | 'metaAuthority';

/** A link in the page's own header or footer to another site: its host and the words it shows. */
export interface LinkSignal {
  /** Lower-case host of the link target. */
  host: string;
  /** The link's text, image alt texts, aria-label and title, trimmed (≤ 200 chars). */
  text: string;
}

/** What a page says about who runs it. Every text field is trimmed text (≤ 200 chars) or null. */
export interface PageSignals {
  title: string | null;
  /** `<meta property="og:site_name">` */
  siteName: string | null;
  /** `<meta name="DCTERMS.creator">` (OWMS) */
  metaCreator: string | null;
  /** `<meta name="OVERHEID.authority">` (OWMS) */
  metaAuthority: string | null;
  /**
   * Links to other sites in the page's banner and footer (a `header` or
   * `footer` that is not part of an article, aside, main, nav or section, or an
   * element with role banner or contentinfo), at most 30.
   */
  links: LinkSignal[];
}

/** Most links read from one page. */
export const MAX_LINKS = 30;

/**
 * Reads the page signals from a document. Self-contained on purpose — no
 * imports, no closures, no inner named functions (bundler helpers would not
 * exist in the page) — so the popup can run it in the tab with
 * `browser.scripting.executeScript({ target: { tabId }, func: extractSignals })`.
 * It only reads the DOM and returns plain strings.
 */
export function extractSignals(doc: Document = document): PageSignals {
  const out: PageSignals = { title: null, siteName: null, metaCreator: null, metaAuthority: null, links: [] };
  const title = String(doc.title || '')
    .replace(/\s+/g, ' ')
    .trim();
  out.title = title ? title.slice(0, 200) : null;
  const wanted: [Exclude<keyof PageSignals, 'links'>, string][] = [
    ['siteName', 'og:site_name'],
    ['metaCreator', 'dcterms.creator'],
    ['metaAuthority', 'overheid.authority'],
  ];
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const keys = [el.getAttribute('property'), el.getAttribute('name')].map((k) => String(k || '').toLowerCase());
    for (const [field, name] of wanted) {
      if (out[field] !== null || !keys.includes(name)) continue;
      const value = String(el.getAttribute('content') || '')
        .replace(/\s+/g, ' ')
        .trim();
      if (value) out[field] = value.slice(0, 200);
    }
  }
  // The banner and footer of the page itself, not those of an article or section in it (HTML's landmark rule).
  const own = Array.from(doc.querySelectorAll('header, footer, [role="banner"], [role="contentinfo"]')).filter(
    (el) => el.hasAttribute('role') || !el.parentElement?.closest('article, aside, main, nav, section'),
  );
  // the page's own host, read from its base address (the address its relative links resolve against)
  let pageHost = '';
  try {
    pageHost = new URL(doc.baseURI).hostname.toLowerCase();
  } catch {
    pageHost = '';
  }
  const seen = new Set<Element>();
  for (const box of own) {
    for (const a of Array.from(box.querySelectorAll('a[href]'))) {
      // 30 is MAX_LINKS, written out: this function may not reach outside itself.
      if (out.links.length >= 30 || seen.has(a)) continue;
      seen.add(a);
      let host = '';
      try {
        const u = new URL(a.getAttribute('href') || '', doc.baseURI);
        if (u.protocol === 'http:' || u.protocol === 'https:') host = u.hostname.toLowerCase();
      } catch {
        host = '';
      }
      if (!host || host === pageHost) continue;
      const words = [a.textContent, a.getAttribute('aria-label'), a.getAttribute('title')];
      for (const img of Array.from(a.querySelectorAll('img[alt]'))) words.push(img.getAttribute('alt'));
      const text = words
        .map((w) => String(w || '').slice(0, 400))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200);
      if (text) out.links.push({ host, text });
    }
  }
  return out;
}
