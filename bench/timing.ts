/** Interleaved timing: every variant runs once per round, in a rotating order; figures are medians. */

export interface Variant {
  name: string;
  run(): unknown;
}

export interface Timing {
  name: string;
  /** CPU milliseconds (user + system, all threads) of every measured round, in order. */
  samples: number[];
  /** The same per chunk of the input (one chunk when not chunked); NaN where the variant did not run. */
  chunks: number[][];
  median: number;
  min: number;
  max: number;
  /** Median wall-clock milliseconds, for reference: on a busy machine it includes waiting for a core. */
  wallMedian: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** A full collection before each sample, so one variant's garbage is not billed to the next. */
export function collectGarbage(): void {
  gc?.();
}

export function hasGc(): boolean {
  return gc !== undefined;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * CPU time, not wall time, is the figure: other work on the machine (a build, a test run) delays
 * a variant but does not add to its CPU time, so ratios stay stable on a shared machine.
 */
async function timeOnce(variant: Variant): Promise<{ cpu: number; wall: number }> {
  collectGarbage();
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  await variant.run();
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wallStart };
}

/**
 * How many measured rounds (or passes) to run: at least `min`, at most `max`, no new one past
 * `budgetMs`; and none, not even to reach `min`, that would likely end after `deadline` (a
 * `performance.now()` time), so the whole run keeps its time limit on a busy machine.
 */
export interface Limits {
  min: number;
  max: number;
  budgetMs: number;
  deadline?: number;
}

function shouldStop(limits: Limits, done: number, started: number): boolean {
  if (done === 0) return false;
  const now = performance.now();
  const perPass = (now - started) / done;
  if (limits.deadline !== undefined && now + perPass > limits.deadline) return true;
  return done >= limits.min && now - started > limits.budgetMs;
}

/**
 * Runs `warmup` unmeasured rounds, then measured ones within `limits`. Each round runs every variant
 * once; the order rotates so no variant always runs first (or always right after the most garbage).
 */
export async function interleave(variants: Variant[], limits: Limits, warmup = 1): Promise<Timing[]> {
  const chunked = variants.map((variant) => ({ name: variant.name, run: () => variant.run() }));
  return interleaveChunks(chunked, 1, limits, warmup);
}

export interface ChunkVariant {
  name: string;
  /** Does the variant's work on one chunk of the input. */
  run(chunk: number, pass: number): unknown;
  /** Whether the variant runs on this chunk in this pass (default: on every chunk). */
  covers?(chunk: number, pass: number): boolean;
}

/**
 * Like `interleave`, for work too long to repeat many times: each pass splits the input into
 * `chunks`, and runs every variant on a chunk before moving to the next one (order rotating), so
 * all variants see the same machine load. A variant's sample for a pass is its total over the chunks.
 */
export async function interleaveChunks(
  variants: ChunkVariant[],
  chunks: number,
  limits: Limits,
  warmup = 0,
  onPass?: (pass: number, elapsedMs: number) => void,
): Promise<Timing[]> {
  const perChunk = variants.map(() => [] as number[][]);
  const walls = variants.map(() => [] as number[]);
  let started = performance.now();
  for (let pass = -warmup; pass < limits.max; pass++) {
    if (pass === 0) started = performance.now();
    if (pass > 0 && shouldStop(limits, pass, started)) break;
    const cpu = variants.map(() => Array.from({ length: chunks }, () => NaN));
    const wall = variants.map(() => 0);
    for (let chunk = 0; chunk < chunks; chunk++) {
      for (let k = 0; k < variants.length; k++) {
        const index = (k + chunk + Math.max(0, pass)) % variants.length;
        const variant = variants[index];
        if (!variant || (variant.covers && !variant.covers(chunk, Math.max(0, pass)))) continue;
        const elapsed = await timeOnce({ name: variant.name, run: () => variant.run(chunk, pass) });
        const row = cpu[index];
        if (row) row[chunk] = elapsed.cpu;
        wall[index] = (wall[index] ?? 0) + elapsed.wall;
      }
    }
    if (pass < 0) continue;
    variants.forEach((_, index) => {
      perChunk[index]?.push(cpu[index] ?? []);
      walls[index]?.push(wall[index] ?? 0);
    });
    onPass?.(pass, performance.now() - started);
  }
  return variants.map((variant, index) => {
    const chunkSamples = perChunk[index] ?? [];
    const values = chunkSamples.map((row) => row.filter(Number.isFinite).reduce((sum, value) => sum + value, 0));
    return {
      name: variant.name,
      samples: values,
      chunks: chunkSamples,
      median: median(values),
      min: Math.min(...values),
      max: Math.max(...values),
      wallMedian: median(walls[index] ?? []),
    };
  });
}

/**
 * Ratio for a variant that ran on only some chunks: per pass, its time over the time the other
 * variant took on the same chunks. Median and spread over the passes.
 */
export function matchedRatio(numerator: Timing, denominator: Timing): { value: number; low: number; high: number } {
  const perPass = numerator.chunks.map((row, pass) => {
    let top = 0;
    let bottom = 0;
    row.forEach((value, chunk) => {
      const other = denominator.chunks[pass]?.[chunk];
      if (Number.isFinite(value) && other !== undefined && Number.isFinite(other)) {
        top += value;
        bottom += other;
      }
    });
    return top / bottom;
  });
  return { value: median(perPass), low: Math.min(...perPass), high: Math.max(...perPass) };
}

/** Ratio of medians, plus the spread of the per-round ratios (each round pairs runs made close in time). */
export function ratio(numerator: Timing, denominator: Timing): { value: number; low: number; high: number } {
  const perRound = numerator.samples.map((sample, index) => sample / (denominator.samples[index] ?? NaN)).filter(Number.isFinite);
  return {
    value: numerator.median / denominator.median,
    low: Math.min(...perRound),
    high: Math.max(...perRound),
  };
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
}
