/** Command line of `npm run snapshot`. */
export interface SnapshotArgs {
  api: string | null;
  from: string[];
  out: string;
  reference: string | null;
  report: string | null;
  timeoutMs: number;
  maxBytes: number;
  retries: number;
  backoffMs: number;
  maxRetryAfterMs: number;
  generatedAt: string | null;
}

export const DEFAULT_API = 'https://algoritmes.overheid.nl/api';

export const USAGE =
  'usage: npm run snapshot -- [--api [<base>]] [--from <file> ...] --out <file> ' +
  '[--reference <dir>] [--report <file>] [--timeout <ms>] [--max-bytes <n>] [--retries <n>] [--backoff <ms>] [--max-retry-after <ms>] [--generated-at <iso>]';

/** Parse argv (without node and script); throws Error with a one-line message. */
export function parseArgs(argv: string[]): SnapshotArgs {
  const args: SnapshotArgs = {
    api: null,
    from: [],
    out: '',
    reference: null,
    report: null,
    timeoutMs: 30_000,
    maxBytes: 20 * 1024 * 1024,
    retries: 3,
    backoffMs: 2000,
    maxRetryAfterMs: 120_000,
    generatedAt: null,
  };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  const number = (i: number, flag: string) => {
    const n = Number(value(i, flag));
    if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a non-negative number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case '--api':
        args.api = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : DEFAULT_API;
        break;
      case '--from':
        args.from.push(value(i++, flag));
        break;
      case '--out':
        args.out = value(i++, flag);
        break;
      case '--reference':
        args.reference = value(i++, flag);
        break;
      case '--report':
        args.report = value(i++, flag);
        break;
      case '--timeout':
        args.timeoutMs = number(i++, flag);
        break;
      case '--max-bytes':
        args.maxBytes = number(i++, flag);
        break;
      case '--retries':
        args.retries = number(i++, flag);
        break;
      case '--backoff':
        args.backoffMs = number(i++, flag);
        break;
      case '--max-retry-after':
        args.maxRetryAfterMs = number(i++, flag);
        break;
      case '--generated-at':
        args.generatedAt = value(i++, flag);
        if (Number.isNaN(Date.parse(args.generatedAt))) throw new Error('--generated-at needs an ISO date');
        break;
      default:
        throw new Error(`unknown argument ${flag}`);
    }
  }
  if (!args.out) throw new Error('--out <file> is required');
  if (!args.api && !args.from.length) throw new Error('give --api and/or at least one --from <file>');
  if (args.api) {
    try {
      const u = new URL(args.api);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
    } catch {
      throw new Error(`--api needs an http(s) URL, got "${args.api}"`);
    }
  }
  return args;
}
