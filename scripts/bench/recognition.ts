/**
 * Recognition benchmark (run by `npm run bench`): index build time and
 * per-URL lookup latency on the real domain table and on a synthetic table
 * 100× larger, plus a naive baseline (fuse.js over all organisation names per
 * URL) for comparison. Targets: p99 ≤ 20 µs (real), ≤ 50 µs (synthetic ×100),
 * build ≤ 150 ms.
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { getDomainWithoutSuffix } from 'tldts';
import { buildRecognitionIndex, type RecognitionIndex } from '../../utils/recognition/index';
import { recognize } from '../../utils/recognition/recognize';
import { parseDomainTable, type DomainTable } from '../../utils/recognition/table';
import { buildSignalMatcher, suggestFromSignals, tableOrgOf } from '../../utils/recognition/suggest';
import { DOMAINS_JSON } from '../domains/table-file';
import { MAX_LINKS } from '../../utils/recognition/signals';

const ns = () => process.hrtime.bigint();
const us = (n: bigint | number) => Number(n) / 1000;
function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { p50: at(0.5), p99: at(0.99), max: s[s.length - 1] };
}
const fmt = (x: number) => x.toFixed(2).padStart(8);

/** A deterministic mix of URLs: subdomains, paths, look-alikes and unknown hosts. */
function urlsFor(table: DomainTable, count: number): string[] {
  const hosts = Object.keys(table.hosts);
  const out: string[] = [];
  let seed = 42;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < count; i++) {
    const h = hosts[rnd(hosts.length)];
    switch (i % 6) {
      case 0:
        out.push(`https://www.${h}/onderwerpen/a/b?x=${i}`);
        break;
      case 1:
        out.push(`https://mijn.diep.${h}/inloggen`);
        break;
      case 2:
        out.push(`https://${h}.phish-${i}.com/`);
        break;
      case 3:
        out.push(`https://unknown-site-${i}.nl/`);
        break;
      case 4:
        out.push(`https://www.rijksoverheid.nl/ministeries/ministerie-van-financien/nieuws/${i}`);
        break;
      default:
        out.push(`https://${h}/`);
    }
  }
  return out;
}

function timeLookups(index: RecognitionIndex, urls: string[], rounds = 5) {
  for (const u of urls) recognize(u, index); // warm up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const u of urls) {
      const t = ns();
      recognize(u, index);
      samples.push(us(ns() - t));
    }
  }
  return stats(samples);
}

function timeBuild(text: string, rounds: number) {
  const samples: number[] = [];
  let index!: RecognitionIndex;
  for (let r = 0; r < rounds; r++) {
    const t = ns();
    index = buildRecognitionIndex(parseDomainTable(JSON.parse(text)));
    samples.push(us(ns() - t) / 1000);
  }
  return { ms: stats(samples), index };
}

/** The real table with every host and organisation copied 99 more times under new names. */
function synthetic(table: DomainTable, factor: number): DomainTable {
  const organizations = [...table.organizations];
  const hosts: Record<string, number> = { ...table.hosts };
  const n = table.organizations.length;
  for (let k = 1; k < factor; k++) {
    for (const o of table.organizations) organizations.push({ ...o, name: `${o.name} (synthetic ${k})` });
    for (const [h, i] of Object.entries(table.hosts)) hosts[`s${k}-${h}`] = i + k * n;
  }
  return { ...table, organizations, hosts };
}

const text = readFileSync(DOMAINS_JSON, 'utf8');
const real = timeBuild(text, 21);
const table = parseDomainTable(JSON.parse(text));
const urls = urlsFor(table, 5000);
const realLookup = timeLookups(real.index, urls);

const big = synthetic(table, 100);
const bigText = JSON.stringify(big);
const bigBuild = timeBuild(bigText, 3);
const bigLookup = timeLookups(bigBuild.index, [...urlsFor(big, 5000)]);

// naive baseline: fuzzy-search the host's main label in all organisation names, per URL
const fuse = new Fuse(
  table.organizations.map((o) => o.name),
  { includeScore: true, threshold: 0.3, ignoreLocation: true },
);
const baseUrls = urls.slice(0, 600);
const baseSamples: number[] = [];
for (const u of baseUrls.slice(0, 50)) fuse.search(new URL(u).hostname, { limit: 1 }); // warm up
for (const u of baseUrls) {
  const t = ns();
  const host = new URL(u).hostname;
  fuse.search(getDomainWithoutSuffix(host) ?? host, { limit: 1 });
  baseSamples.push(us(ns() - t));
}
const base = stats(baseSamples);

const matcher = buildSignalMatcher(real.index.organizations);
const sigSamples: number[] = [];
for (let i = 0; i < 300; i++) {
  const t = ns();
  suggestFromSignals(
    {
      title: `Nieuws | ${table.organizations[i % table.organizations.length].name}`,
      siteName: null,
      metaCreator: null,
      metaAuthority: null,
      links: [],
    },
    matcher,
  );
  sigSamples.push(us(ns() - t));
}
const sig = stats(sigSamples);

// The link signal alone, at its worst: no text signal, and a footer with the
// most links read (30), each to a known host under its organisation's name.
const hostList = Object.keys(table.hosts);
const orgOfHost = tableOrgOf(real.index);
const linkSamples: number[] = [];
for (let i = 0; i < 300; i++) {
  const links = Array.from({ length: MAX_LINKS }, (_, j) => {
    const host = hostList[(i * 31 + j * 7) % hostList.length];
    return { host, text: `Logo ${orgOfHost(host)?.name ?? host}` };
  });
  const t = ns();
  suggestFromSignals({ title: null, siteName: null, metaCreator: null, metaAuthority: null, links }, matcher, orgOfHost);
  linkSamples.push(us(ns() - t));
}
const linkSig = stats(linkSamples);

console.log(
  `table: ${Object.keys(table.hosts).length} hosts, ${table.organizations.length} organisations; synthetic: ${Object.keys(big.hosts).length} hosts`,
);
console.log('                                  p50 µs   p99 µs   max µs   target');
console.log(
  `lookup, real register          ${fmt(realLookup.p50)} ${fmt(realLookup.p99)} ${fmt(realLookup.max)}   p99 ≤ 20 µs  ${realLookup.p99 <= 20 ? 'OK' : 'MISSED'}`,
);
console.log(
  `lookup, synthetic ×100         ${fmt(bigLookup.p50)} ${fmt(bigLookup.p99)} ${fmt(bigLookup.max)}   p99 ≤ 50 µs  ${bigLookup.p99 <= 50 ? 'OK' : 'MISSED'}`,
);
console.log(`naive fuse.js baseline         ${fmt(base.p50)} ${fmt(base.p99)} ${fmt(base.max)}`);
console.log(`page-signal suggestion         ${fmt(sig.p50)} ${fmt(sig.p99)} ${fmt(sig.max)}   (only for unknown hosts)`);
console.log(`  with ${MAX_LINKS} banner/footer links ${fmt(linkSig.p50)} ${fmt(linkSig.p99)} ${fmt(linkSig.max)}   (the link rule alone)`);
console.log(
  `index build, real (ms)         ${fmt(real.ms.p50)} ${fmt(real.ms.p99)}            ≤ 150 ms  ${real.ms.p50 <= 150 ? 'OK' : 'MISSED'}`,
);
console.log(`index build, synthetic ×100 (ms) ${fmt(bigBuild.ms.p50)} ${fmt(bigBuild.ms.max)}`);
console.log(`baseline / ours (p50): ${(base.p50 / realLookup.p50).toFixed(0)}×   (p99): ${(base.p99 / realLookup.p99).toFixed(0)}×`);
