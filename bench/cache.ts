/**
 * `design-check --cache`: a warm run with one file changed, against a cold run (no cache), both
 * the whole CLI (`runCli`, in this process) over the generated workspace on disk — discovery,
 * reading, hashing, parsing, checking and the JSON output.
 *
 * It works on a copy of the workspace, since it edits a file (the memory child reads the original).
 * First one `--cache` run with no cache file (timed: the cost of filling the cache), then per
 * round: a cold run; a line appended to one step file of one design (different text each round,
 * so the stored entry never matches); the warm `--cache` run, which re-checks that design and
 * reuses the others. The warm run's output is compared with the next cold run's, on the same files.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/cli/main';
import { collectGarbage, median, type Timing } from './timing';

export interface CacheResult {
  cold: Timing;
  warm: Timing;
  /** The first `--cache` run, with no cache file yet. */
  fill: Timing;
  /** The file changed before each warm run, relative to the workspace. */
  changedFile: string;
  cacheBytes: number;
  /** Whether every warm run printed what a cold run on the same files printed. */
  sameOutput: boolean;
}

async function timed(run: () => Promise<string>): Promise<{ cpu: number; wall: number; out: string }> {
  collectGarbage();
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const out = await run();
  const cpu = process.cpuUsage(cpuStart);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wallStart, out };
}

function timing(name: string, samples: { cpu: number; wall: number }[]): Timing {
  const cpu = samples.map((sample) => sample.cpu);
  return { name, samples: cpu, chunks: cpu.map((value) => [value]), median: median(cpu), min: Math.min(...cpu), max: Math.max(...cpu), wallMedian: median(samples.map((sample) => sample.wall)) };
}

export async function measureCache(
  workspaceRoot: string,
  changedFile: string,
  limits: { min: number; max: number; deadline: number },
  log: (line: string) => void,
): Promise<CacheResult> {
  const root = `${workspaceRoot}-cache`;
  rmSync(root, { recursive: true, force: true });
  cpSync(workspaceRoot, root, { recursive: true });
  const cacheFile = join(root, '.design-check-cache');
  const cli = async (...args: string[]) => {
    let out = '';
    let err = '';
    await runCli(['.', '--format', 'json', ...args], { cwd: root, out: (text) => (out += text), err: (text) => (err += text) });
    if (err !== '') throw new Error(`design-check wrote to stderr: ${err}`);
    return out;
  };
  const file = join(root, changedFile);
  const original = readFileSync(file, 'utf8');
  const fill = await timed(() => cli('--cache-location', cacheFile));
  log(`  filled the cache (${(fill.wall / 1000).toFixed(0)} s)`);
  const cold: { cpu: number; wall: number }[] = [];
  const warm: { cpu: number; wall: number }[] = [];
  let sameOutput = true;
  let previousWarm: string | undefined;
  const started = performance.now();
  try {
    for (let round = 0; round < limits.max; round++) {
      // No round past `min` that would likely end after the deadline.
      const perRound = round === 0 ? 0 : (performance.now() - started) / round;
      if (round >= limits.min && performance.now() + perRound > limits.deadline) break;
      const coldRun = await timed(() => cli());
      if (previousWarm !== undefined && previousWarm !== coldRun.out) sameOutput = false;
      cold.push(coldRun);
      writeFileSync(file, `${original}\nEdited in round ${round + 1}.\n`);
      const warmRun = await timed(() => cli('--cache-location', cacheFile));
      warm.push(warmRun);
      previousWarm = warmRun.out;
      log(`  cache round ${round + 1}: cold ${(coldRun.cpu / 1000).toFixed(1)} s CPU, warm ${(warmRun.cpu / 1000).toFixed(2)} s CPU`);
    }
    if (previousWarm !== undefined && previousWarm !== (await cli())) sameOutput = false;
  } finally {
    writeFileSync(file, original);
  }
  const cacheBytes = readFileSync(cacheFile).byteLength;
  rmSync(root, { recursive: true, force: true });
  return {
    cold: timing('design-check, cold (no cache)', cold),
    warm: timing('design-check --cache, one file changed', warm),
    fill: timing('design-check --cache, no cache file yet', [fill]),
    changedFile,
    cacheBytes,
    sameOutput,
  };
}
