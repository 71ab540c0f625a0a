// Compiles extension-host tests for either launcher: mocha-index.ts -> index.js plus every
// *.test.ts under a folder -> *.test.js, each bundled as CommonJS with `vscode` external.
// Each test file is its own bundle: talk to the extension through the vscode API
// (commands, getExtension().exports), not by importing src/extension (that would be a second copy).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { E2E_DIR } from './paths';

function findTestSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...findTestSources(full));
    else if (/\.test\.(ts|js|mjs|cjs)$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Compiles `testsDir` into `outDir` (wiped first); returns the path of the compiled index.js. */
export async function compileExthostTests(testsDir: string, outDir: string): Promise<string> {
  const sources = findTestSources(testsDir);
  if (sources.length === 0) throw new Error(`no *.test.ts files in ${testsDir}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  const entryPoints: Record<string, string> = { index: path.join(E2E_DIR, 'mocha-index.ts') };
  for (const src of sources) {
    const rel = path.relative(testsDir, src).replace(/\.(ts|js|mjs|cjs)$/, '');
    entryPoints[rel] = src;
  }
  await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

/** `--tests` may be a compiled index.js or a folder of *.test.ts: returns an index.js either way. */
export async function resolveTestsIndex(tests: string, outDir: string): Promise<string> {
  const abs = path.resolve(tests);
  if (!fs.existsSync(abs)) throw new Error(`tests not found: ${abs}`);
  if (fs.statSync(abs).isDirectory()) {
    const prebuilt = path.join(abs, 'index.js');
    if (fs.existsSync(prebuilt) && findTestSources(abs).every((f) => f.endsWith('.js'))) return prebuilt;
    return compileExthostTests(abs, outDir);
  }
  return abs;
}
