// The design-check CLI as one file with no runtime dependency: the production options of
// dist/cli.js (build-options.mjs), written wherever asked, then checked from esbuild's metafile —
// nothing of the extension, the webviews or vscode inside, and no import left but Node's own.
//
// Used by pack-cli.mjs (the npm package), ci-action.mjs (the GitHub Action) and, as a script,
// by `npm pack` of the repository (`prepack`, for the pre-commit hook):
//   node scripts/cli-bundle.mjs [outfile]     (default dist/cli.js)
import { chmodSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { buildTarget } from './build-options.mjs';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** What a CLI bundle must never contain (inputs, relative to the repository). */
const FORBIDDEN_INPUT = /^(?:src\/extension\/|src\/protocol\/|webview\/)|(?:^|\/)node_modules\/(?:mermaid|@vscode-elements|@types\/vscode)\//;

/**
 * Builds the CLI into `outfile` (made executable) and returns the names of the bundle's inputs.
 * Throws when the bundle holds something it must not, or imports anything but a Node built-in.
 * @param {string} outfile
 * @returns {Promise<string[]>}
 */
export async function buildCliBundle(outfile) {
  const options = buildTarget('dist/cli.js', { production: true });
  const result = await esbuild.build({ ...options, absWorkingDir: ROOT, outfile: path.resolve(outfile), metafile: true, logLevel: 'error' });
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((input) => FORBIDDEN_INPUT.test(input));
  const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path));
  const foreign = [...new Set(imports)].filter((name) => !isBuiltin(name));
  if (forbidden.length > 0 || foreign.length > 0) {
    throw new Error(`the CLI bundle must hold only the CLI and the core, and import only Node built-ins; found ${[...forbidden, ...foreign].join(', ')}`);
  }
  chmodSync(outfile, 0o755);
  return inputs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildCliBundle(path.resolve(ROOT, process.argv[2] ?? 'dist/cli.js'));
}
