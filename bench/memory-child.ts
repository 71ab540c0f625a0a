/**
 * Memory measurements over every Markdown file under a folder, in a process of their own:
 * `markdownlint` alone, or the checker twice: `check-by-design` (`forEachDesign`: one design's
 * files held at a time, as `design-check` does), then `check` (parse every file, then check every
 * design, keeping them all, as the editor holds a workspace). With `--keystroke`, the checker's
 * process then times the keystroke path on the workspace it holds (the editor's state), which
 * saves parsing the whole workspace a second time. Prints one JSON line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nodeFileSystem } from '../src/cli/node-file-system';
import { checkDesign, forEachDesign, type DesignReport, type LoadedFile } from '../src/core';
import type { GeneratedFile } from './generate';
import { measureKeystroke, prepareKeystroke, type KeystrokeResult } from './keystroke';
import type { Limits } from './timing';
import { checkAll, markdownlintAll, MARKDOWNLINT_BATCH } from './throughput';

export type MemoryKind = 'check' | 'check-by-design' | 'markdownlint';

export interface MemoryReport {
  kind: MemoryKind;
  files: number;
  /** After loading the code and reading the texts, before the work. */
  baselineHeap: number;
  baselineRss: number;
  /** Highest heapUsed seen at the checkpoints (after each file parsed or batch linted). */
  peakHeap: number;
  /** The kernel's high-water mark of the process's resident set. */
  peakRss: number;
  /** Live heap after the work, while its results (and, for `check`, every parsed file) are still held. */
  retainedHeap: number;
  /** Characters of Markdown read. */
  textBytes: number;
}

/** The generator names design folders `001-…`, `002-…`: the number is the design's index plus one. */
function designIndex(folder: string): number {
  const match = /(?:^|[\\/])(\d+)-[^\\/]*$/.exec(folder);
  return match?.[1] ? Number(match[1]) - 1 : -1;
}

function readTree(root: string): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8'), design: designIndex(folder) });
    }
  };
  walk(root);
  return files;
}

type Gc = () => void;

export interface ChildOutput {
  memory: MemoryReport[];
  keystroke?: KeystrokeResult;
}

/** `--keystroke <file> <small designs> <min> <max> <budget ms>`, when given. */
function keystrokeOptions(files: GeneratedFile[]): { big: GeneratedFile; small: number; limits: Limits } | undefined {
  const at = process.argv.indexOf('--keystroke');
  if (at < 0) return undefined;
  const [path, small, min, max, budgetMs] = process.argv.slice(at + 1);
  const big = files.find((file) => file.path === path);
  if (!big) throw new Error(`--keystroke: no file ${path}`);
  return { big, small: Number(small), limits: { min: Number(min), max: Number(max), budgetMs: Number(budgetMs) } };
}

/** Runs `work` from a collected heap and reports its peaks; the work's result stays held until measured. */
async function measure(kind: MemoryKind, files: GeneratedFile[], gc: Gc, work: (sample: () => void) => Promise<unknown>, baselineRss?: number): Promise<MemoryReport> {
  gc();
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const held = await work(sample);
  sample();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc();
  const retainedHeap = process.memoryUsage().heapUsed - baseline.heapUsed;
  return {
    kind,
    files: files.length,
    baselineHeap: baseline.heapUsed,
    // RSS rarely shrinks after a run, so a second run in the process is measured from the first one's baseline.
    baselineRss: baselineRss ?? baseline.rss,
    peakHeap,
    peakRss,
    retainedHeap: held === undefined ? 0 : retainedHeap,
    textBytes: files.reduce((sum, file) => sum + file.text.length, 0),
  };
}

async function main(): Promise<void> {
  const [mode, root] = process.argv.slice(2) as ['checker' | 'markdownlint', string];
  const gc = (globalThis as { gc?: Gc }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const files = readTree(root);
  const reports: MemoryReport[] = [];
  if (mode === 'markdownlint') {
    // Load the code paths once on a tiny input, so lazily loaded modules count in the baseline.
    await markdownlintAll(files.slice(0, 7));
    reports.push(await measure('markdownlint', files, gc, (sample) => markdownlintAll(files, MARKDOWNLINT_BATCH, sample)));
  } else {
    checkAll(files.slice(0, 7));
    // One design at a time first: its peak is far lower, so the high-water mark read after it is its own,
    // and the one read after holding every file is that run's (the mark only ever rises).
    const byDesign = await measure('check-by-design', files, gc, async (sample) => {
      const held: DesignReport[] = [];
      await forEachDesign(nodeFileSystem, [root], (design) => {
        held.push(checkDesign(design));
        sample();
      });
      return held;
    });
    reports.push(byDesign);
    // Keep the parsed files too, as the editor does: the live heap after the run is what it holds.
    const loaded: LoadedFile[] = [];
    reports.push(await measure('check', files, gc, async (sample) => ({ reports: checkAll(files, sample, loaded), loaded }), byDesign.baselineRss));
    const keystroke = keystrokeOptions(files);
    if (keystroke) {
      const setup = prepareKeystroke(files, keystroke.big, keystroke.small, loaded);
      const result = await measureKeystroke(setup, keystroke.limits);
      process.stdout.write(`${JSON.stringify({ memory: reports, keystroke: result } satisfies ChildOutput)}\n`);
      return;
    }
  }
  process.stdout.write(`${JSON.stringify({ memory: reports } satisfies ChildOutput)}\n`);
}

void main();
