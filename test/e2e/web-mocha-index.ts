// extensionTestsPath module for the browser (web worker) extension host: run-web.ts bundles it
// with mocha's browser build and the test files into one CommonJS file (`vscode` external). The
// worker has no file system, so the result goes out as console lines, which the workbench hands to
// window.codeAutomationLog: one `[design-docs-test] ok|FAIL|skip <title>` line a test (from
// mocha-report.ts, shared with the Node host's mocha-index.ts), then
// `[design-docs-test] RESULT <SuiteResult JSON>`. The launcher parses them. No Node built-ins here.
import { LOG_PREFIX, type MochaRunner, reportMochaRun } from './mocha-report';

export { LOG_PREFIX };

/** The slice of mocha's browser build used here (the `mocha` global it creates). */
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

/** Sets mocha up (tdd: suite/test), lets `load` register the tests, runs them and reports. */
export function runWebTests(mocha: BrowserMocha, opts: WebRunOptions, load: () => void): Promise<void> {
  // No reporter output of mocha's own: the lines below are the report.
  mocha.setup({ ui: 'tdd', timeout: 20_000, reporter: function silent() {}, color: false });
  if (opts.grep) mocha.grep(new RegExp(opts.grep));
  load();
  return reportMochaRun('web', (done) => mocha.run(done), ({ result, line, failures }) => {
    if (opts.files.length === 0 || result.passed + result.failed + result.pending === 0) {
      result.failed += 1;
      line(`FAIL no tests ran (files: ${opts.files.join(', ') || 'none'}${opts.grep ? `, grep ${opts.grep}` : ''})`);
    }
    console.log(`${LOG_PREFIX} RESULT ${JSON.stringify(result)}`);
    return failures > 0 || result.failed > 0 ? new Error(`${result.failed} test(s) failed`) : undefined;
  }, { stackLines: 12 });
}
