/**
 * The set of organisations the domain table may point to, with a name resolver:
 * the register's organisations first (their spelling wins), then the register's
 * reference lists (org_id, official names), then source names that match nothing.
 */
import { compactKey, nameParts, nameVariants, plainKey, type NameKind } from '../../utils/recognition/names';

export interface DirectoryOrg {
  name: string;
  org_id: string | null;
  registered: boolean;
  kind: NameKind | 'other' | null;
  algorithms: number;
  /** Other spellings that joined to this organisation. */
  aliases: Set<string>;
}

type Kind = DirectoryOrg['kind'];

export class OrgDirectory {
  readonly orgs: DirectoryOrg[] = [];
  private full = new Map<string, Set<DirectoryOrg>>();
  private kinded = new Map<string, Set<DirectoryOrg>>();
  private bare = new Map<string, Set<DirectoryOrg>>();
  private compact = new Map<string, Set<DirectoryOrg>>();
  private ids = new Map<string, DirectoryOrg>();

  /** Adds an organisation and indexes its name. */
  add(org: Omit<DirectoryOrg, 'aliases'>): DirectoryOrg {
    const entry: DirectoryOrg = { ...org, aliases: new Set() };
    this.orgs.push(entry);
    if (entry.org_id) this.ids.set(entry.org_id, entry);
    this.index(entry, entry.name);
    return entry;
  }

  /** Records another spelling of an organisation's name. */
  alias(org: DirectoryOrg, name: string): void {
    if (name === org.name || org.aliases.has(name)) return;
    org.aliases.add(name);
    this.index(org, name);
  }

  byOrgId(orgId: string): DirectoryOrg | undefined {
    return this.ids.get(orgId);
  }

  setOrgId(org: DirectoryOrg, orgId: string): void {
    org.org_id = orgId;
    this.ids.set(orgId, org);
  }

  /** The one organisation this name means, or null when none or ambiguous. */
  resolve(name: string, kind: Kind = null): DirectoryOrg | null {
    for (const variant of nameVariants(name)) {
      const hit = one(this.full.get(plainKey(variant)));
      if (hit) return hit;
    }
    for (const variant of nameVariants(name)) {
      const parts = nameParts(variant);
      const k = parts.kind ?? (kind === 'other' ? null : kind);
      const hit = k ? one(this.kinded.get(`${k}|${parts.bare}`)) : one(this.bare.get(parts.bare));
      if (hit) return hit;
    }
    return null;
  }

  /** Joins a host-derived compact label ("bergennh", "provinciedrenthe") to an organisation. */
  resolveCompact(label: string, kind: Kind): DirectoryOrg | null {
    const tries = [label, label.replace(/^(gemeente|provincie|waterschap|hoogheemraadschap|wetterskip)/, '')];
    for (const t of tries) {
      const key = kind && kind !== 'other' ? `${kind}|${t}` : `*|${t}`;
      const hit = one(this.compact.get(key));
      if (hit) return hit;
    }
    return null;
  }

  /**
   * Joins a host label written as a short form of one organisation's name:
   * every word in order gives either itself or its first letter ("vggm" →
   * Veiligheids- en Gezondheidsregio Gelderland-Midden, "veiligheidsregioaa" →
   * Veiligheidsregio Amsterdam-Amstelland). Only when exactly one organisation fits.
   */
  resolveShortForm(label: string): DirectoryOrg | null {
    if (label.length < 3) return null;
    const hits = new Set<DirectoryOrg>();
    for (const org of this.orgs) {
      for (const text of [plainKey(org.name), nameParts(org.name).bare]) {
        const words = text.replace(/[()]/g, ' ').split(' ').filter(Boolean);
        if (words.length >= 2 && fitsShortForm(label, words)) hits.add(org);
      }
    }
    return hits.size === 1 ? hits.values().next().value! : null;
  }

  private index(org: DirectoryOrg, name: string): void {
    for (const variant of nameVariants(name)) {
      add(this.full, plainKey(variant), org);
      const parts = nameParts(variant);
      const kind = parts.kind ?? (org.kind === 'other' ? null : org.kind);
      if (kind) add(this.kinded, `${kind}|${parts.bare}`, org);
      add(this.bare, parts.bare, org);
      const c = compactKey(parts.bare);
      if (c.length >= 3) {
        if (kind) add(this.compact, `${kind}|${c}`, org);
        add(this.compact, `*|${c}`, org);
      }
    }
  }
}

const OPTIONAL_WORDS = new Set(['en', 'van', 'de', 'het', 'der', 'den', 'voor', 's']);
/** Abbreviations Dutch public bodies use in their domain names. */
const WORD_ABBREVIATIONS: Record<string, string> = {
  omgevingsdienst: 'od',
  veiligheidsregio: 'vr',
  waterschap: 'ws',
  hoogheemraadschap: 'hh',
};

/** Whether `label` is `words` in order, each written out or as its first letter (small words may drop). */
export function fitsShortForm(label: string, words: string[]): boolean {
  const memo = new Map<string, boolean>();
  const go = (i: number, w: number): boolean => {
    if (w === words.length) return i === label.length;
    const key = `${i},${w}`;
    if (memo.has(key)) return memo.get(key)!;
    const word = words[w];
    const ok =
      (label.startsWith(word, i) && go(i + word.length, w + 1)) ||
      (label[i] === word[0] && go(i + 1, w + 1)) ||
      (!!WORD_ABBREVIATIONS[word] && label.startsWith(WORD_ABBREVIATIONS[word], i) && go(i + WORD_ABBREVIATIONS[word].length, w + 1)) ||
      (OPTIONAL_WORDS.has(word) && go(i, w + 1));
    memo.set(key, ok);
    return ok;
  };
  // a short form must abbreviate something: not just the full name run together
  return label !== words.join('') && go(0, 0);
}

function add(map: Map<string, Set<DirectoryOrg>>, key: string, org: DirectoryOrg) {
  const set = map.get(key);
  if (set) set.add(org);
  else map.set(key, new Set([org]));
}

function one(set: Set<DirectoryOrg> | undefined): DirectoryOrg | null {
  return set && set.size === 1 ? set.values().next().value! : null;
}
