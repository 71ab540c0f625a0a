// What the two launchers that run a mocha run() module in a workbench page share: run-exthost.ts
// (code-server's Node extension host) and run-web.ts (test-web's browser extension host). The
// workbench's automation hooks and how the run ended, the live per-test lines, and the command
// line: common options, the --summary file, `N passed, N failed` and the exit code.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { format, parseArgs } from 'node:util';
import { LOG_PREFIX } from './mocha-report';
import type { Page } from './playwright';
import { type SuiteResult, addFailure, printResult } from './results';

/** A suite's result plus the per-test lines already printed live. */
export type LaunchResult = SuiteResult & { printed: Set<string> };

/** How waitForHostExit ends when run() never called codeAutomationExit. */
export const HOST_TIMED_OUT = -1;
export const PAGE_CRASHED = -2;
export const SERVER_EXITED = -3;

/**
 * Exposes the workbench's automation hooks on `page` (window.codeAutomationLog goes to `onLog`,
 * window.codeAutomationExit ends the wait), opens the workbench with `open` and resolves with the
 * code run() exited with, or HOST_TIMED_OUT, PAGE_CRASHED or SERVER_EXITED. The timeout covers
 * the workbench load too.
 */
export async function waitForHostExit(
  page: Page, server: ChildProcess, timeoutMs: number,
  onLog: (level: string, text: string) => void, open: () => Promise<unknown>,
): Promise<number> {
  let onExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((r) => (onExit = r));
  await page.exposeFunction('codeAutomationLog', (level: unknown, args: unknown) =>
    onLog(String(level), format(...(Array.isArray(args) ? args : [args]))));
  await page.exposeFunction('codeAutomationExit', (code: unknown) => onExit(typeof code === 'number' ? code : 1));
  page.on('crash', () => onExit(PAGE_CRASHED));
  server.once('exit', () => onExit(SERVER_EXITED));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<number>((r) => (timer = setTimeout(() => r(HOST_TIMED_OUT), timeoutMs)));
  const opened = open().then(() => exited);
  return Promise.race([opened, exited, timedOut]).finally(() => clearTimeout(timer));
}

/**
 * Takes the host's own result into `result` (keeping `printed`), then records why the run failed
 * when it did not end well: timeout, crash, server exit, no result, a bad exit code or no tests.
 */
export function settleResult(result: LaunchResult, code: number, fromHost: SuiteResult | undefined, why: {
  /** the failure's title */
  title: string;
  timeoutMs: number;
  /** where the run's logs are */
  runDir: string;
  /** e.g. `code-server exited; see <log>` */
  serverExited: string;
  /** completes `run() ended with code N but …`, e.g. `wrote no result (see <log>)` */
  noResult: string;
}): void {
  if (fromHost) Object.assign(result, fromHost, { printed: result.printed });
  if (code === HOST_TIMED_OUT) addFailure(result, why.title, `timed out after ${why.timeoutMs} ms (logs in ${why.runDir})`);
  else if (code === PAGE_CRASHED) addFailure(result, why.title, 'the workbench page crashed');
  else if (code === SERVER_EXITED) addFailure(result, why.title, why.serverExited);
  else if (!fromHost) addFailure(result, why.title, `run() ended with code ${code} but ${why.noResult}`);
  else if (code !== 0 && result.failed === 0) addFailure(result, why.title, `extension host exited with code ${code}`);
  else if (result.passed + result.failed === 0) addFailure(result, why.title, 'no tests ran');
}

/** The text after `[design-docs-test] ` in a console line, or undefined when it has none. */
export function afterLogPrefix(text: string): string | undefined {
  const at = text.indexOf(`${LOG_PREFIX} `);
  return at < 0 ? undefined : text.slice(at + LOG_PREFIX.length + 1);
}

/** Prints a test's `ok|FAIL|skip <title>` line as it happens, once (`printed` remembers it). */
export function echoTestLine(printed: Set<string>, rest: string): void {
  const line = rest.split('\n')[0]?.trim() ?? '';
  if (/^(ok|FAIL|skip) /.test(line) && !printed.has(line)) {
    printed.add(line);
    console.log(`  ${line}`);
  }
}

// ---------------------------------------------------------------- command line

/** The options both launchers take (the launcher's own switch comes on top). */
export interface LaunchArgs {
  tests?: string;
  extension?: string;
  workspace?: string[];
  name?: string;
  timeoutMs?: number;
  grep?: string;
}

const OPTIONS = {
  tests: { type: 'string' }, extension: { type: 'string' }, workspace: { type: 'string', multiple: true },
  timeout: { type: 'string' }, grep: { type: 'string' }, name: { type: 'string' }, summary: { type: 'string' },
} as const;

/**
 * A launcher's main(): parses the common options (--timeout in seconds; --grep defaults to
 * $DESIGN_DOCS_TEST_GREP) and the boolean `--<flag>`, runs the suite, writes --summary, prints
 * the lines not yet printed and `N passed, N failed`, and exits 1 on a failure or when nothing passed.
 */
export function launch(tag: string, flag: string, run: (args: LaunchArgs, flag: boolean) => Promise<LaunchResult>): void {
  const main = async (): Promise<void> => {
    const { values } = parseArgs({ options: { ...OPTIONS, [flag]: { type: 'boolean' } } });
    const r = await run({
      tests: values.tests, extension: values.extension, workspace: values.workspace, name: values.name,
      timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined, grep: values.grep ?? process.env.DESIGN_DOCS_TEST_GREP,
    }, (values as Record<string, unknown>)[flag] === true);
    if (values.summary) {
      const { printed: _printed, ...plain } = r;
      fs.writeFileSync(values.summary, JSON.stringify(plain, null, 2));
    }
    console.log(`[${tag}] total ${r.durationMs} ms`);
    printResult(r, { linesAlreadyPrinted: r.printed });
    process.exit(r.failed > 0 || r.passed === 0 ? 1 : 0);
  };
  main().catch((e: unknown) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}
