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
import type { BrowserContext } from './playwright';
import { resolveTestsIndex } from './compile-tests';
import {
  type CodeServer, ENV_GREP, ENV_MOCHA, ENV_RESULT, MOCHA_DIR, REPO_ROOT, SETUP_COMMAND, SetupError,
  assertHostInstalled, copyWorkspace, firstPage, launchBrowser, makeRunDir, ms, openWorkbench, remoteUri,
  UNTRUSTED_SETTINGS, startCodeServer, stopCodeServer,
} from './harness';
import { type LaunchResult, afterLogPrefix, echoTestLine, launch, settleResult, waitForHostExit } from './launcher';
import { addFailure, emptyResult, readResult } from './results';

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

export async function runExthostTests(opts: ExthostOptions): Promise<LaunchResult> {
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

    const automationLog = path.join(run.dir, 'automation-log.txt');
    const consoleLog = path.join(run.dir, 'page-console.txt');
    page.on('console', (m) => {
      const text = m.text().replace(/%c/g, '');
      fs.appendFileSync(consoleLog, `[${m.type()}] ${text}\n`);
      const rest = afterLogPrefix(text);
      if (rest !== undefined && opts.live !== false) echoTestLine(printed, rest);
    });
    const { port } = cs;
    const code = await waitForHostExit(page, cs.child, timeoutMs,
      (level, text) => fs.appendFileSync(automationLog, `[${level}] ${text}\n`),
      () => openWorkbench(page, port, run.workspace, {
        payload: [['extensionDevelopmentPath', remoteUri(port, extension)], ['extensionTestsPath', remoteUri(port, index)]],
      }));
    console.log(`[exthost] extension host finished (code ${code}) after ${ms(T0)} ms`);

    settleResult(result, code, readResult(resultFile), {
      title: 'exthost', timeoutMs, runDir: run.dir, serverExited: `code-server exited; see ${run.log}`,
      noResult: `wrote no result (see ${consoleLog})`,
    });
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

if (/run-exthost\.(ts|js|cjs|mjs)$/.test(process.argv[1] ?? '')) {
  launch('exthost', 'untrusted', (args, untrusted) => {
    const tests = args.tests ?? process.env.DESIGN_DOCS_EXT_TESTS;
    if (!tests) {
      console.error('usage: tsx test/e2e/run-exthost.ts --tests <index.js | dir> [--extension dir] [--workspace dir] [--timeout s]');
      process.exit(2);
    }
    return runExthostTests({ ...args, tests, untrusted });
  });
}
