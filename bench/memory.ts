/** Runs each memory measurement in its own child process, so neither sees the other's garbage. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { KeystrokeResult } from './keystroke';
import type { ChildOutput, MemoryKind, MemoryReport } from './memory-child';
import type { Limits } from './timing';

const run = promisify(execFile);

async function spawnChild(args: string[]): Promise<ChildOutput> {
  const child = join(__dirname, 'memory-child.ts');
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', child, ...args], { maxBuffer: 16 << 20 });
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as ChildOutput;
}

function find(reports: MemoryReport[], kind: MemoryKind): MemoryReport {
  const report = reports.find((candidate) => candidate.kind === kind);
  if (!report) throw new Error(`no ${kind} memory report`);
  return report;
}

export interface MemoryResult {
  check: MemoryReport;
  byDesign: MemoryReport;
  markdownlint: MemoryReport;
}

export interface KeystrokeRequest {
  /** Path of the edited file, relative to the workspace root. */
  file: string;
  smallDesigns: number;
  limits: Limits;
}

/**
 * Both processes at once: each one's memory is its own, and sharing the cores changes no byte of
 * it. The checker's process goes on to time the keystroke path on the workspace it holds; by then
 * markdownlint's process (one run, not two) has long finished.
 */
export async function measureMemory(root: string, keystroke: KeystrokeRequest): Promise<{ memory: MemoryResult; keystroke: KeystrokeResult }> {
  const { limits } = keystroke;
  const [checker, markdownlint] = await Promise.all([
    spawnChild(['checker', root, '--keystroke', keystroke.file, String(keystroke.smallDesigns), String(limits.min), String(limits.max), String(limits.budgetMs)]),
    spawnChild(['markdownlint', root]),
  ]);
  if (!checker.keystroke) throw new Error('the checker process measured no keystroke');
  return {
    memory: { check: find(checker.memory, 'check'), byDesign: find(checker.memory, 'check-by-design'), markdownlint: find(markdownlint.memory, 'markdownlint') },
    keystroke: checker.keystroke,
  };
}

/** Working memory of a run: the peak above what the process held before the work began. */
export function growth(report: MemoryReport): { heap: number; rss: number } {
  return { heap: report.peakHeap - report.baselineHeap, rss: report.peakRss - report.baselineRss };
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
