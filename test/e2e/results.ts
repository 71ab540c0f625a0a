// The result a suite hands back to its launcher: written as JSON by mocha-index inside the
// extension host, built in memory by the UI check runner. Launchers print it the same way.
import fs from 'node:fs';

export interface TestFailure {
  title: string;
  message: string;
  stack?: string;
}

export interface SuiteResult {
  suite: string;
  passed: number;
  failed: number;
  pending: number;
  /** One line a test: "ok   <title>", "FAIL <title>: <message>", "skip <title>". */
  lines: string[];
  failures: TestFailure[];
  durationMs: number;
}

export function emptyResult(suite: string): SuiteResult {
  return { suite, passed: 0, failed: 0, pending: 0, lines: [], failures: [], durationMs: 0 };
}

/** Records a failure that is not a single test (could not start, timed out, crashed). */
export function addFailure(r: SuiteResult, title: string, message: string): void {
  r.failed += 1;
  r.lines.push(`FAIL ${title}: ${message}`);
  r.failures.push({ title, message });
}

function isSuiteResult(v: unknown): v is SuiteResult {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.passed === 'number' && typeof o.failed === 'number' && Array.isArray(o.lines);
}

/** Reads a result JSON; undefined when it is missing or malformed. */
export function readResult(file: string): SuiteResult | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isSuiteResult(parsed)) return undefined;
  return {
    suite: typeof parsed.suite === 'string' ? parsed.suite : 'tests',
    passed: parsed.passed,
    failed: parsed.failed,
    pending: typeof parsed.pending === 'number' ? parsed.pending : 0,
    lines: parsed.lines.map(String),
    failures: Array.isArray(parsed.failures) ? parsed.failures : [],
    durationMs: typeof parsed.durationMs === 'number' ? parsed.durationMs : 0,
  };
}

/** Prints the test lines (unless already streamed), failure details, then `N passed, N failed`. */
export function printResult(r: SuiteResult, opts: { linesAlreadyPrinted?: ReadonlySet<string> } = {}): void {
  for (const line of r.lines) {
    if (!opts.linesAlreadyPrinted?.has(line)) console.log(`  ${line}`);
  }
  for (const f of r.failures) {
    if (!f.stack) continue;
    console.log(`\n  ${f.title}\n${f.stack.split('\n').slice(0, 12).map((l) => `    ${l}`).join('\n')}`);
  }
  console.log(`${r.passed} passed, ${r.failed} failed`);
}

/** Two results of one suite as one (e.g. two browser sessions of the UI suite). */
export function mergeResults(a: SuiteResult, b: SuiteResult): SuiteResult {
  return {
    suite: a.suite,
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    pending: a.pending + b.pending,
    lines: [...a.lines, ...b.lines],
    failures: [...a.failures, ...b.failures],
    durationMs: a.durationMs + b.durationMs,
  };
}
