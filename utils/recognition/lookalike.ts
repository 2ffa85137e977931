/**
 * Hosts on which a page's own claim ("I am the Belastingdienst", from its
 * meta tags) must never be enough: look-alikes of a known government domain,
 * and free-hosting / shared domains where anyone can publish.
 *
 * Rule (issue 12): a host whose registrable domain is NOT in the domain table
 * is a look-alike when its name (all labels left of the public suffix), after
 * decoding punycode, NFKC, removing accents, folding confusables (Cyrillic and
 * Greek homographs, 0→o, 1→l, rn→m, vv→w …) and removing separators/digits,
 * - has a token equal to a known label (any length: "uwv-uitkering.nl"),
 * - contains a known label of 5+ letters ("belastingdienst-teruggave.com"),
 * - or is within edit distance 1 (labels of 5–6 letters) or 2 (7+ letters) of
 *   a known label ("be1astingdienst.nl", "belastingdienst.nl.evil.example").
 * Short labels (3–4 letters) only count as whole tokens: "ede" (gemeente Ede)
 * must not make "federatie.nl" suspect.
 */
import { parse } from 'tldts';
import { hostToUnicode } from './punycode';

/** Free-hosting and shared domains (besides every private suffix of the Public Suffix List). */
export const SHARED_HOSTING = [
  'github.io',
  'gitlab.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'blogspot.com',
  'wordpress.com',
  'wixsite.com',
  'weebly.com',
  'azurewebsites.net',
  'herokuapp.com',
  'glitch.me',
  'repl.co',
  'replit.app',
  'sites.google.com',
  'googleusercontent.com',
  'storage.googleapis.com',
  'appspot.com',
  'onrender.com',
  'fly.dev',
  'surge.sh',
  'neocities.org',
  'jimdofree.com',
  'webflow.io',
  'framer.app',
  'notion.site',
  'ngrok.io',
  'ngrok-free.app',
  'trycloudflare.com',
  's3.amazonaws.com',
  'cloudfront.net',
  '000webhostapp.com',
] as const;

/** Why a page's own claim is not enough on a host. */
export type HostRisk = { kind: 'lookalike'; of: string } | { kind: 'shared-hosting'; suffix: string };

/** Known registrable domains and their folded labels; build once per domain table. */
export interface LookalikeIndex {
  registrables: ReadonlySet<string>;
  /** Folded label → one registrable domain it comes from (the .nl one, where several share the label). */
  labels: ReadonlyMap<string, string>;
}

const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ɡ: 'g',
  ь: 'b',
  г: 'r',
  п: 'n',
  л: 'n',
  д: 'd',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  μ: 'u',
  // Latin look-alikes
  ı: 'i',
  ł: 'l',
  ƚ: 'l',
  ɩ: 'i',
  ʟ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
};
const DIGITS: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '6': 'b', '7': 't', '8': 'b', '9': 'g' };

/** Folds one piece of a host name to plain a–z letters (digits kept for the caller to map or drop). */
export function foldName(text: string): string {
  let s = text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  s = [...s].map((c) => CONFUSABLES[c] ?? c).join('');
  return s.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd');
}

/** Tokens of a host name (left of the public suffix) in two readings: digits as letters, and digits removed. */
function readings(name: string): { tokens: string[]; joined: string[] } {
  const folded = foldName(name);
  const asLetters = folded.replace(/[0-9]/g, (d) => DIGITS[d]);
  const withoutDigits = folded.replace(/[0-9]/g, '-');
  const tokens = new Set<string>();
  const joined = new Set<string>();
  for (const r of [asLetters, withoutDigits]) {
    const parts = r.split(/[^a-z]+/).filter(Boolean);
    parts.forEach((p) => tokens.add(p));
    joined.add(parts.join(''));
  }
  return { tokens: [...tokens], joined: [...joined] };
}

/** Levenshtein distance, or max+1 as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Builds the index from the hosts of the domain table (organisation and transit hosts). */
export function buildLookalikeIndex(hosts: Iterable<string>): LookalikeIndex {
  const registrables = new Set<string>();
  const labels = new Map<string, string>();
  for (const host of hosts) {
    const p = parse(host, { allowPrivateDomains: true, extractHostname: false });
    if (!p.domain || !p.domainWithoutSuffix) continue;
    registrables.add(p.domain);
    const label = foldName(hostToUnicode(p.domainWithoutSuffix)).replace(/[^a-z]/g, '');
    // several domains share a label (belastingdienst.nl, and .eu, .asia … kept against abuse): name the .nl one
    const seen = labels.get(label);
    if (label.length >= 3 && (!seen || (!seen.endsWith('.nl') && p.domain.endsWith('.nl')))) labels.set(label, p.domain);
  }
  return { registrables, labels };
}

/** The shared-hosting suffix a host is under, or null. */
export function sharedHostingSuffix(host: string): string | null {
  const h = host.toLowerCase().replace(/\.+$/, '');
  const listed = SHARED_HOSTING.find((s) => h === s || h.endsWith(`.${s}`));
  if (listed) return listed;
  const p = parse(h, { allowPrivateDomains: true, extractHostname: false });
  return p.isPrivate && p.publicSuffix ? p.publicSuffix : null;
}

/**
 * Whether a page's own claim must not be trusted on `host` (lower-case ASCII,
 * as URL.hostname gives it), and why. Null for hosts in the domain table and
 * for ordinary unrelated hosts.
 */
export function hostRisk(host: string, index: LookalikeIndex): HostRisk | null {
  const shared = sharedHostingSuffix(host);
  if (shared) return { kind: 'shared-hosting', suffix: shared };
  const p = parse(host, { allowPrivateDomains: true, extractHostname: false });
  if (!p.domain || index.registrables.has(p.domain)) return null;
  // Every label left of the public suffix: "belastingdienst.nl.evil.example" puts the look-alike in a subdomain.
  const name = hostToUnicode(p.subdomain ? `${p.subdomain}.${p.domainWithoutSuffix}` : (p.domainWithoutSuffix ?? host));
  const { tokens, joined } = readings(name);
  const tokenSet = new Set(tokens);
  // The closest known label wins (a whole token, then containment, then the smallest edit distance; longer labels first on a tie).
  let best: { score: number; label: string; of: string } | null = null;
  const consider = (score: number, label: string, of: string) => {
    if (!best || score < best.score || (score === best.score && label.length > best.label.length)) best = { score, label, of };
  };
  for (const [label, of] of index.labels) {
    if (tokenSet.has(label)) {
      consider(0, label, of);
      continue;
    }
    if (label.length < 5) continue;
    const max = label.length >= 7 ? 2 : 1;
    for (const j of joined) {
      if (j.includes(label)) consider(0.5, label, of);
      else {
        const d = editDistance(j, label, max);
        if (d <= max) consider(d, label, of);
      }
    }
    for (const t of tokens) {
      const d = editDistance(t, label, max);
      if (d <= max) consider(d, label, of);
    }
  }
  const found = best as { of: string } | null;
  return found ? { kind: 'lookalike', of: found.of } : null;
}
