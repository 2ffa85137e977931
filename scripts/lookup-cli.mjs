#!/usr/bin/env node
/**
 * `npm run lookup` starts here. Compiling TypeScript at every start (tsx) cost
 * about a second; this runs a bundle of scripts/lookup.ts instead, rebuilt with
 * esbuild only when one of its inputs changed since the last build (or on the
 * first run after a clone). Plain JavaScript, so that nothing is compiled on
 * the way to the bundle.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const outDir = join(root, '.output-cli');
const bundle = join(outDir, 'lookup.mjs');
const inputsFile = join(outDir, 'lookup.inputs.json');

/** True when the bundle exists and no input (or the lockfile) is newer. */
function fresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    return [...inputs, 'package-lock.json'].every((file) => statSync(join(root, file)).mtimeMs <= built);
  } catch {
    return false;
  }
}

async function rebuild() {
  const { build } = await import('esbuild');
  const { writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'scripts/lookup.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'error',
    // scripts/data/paths.ts finds the repository from its own folder; in the bundle that folder is gone.
    define: { 'import.meta.dirname': JSON.stringify(join(root, 'scripts', 'data')) },
    alias: { '@': root },
  });
  writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules'))));
}

if (!fresh()) await rebuild();
await import(pathToFileURL(bundle).href);
