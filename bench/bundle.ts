/** Bundle sizes: the production build's `dist/extension.js` and every webview bundle, and what went into the first. */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { buildTarget } from '../scripts/build-options.mjs';

const run = promisify(execFile);

export interface BundleFile {
  path: string;
  bytes: number;
}

export interface BundleResult {
  extension: BundleFile;
  webviews: BundleFile[];
  /** Bytes of the extension bundle by package (or `src/…` folder), largest first. */
  contents: { name: string; bytes: number }[];
  /** Inputs of the extension bundle that belong in a webview bundle (mermaid, the form UI). */
  misplaced: string[];
}

/** Inputs that must only ever be in webview bundles. */
const WEBVIEW_ONLY = [/(?:^|\/)node_modules\/mermaid\//, /(?:^|\/)node_modules\/@mermaid-js\//, /^webview\//];

function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (match?.[1]) return match[1];
  return input.split('/').slice(0, 2).join('/');
}

/** The production build's options of the extension bundle (scripts/build-options.mjs), only to read esbuild's metafile. */
async function extensionContents(repo: string): Promise<{ contents: BundleResult['contents']; misplaced: string[] }> {
  const result = await esbuild.build({
    ...buildTarget('dist/extension.js', { production: true }),
    absWorkingDir: repo,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs).find((candidate) => candidate.entryPoint);
  const byPackage = new Map<string, number>();
  const misplaced: string[] = [];
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
    if (WEBVIEW_ONLY.some((pattern) => pattern.test(input))) misplaced.push(input);
  }
  const contents = [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { contents, misplaced };
}

function jsFilesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return jsFilesUnder(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** What the build reads; everything else is left behind. */
const BUILD_INPUTS = ['src', 'webview', 'scripts', 'media', 'package.json', 'tsconfig.json'];

/**
 * Runs `scripts/build.mjs --production` in a private copy of the sources, so a build started at
 * the same time in the working tree (a test run, a watcher) cannot swap `dist/` under the measurement.
 */
export async function measureBundle(repo: string, scratch: string): Promise<BundleResult> {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  for (const input of BUILD_INPUTS) {
    if (existsSync(join(repo, input))) cpSync(join(repo, input), join(scratch, input), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  await run(process.execPath, [join(scratch, 'scripts', 'build.mjs'), '--production'], { cwd: scratch });
  const extensionPath = join(scratch, 'dist', 'extension.js');
  const webviews = jsFilesUnder(join(scratch, 'dist', 'webview'))
    .sort()
    .map((path) => ({ path: relative(scratch, path), bytes: statSync(path).size }));
  return {
    extension: { path: relative(scratch, extensionPath), bytes: statSync(extensionPath).size },
    webviews,
    ...(await extensionContents(scratch)),
  };
}
