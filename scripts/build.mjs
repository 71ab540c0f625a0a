// Bundles the extension, the CLI and the webviews with esbuild (their options: build-options.mjs).
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { buildTargets } from './build-options.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const targets = buildTargets({ production });

// `npm test` builds for production once and then packages (whose vscode:prepublish calls this
// again): it says so, and the second build is skipped.
if (production && process.env.DESIGN_DOCS_PRODUCTION_BUILT === '1' && existsSync('dist/extension.js')) {
  console.log('build: reusing the production build npm test just made');
  process.exit(0);
}

// A release build starts from an empty dist/, so no stale source map or bundle can reach the .vsix.
if (production) rmSync('dist', { recursive: true, force: true });

if (watch) {
  for (const options of targets) await (await esbuild.context(options)).watch();
  console.log('watching for changes…');
} else {
  await Promise.all(targets.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
