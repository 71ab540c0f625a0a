// Bundles the extension, the CLI and the webviews with esbuild.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'node20',
  platform: 'node',
  format: 'cjs',
  legalComments: 'none',
  // yaml's Node entry is CommonJS, which esbuild cannot tree-shake; its ES module build is the same
  // code and sheds the parts we never call (stringify, custom tags): about 40 KB of the bundle.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

const targets = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The web extension host (vscode.dev, github.dev) runs the same code in a browser worker. Building it
  // for the browser platform makes any Node built-in that creeps into the extension a build error.
  // A worker has no DOM: the "worker" export condition keeps packages off their DOM builds
  // (decode-named-character-reference's "browser" entry calls document.createElement at load).
  { ...common, platform: 'browser', conditions: ['worker'], target: 'es2022', entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, minify: true, sourcemap: false },
  // Webview scripts run in the browser sandbox of a webview: no Node, no vscode module.
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['webview/form/main.ts'], outfile: 'dist/webview/form.js' },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['webview/report/main.ts'], outfile: 'dist/webview/report.js' },
  // Mermaid lives only in the preview's bundle, never in the extension host's.
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['webview/preview/main.ts'], outfile: 'dist/webview/preview.js', minify: true, sourcemap: false },
];

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
