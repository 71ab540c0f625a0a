/**
 * Memory measurements over every Markdown file under a folder, in a process of their own:
 * `markdownlint` alone, or the checker twice: `check-by-design` (`forEachDesign`: one design's
 * files held at a time), then `check` (parse every file, then check every design, as the CLI does
 * today and as the editor keeps them). Prints one JSON line: baseline and peak heap and RSS, in bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nodeFileSystem } from '../src/cli/node-file-system';
import { checkDesign, forEachDesign, type DesignReport, type LoadedFile } from '../src/core';
import type { GeneratedFile } from './generate';
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

function readTree(root: string): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8'), design: 0 });
    }
  };
  walk(root);
  return files;
}

type Gc = () => void;

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
    const holdEverything = async (sample: () => void) => {
      const loaded: LoadedFile[] = [];
      return { reports: checkAll(files, sample, loaded), loaded };
    };
    reports.push(await measure('check', files, gc, holdEverything, byDesign.baselineRss));
  }
  process.stdout.write(`${JSON.stringify(reports)}\n`);
}

void main();
