/** Runs each memory measurement in its own child process, so neither sees the other's garbage. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MemoryKind, MemoryReport } from './memory-child';

const run = promisify(execFile);

async function measure(mode: 'checker' | 'markdownlint', root: string): Promise<MemoryReport[]> {
  const child = join(__dirname, 'memory-child.ts');
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', child, mode, root], { maxBuffer: 1 << 20 });
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as MemoryReport[];
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

/** Both processes at once: each one's memory is its own, and sharing the cores changes no byte of it. */
export async function measureMemory(root: string): Promise<MemoryResult> {
  const [checker, markdownlint] = await Promise.all([measure('checker', root), measure('markdownlint', root)]);
  return { check: find(checker, 'check'), byDesign: find(checker, 'check-by-design'), markdownlint: find(markdownlint, 'markdownlint') };
}

/** Working memory of a run: the peak above what the process held before the work began. */
export function growth(report: MemoryReport): { heap: number; rss: number } {
  return { heap: report.peakHeap - report.baselineHeap, rss: report.peakRss - report.baselineRss };
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
