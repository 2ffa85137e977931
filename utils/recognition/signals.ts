/** What a page says about who runs it. Every field is trimmed text (≤ 200 chars) or null. */
export interface PageSignals {
  title: string | null;
  /** `<meta property="og:site_name">` */
  siteName: string | null;
  /** `<meta name="DCTERMS.creator">` (OWMS) */
  metaCreator: string | null;
  /** `<meta name="OVERHEID.authority">` (OWMS) */
  metaAuthority: string | null;
}

/**
 * Reads the page signals from a document. Self-contained on purpose — no
 * imports, no closures, no inner named functions (bundler helpers would not
 * exist in the page) — so the popup can run it in the tab with
 * `browser.scripting.executeScript({ target: { tabId }, func: extractSignals })`.
 * It only reads the DOM and returns plain strings.
 */
export function extractSignals(doc: Document = document): PageSignals {
  const out: PageSignals = { title: null, siteName: null, metaCreator: null, metaAuthority: null };
  const title = String(doc.title || '')
    .replace(/\s+/g, ' ')
    .trim();
  out.title = title ? title.slice(0, 200) : null;
  const wanted: [keyof PageSignals, string][] = [
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
  return out;
}
