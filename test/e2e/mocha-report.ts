// The report both run() modules give of a mocha run: one `[design-docs-test] ok|FAIL|skip <title>`
// console line a test, which the launchers stream live, and a SuiteResult. Used by mocha-index.ts
// (Node extension host) and by web-mocha-index.ts, which run-web.ts bundles for the browser (web
// worker) extension host: so no Node built-ins here, and only type imports.
import type { SuiteResult } from './results';

/** Prefix of the per-test console lines (and of the web host's RESULT line). */
export const LOG_PREFIX = '[design-docs-test]';

/** The slice of mocha's runner used here (mocha 11 ships no types; @types/mocha is optional). */
export interface MochaTest {
  fullTitle(): string;
  duration?: number;
}
export interface MochaRunner {
  on(event: 'pass' | 'pending', fn: (t: MochaTest) => void): MochaRunner;
  on(event: 'fail', fn: (t: MochaTest, err: unknown) => void): MochaRunner;
}

/** What `finish` gets when mocha is done. */
export interface MochaRunEnd {
  /** the tally so far; durationMs is set */
  result: SuiteResult;
  /** adds a line to the result and prints it with the prefix */
  line(text: string): void;
  /** mocha's count of failed tests */
  failures: number;
}

function describeError(err: unknown, stackLines?: number): { message: string; stack?: string } {
  if (err instanceof Error) {
    const stack = stackLines === undefined ? err.stack : err.stack?.split('\n').slice(0, stackLines).join('\n');
    return { message: err.message.split('\n')[0] ?? err.message, stack };
  }
  return { message: String(err) };
}

/**
 * Runs mocha (`start` calls mocha.run with the callback it is given), tallies and prints each test,
 * then calls `finish`, which reports the result its way and returns the error to reject with, if any.
 */
export function reportMochaRun(
  suite: string,
  start: (done: (failures: number) => void) => MochaRunner,
  finish: (end: MochaRunEnd) => Error | undefined,
  opts: { stackLines?: number } = {},
): Promise<void> {
  const t0 = Date.now();
  const result: SuiteResult = { suite, passed: 0, failed: 0, pending: 0, lines: [], failures: [], durationMs: 0 };
  const line = (text: string): void => {
    result.lines.push(text);
    console.log(`${LOG_PREFIX} ${text}`);
  };
  return new Promise<void>((resolve, reject) => {
    const runner = start((failures) => {
      result.durationMs = Date.now() - t0;
      const error = finish({ result, line, failures });
      if (error) reject(error);
      else resolve();
    });
    runner.on('pass', (t) => {
      result.passed += 1;
      line(`ok   ${t.fullTitle()}${t.duration !== undefined ? ` (${t.duration} ms)` : ''}`);
    });
    runner.on('fail', (t, err) => {
      result.failed += 1;
      const { message, stack } = describeError(err, opts.stackLines);
      result.failures.push({ title: t.fullTitle(), message, stack });
      line(`FAIL ${t.fullTitle()}: ${message}`);
    });
    runner.on('pending', (t) => {
      result.pending += 1;
      line(`skip ${t.fullTitle()}`);
    });
  });
}
