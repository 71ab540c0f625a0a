// extensionTestsPath module for the browser (web worker) extension host: run-web.ts bundles it
// with mocha's browser build and the test files into one CommonJS file (`vscode` external). The
// worker has no file system, so the result goes out as console lines, which the workbench hands to
// window.codeAutomationLog: one `[design-docs-test] ok|FAIL|skip <title>` line a test, then
// `[design-docs-test] RESULT <SuiteResult JSON>`. The launcher parses them.

/** The slice of mocha's browser build used here (the `mocha` global it creates). */
interface MochaTest {
  fullTitle(): string;
  duration?: number;
}
interface MochaRunner {
  on(event: 'pass' | 'pending', fn: (t: MochaTest) => void): MochaRunner;
  on(event: 'fail', fn: (t: MochaTest, err: unknown) => void): MochaRunner;
}
export interface BrowserMocha {
  setup(opts: { ui: string; timeout: number; reporter: () => void; color?: boolean }): void;
  grep(re: RegExp): void;
  run(done: (failures: number) => void): MochaRunner;
}

export interface WebRunOptions {
  /** only tests whose full title matches (a RegExp source) */
  grep?: string;
  /** the bundled test files, for the "no tests" message */
  files: string[];
}

export const LOG_PREFIX = '[design-docs-test]';

function describeError(err: unknown): { message: string; stack?: string } {
  if (err instanceof Error) {
    return { message: err.message.split('\n')[0] ?? err.message, stack: err.stack?.split('\n').slice(0, 12).join('\n') };
  }
  return { message: String(err) };
}

/** Sets mocha up (tdd: suite/test), lets `load` register the tests, runs them and reports. */
export function runWebTests(mocha: BrowserMocha, opts: WebRunOptions, load: () => void): Promise<void> {
  // No reporter output of mocha's own: the lines below are the report.
  mocha.setup({ ui: 'tdd', timeout: 20_000, reporter: function silent() {}, color: false });
  if (opts.grep) mocha.grep(new RegExp(opts.grep));
  load();
  const t0 = Date.now();
  const result = {
    suite: 'web', passed: 0, failed: 0, pending: 0,
    lines: [] as string[], failures: [] as Array<{ title: string; message: string; stack?: string }>, durationMs: 0,
  };
  const line = (text: string): void => {
    result.lines.push(text);
    console.log(`${LOG_PREFIX} ${text}`);
  };
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      result.durationMs = Date.now() - t0;
      if (opts.files.length === 0 || result.passed + result.failed + result.pending === 0) {
        result.failed += 1;
        line(`FAIL no tests ran (files: ${opts.files.join(', ') || 'none'}${opts.grep ? `, grep ${opts.grep}` : ''})`);
      }
      console.log(`${LOG_PREFIX} RESULT ${JSON.stringify(result)}`);
      if (failures > 0 || result.failed > 0) reject(new Error(`${result.failed} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      result.passed += 1;
      line(`ok   ${t.fullTitle()}${t.duration !== undefined ? ` (${t.duration} ms)` : ''}`);
    });
    runner.on('fail', (t, err) => {
      result.failed += 1;
      const { message, stack } = describeError(err);
      result.failures.push({ title: t.fullTitle(), message, stack });
      line(`FAIL ${t.fullTitle()}: ${message}`);
    });
    runner.on('pending', (t) => {
      result.pending += 1;
      line(`skip ${t.fullTitle()}`);
    });
  });
}
