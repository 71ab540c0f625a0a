// The esbuild options of every bundle: scripts/build.mjs builds them, bench/bundle.ts measures the
// extension bundle with the same options (types: build-options.d.mts).

/**
 * Options of every bundle, in build order.
 * @param {{ production: boolean }} mode
 * @returns {import('esbuild').BuildOptions[]}
 */
export function buildTargets({ production }) {
  /** @type {import('esbuild').BuildOptions} */
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

  return [
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
    { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['webview/import/main.ts'], outfile: 'dist/webview/import.js' },
    // Mermaid lives only in the preview's bundle, never in the extension host's.
    { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['webview/preview/main.ts'], outfile: 'dist/webview/preview.js', minify: true, sourcemap: false },
  ];
}

/**
 * The options of the one bundle written to `outfile` (e.g. 'dist/extension.js').
 * @param {string} outfile
 * @param {{ production: boolean }} mode
 * @returns {import('esbuild').BuildOptions}
 */
export function buildTarget(outfile, mode) {
  const target = buildTargets(mode).find((candidate) => candidate.outfile === outfile);
  if (!target) throw new Error(`no bundle is built to ${outfile} (see scripts/build-options.mjs)`);
  return target;
}
