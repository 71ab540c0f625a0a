// Types of build-options.mjs, for the TypeScript that imports it (bench/bundle.ts).
import type { BuildOptions } from 'esbuild';

export interface BuildMode {
  /** minified, no source maps (the .vsix build) */
  production: boolean;
}

/** Options of every bundle, in build order. */
export function buildTargets(mode: BuildMode): BuildOptions[];

/** The options of the one bundle written to `outfile` (e.g. 'dist/extension.js'); throws if none is. */
export function buildTarget(outfile: string, mode: BuildMode): BuildOptions;
