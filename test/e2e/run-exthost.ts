// Runs a mocha run() module inside code-server's real (Node) extension host, the way
// @vscode/test-electron does with --extensionDevelopmentPath/--extensionTestsPath.
// code-server gets --vscode-option enable-smoke-test-driver (the built workbench honours the URL
// `payload` dev options only then); the page opens with
// ?payload=[["extensionDevelopmentPath",..],["extensionTestsPath",..]] and the workbench calls
// window.codeAutomationExit(code) when run() settles.
//
// Usage: tsx test/e2e/run-exthost.ts --tests <index.js | dir of *.test.ts> [--extension <dir>]
//          [--workspace <dir>[=<subdir>]]... [--timeout <s>] [--grep <re>] [--name <run>] [--summary <json>]
//          [--untrusted]   (Restricted Mode: workspace trust on and the folder not trusted)
// Env:   DESIGN_DOCS_EXT_TESTS (= --tests), DESIGN_DOCS_TEST_GREP (= --grep)
// Ends with `N passed, N failed`; exits 1 on any failure, timeout or a suite that cannot start.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, format } from 'node:util';
import type { BrowserContext } from './playwright';
import { resolveTestsIndex } from './compile-tests';
import {
  type CodeServer, ENV_GREP, ENV_MOCHA, ENV_RESULT, MOCHA_DIR, REPO_ROOT, SETUP_COMMAND, SetupError,
  assertHostInstalled, copyWorkspace, firstPage, launchBrowser, makeRunDir, ms, openWorkbench, remoteUri,
  UNTRUSTED_SETTINGS, startCodeServer, stopCodeServer,
} from './harness';
import { type SuiteResult, addFailure, emptyResult, printResult, readResult } from './results';

export interface ExthostOptions {
  /** compiled index.js (exports run()) or a folder of *.test.ts to compile */
  tests: string;
  /** extensionDevelopmentPath (default: the repo root) */
  extension?: string;
  /** fixture folders copied into the run dir's workspace ("dir" or "dir=subdir"; default: empty) */
  workspace?: string | string[];
  timeoutMs?: number;
  grep?: string;
  name?: string;
  /** stream per-test lines as they happen (default true) */
  live?: boolean;
  /** open the workspace in Restricted Mode (workspace trust on, folder not trusted) */
  untrusted?: boolean;
}

const LOG_PREFIX = '[design-docs-test] ';

