/**
 * `npm run bench`: generate a seeded workspace, measure check throughput, the keystroke path,
 * memory and bundle sizes, print the ratios and write bench/RESULTS.md.
 *
 * Options: --designs N (300), --small N (30, the other keystroke workspace), --rounds N (3 throughput
 * passes), --keystroke-rounds N (10), --cache-rounds N (2 cold/warm pairs of `design-check --cache`),
 * --seed N (42), --out FILE (bench/RESULTS.md).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleBudgets, cacheBudgets, keystrokeBudgets, memoryBudgets, throughputBudgets } from './budgets';
import { measureCache } from './cache';
import { measureBundle } from './bundle';
import { generateWorkspace } from './generate';
import { measureMemory } from './memory';
import { headline, renderResults, type Results } from './report';
import { measureThroughput } from './throughput';
import { hasGc } from './timing';

const REPO = resolve(__dirname, '..');
/** Past these, no new pass or round starts (once the minimum is done): the whole run stays under 5 minutes. */
const THROUGHPUT_BUDGET_MS = 100_000;
const KEYSTROKE_BUDGET_MS = 15_000;
/** No measured pass or round that would likely end later than this after the start. */
const DEADLINE_MS = 285_000;
/** The `--cache` pairs come last (each holds a whole cold CLI run); past the first, none that would end later than this. */
const CACHE_DEADLINE_MS = 330_000;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

function textOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const started = performance.now();
  const designs = option('designs', 300);
  const small = Math.min(option('small', 30), designs);
  const rounds = option('rounds', 3);
  const keystrokeRounds = option('keystroke-rounds', 6);
  const cacheRounds = option('cache-rounds', 2);
  const seed = option('seed', 42);
  const out = resolve(REPO, textOption('out', 'bench/RESULTS.md'));
  if (!hasGc()) console.warn('note: run with --expose-gc (npm run bench does) for steadier figures');
  const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

  log(`Generating ${designs} designs (seed ${seed})…`);
  const workspace = generateWorkspace(join(REPO, 'bench', '.work', `designs-${designs}`), designs, seed);
  const bytes = workspace.files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  log(`  ${workspace.files.length} step files, ${(bytes / 1e6).toFixed(1)} MB; long file ${workspace.bigFile.text.split('\n').length} lines`);

  log('Bundle (production build), and memory then the keystroke path in child processes, side by side…');
  const [bundle, { memory, keystroke }] = await Promise.all([
    measureBundle(REPO, join(REPO, 'bench', '.work', 'build')),
    measureMemory(workspace.root, {
      file: workspace.bigFile.path,
      smallDesigns: small,
      limits: { min: Math.min(4, keystrokeRounds), max: keystrokeRounds, budgetMs: KEYSTROKE_BUDGET_MS },
    }),
  ]);
  log(`Memory and keystroke done (${keystroke.large.samples.length} keystroke rounds).`);
  log(`Throughput: up to ${rounds} interleaved passes (2 unless time runs short; no new one after ${THROUGHPUT_BUDGET_MS / 1000} s)…`);
  const throughput = await measureThroughput(workspace.files, { min: Math.min(2, rounds), max: rounds, budgetMs: THROUGHPUT_BUDGET_MS, deadline: started + DEADLINE_MS }, log);

  // One step file of the second design: the warm run re-checks that design and reuses the rest.
  const changed = workspace.files.find((file) => file.design === Math.min(1, designs - 1) && file.path.endsWith('03-scale.md')) ?? workspace.files[0];
  if (!changed) throw new Error('no files generated');
  log(`design-check --cache: up to ${cacheRounds} cold runs and warm runs with ${changed.path} changed (the whole CLI, on disk)…`);
  const cache = await measureCache(workspace.root, changed.path, { min: 1, max: cacheRounds, deadline: started + CACHE_DEADLINE_MS }, log);

  const results: Results = {
    workload: {
      designs,
      files: workspace.files.length,
      bytes,
      bigFileLines: workspace.bigFile.text.split('\n').length,
      bigFileBytes: Buffer.byteLength(workspace.bigFile.text),
      seed,
      throughputRounds: throughput.bare.samples.length,
      keystrokeRounds: keystroke.large.samples.length,
      cacheRounds: cache.warm.samples.length,
      command: ['npm run bench', ...process.argv.slice(2)].join(' '),
    },
    throughput,
    keystroke,
    memory,
    bundle,
    cache,
    budgets: [...throughputBudgets(throughput), ...cacheBudgets(cache), ...keystrokeBudgets(keystroke), ...memoryBudgets(memory), ...bundleBudgets(bundle)],
    durationSeconds: 0,
  };
  results.durationSeconds = (performance.now() - started) / 1000;
  writeFileSync(out, renderResults(results));

  const print = (line = '') => console.log(line);
  print();
  for (const line of headline(results)) print(line.replace(/\*\*/g, ''));
  print();
  for (const budget of results.budgets) print(`${budget.holds ? 'HOLDS ' : 'MISSES'}  ${budget.name}: ${budget.measured} (goal ${budget.goal})`);
  print(`\nWrote ${out} in ${results.durationSeconds.toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