export async function runExthostTests(opts: ExthostOptions): Promise<SuiteResult & { printed: Set<string> }> {
  const T0 = Date.now();
  const printed = new Set<string>();
  const result = { ...emptyResult('exthost'), printed };
  const timeoutMs = opts.timeoutMs ?? 180_000;
  let cs: CodeServer | undefined;
  let context: BrowserContext | undefined;
  try {
    assertHostInstalled();
    const run = makeRunDir(opts.name ?? 'exthost', opts.untrusted ? UNTRUSTED_SETTINGS : {});
    copyWorkspace(run, ...([] as string[]).concat(opts.workspace ?? []));
    const index = await resolveTestsIndex(opts.tests, path.join(run.dir, 'tests-out'));
    const extension = path.resolve(opts.extension ?? REPO_ROOT);
    if (!fs.existsSync(path.join(extension, 'package.json'))) throw new Error(`no package.json in extension folder ${extension}`);
    const resultFile = path.join(run.dir, 'result.json');
    const env: Record<string, string> = { [ENV_RESULT]: resultFile, [ENV_MOCHA]: MOCHA_DIR };
    if (opts.grep) env[ENV_GREP] = opts.grep;

    cs = await startCodeServer({ run, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'], env, untrusted: opts.untrusted ?? false });
    console.log(`[exthost] code-server up on port ${cs.port} after ${ms(T0)} ms (run dir ${path.relative(REPO_ROOT, run.dir)})`);
    context = await launchBrowser(path.join(run.dir, 'chromium-profile'));
    const page = await firstPage(context);

    let onExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => (onExit = r));
    const automationLog = path.join(run.dir, 'automation-log.txt');
    await page.exposeFunction('codeAutomationLog', (level: unknown, args: unknown) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      fs.appendFileSync(automationLog, `[${String(level)}] ${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code: unknown) => onExit(typeof code === 'number' ? code : 1));
    const consoleLog = path.join(run.dir, 'page-console.txt');
    page.on('console', (m) => {
      const text = m.text().replace(/%c/g, '');
      fs.appendFileSync(consoleLog, `[${m.type()}] ${text}\n`);
      const at = text.indexOf(LOG_PREFIX);
      if (at >= 0 && opts.live !== false) {
        const line = text.slice(at + LOG_PREFIX.length).split('\n')[0]?.trim() ?? '';
        if (/^(ok|FAIL|skip) /.test(line) && !printed.has(line)) {
          printed.add(line);
          console.log(`  ${line}`);
        }
      }
    });
    page.on('crash', () => onExit(-2));
    cs.child.once('exit', () => onExit(-3));

    // the timeout covers the workbench load too
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((r) => (timer = setTimeout(() => r(-1), timeoutMs)));
    const opened = openWorkbench(page, cs.port, run.workspace, {
      payload: [['extensionDevelopmentPath', remoteUri(cs.port, extension)], ['extensionTestsPath', remoteUri(cs.port, index)]],
    }).then(() => exited);
    const code = await Promise.race([opened, exited, timedOut]).finally(() => clearTimeout(timer));
    console.log(`[exthost] extension host finished (code ${code}) after ${ms(T0)} ms`);

    const fromHost = readResult(resultFile);
    if (fromHost) Object.assign(result, fromHost, { printed });
    if (code === -1) addFailure(result, 'exthost', `timed out after ${timeoutMs} ms (logs in ${run.dir})`);
    else if (code === -2) addFailure(result, 'exthost', 'the workbench page crashed');
    else if (code === -3) addFailure(result, 'exthost', `code-server exited; see ${run.log}`);
    else if (!fromHost) addFailure(result, 'exthost', `run() ended with code ${code} but wrote no result (see ${consoleLog})`);
    else if (code !== 0 && result.failed === 0) addFailure(result, 'exthost', `extension host exited with code ${code}`);
    else if (result.passed + result.failed === 0) addFailure(result, 'exthost', 'no tests ran');
  } catch (e) {
    const msg = e instanceof SetupError ? e.message : `${e instanceof Error ? e.message : String(e)}` +
      (e instanceof Error && /chromium|browser/i.test(e.message) ? ` (run: ${SETUP_COMMAND})` : '');
    addFailure(result, 'exthost', `could not run: ${msg}`);
  } finally {
    await context?.close().catch(() => undefined);
    await stopCodeServer(cs);
  }
  result.durationMs = ms(T0);
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tests: { type: 'string' }, extension: { type: 'string' }, workspace: { type: 'string', multiple: true },
      timeout: { type: 'string' }, grep: { type: 'string' }, name: { type: 'string' }, summary: { type: 'string' },
      untrusted: { type: 'boolean' },
    },
  });
  const tests = values.tests ?? process.env.DESIGN_DOCS_EXT_TESTS;
  if (!tests) {
    console.error('usage: tsx test/e2e/run-exthost.ts --tests <index.js | dir> [--extension dir] [--workspace dir] [--timeout s]');
    process.exit(2);
  }
  const r = await runExthostTests({
    tests, extension: values.extension, workspace: values.workspace, name: values.name, untrusted: values.untrusted ?? false,
    timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined, grep: values.grep ?? process.env[ENV_GREP],
  });
  if (values.summary) {
    const { printed: _printed, ...plain } = r;
    fs.writeFileSync(values.summary, JSON.stringify(plain, null, 2));
  }
  console.log(`[exthost] total ${r.durationMs} ms`);
  printResult(r, { linesAlreadyPrinted: r.printed });
  process.exit(r.failed > 0 || r.passed === 0 ? 1 : 0);
}

if (/run-exthost\.(ts|js|cjs|mjs)$/.test(process.argv[1] ?? '')) {
  main().catch((e: unknown) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  });
}
