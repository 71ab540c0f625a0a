// Offline "real VS Code" harness: code-server (VS Code 1.139) from test/vscode-host run by Node 24,
// driven by Debian's Chromium through playwright-core. See TESTING.md (shared) for the mechanics.
// Install first: bash scripts/setup-test-vscode.sh
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page, PlaywrightCore } from './playwright';
import {
  CHROMIUM, CODE_SERVER_ENTRY, HOST_DIR, MOCHA_DIR, NODE24, PLAYWRIGHT_CORE_DIR, RUNS_DIR, SETUP_COMMAND,
  ms, slug,
} from './paths';

export * from './paths';
export * from './workbench';

/** Thrown when the test VS Code or Chromium is not installed; the message says what to run. */
export class SetupError extends Error {
  override name = 'SetupError';
}

/** Checks that setup-test-vscode.sh has run; throws SetupError naming the command otherwise. */
export function assertHostInstalled(): void {
  const missing = [NODE24, CODE_SERVER_ENTRY, path.join(PLAYWRIGHT_CORE_DIR, 'package.json'),
    path.join(MOCHA_DIR, 'package.json'), CHROMIUM].filter((p) => !fs.existsSync(p));
  if (missing.length > 0) {
    throw new SetupError(`the test VS Code is not installed (missing ${missing.join(', ')}). Run: ${SETUP_COMMAND}`);
  }
}

let playwright: PlaywrightCore | undefined;
/** playwright-core from test/vscode-host (loaded lazily so importing the harness never throws). */
export function loadPlaywright(): PlaywrightCore {
  assertHostInstalled();
  playwright ??= createRequire(path.join(HOST_DIR, 'package.json'))('playwright-core') as PlaywrightCore;
  return playwright;
}

// ---------------------------------------------------------------- run dirs

export interface RunDir {
  name: string;
  dir: string;
  userData: string;
  extensions: string;
  workspace: string;
  tmp: string;
  xdgConfig: string;
  xdgData: string;
  xdgCache: string;
  /** code-server's stdout + stderr */
  log: string;
}

/** Settings that keep the workbench quiet and deterministic. */
export const QUIET_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'window.commandCenter': false,
  // tests check dirty state and undo; auto-save would race them
  'files.autoSave': 'off',
  // run dirs sit inside this repo's git checkout: don't let the git extension pick it up or prompt
  'git.openRepositoryInParentFolders': 'never',
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
  'typescript.tsc.autoDetect': 'off',
};

/** A fresh, isolated folder under .test-runs/<name> (wiped if it exists). */
export function makeRunDir(name: string, settings: Record<string, unknown> = {}): RunDir {
  const dir = path.join(RUNS_DIR, slug(name));
  fs.rmSync(dir, { recursive: true, force: true });
  const run: RunDir = {
    name: slug(name), dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    workspace: path.join(dir, 'workspace'),
    tmp: path.join(dir, 'tmp'),
    xdgConfig: path.join(dir, 'xdg-config'),
    xdgData: path.join(dir, 'xdg-data'),
    xdgCache: path.join(dir, 'xdg-cache'),
    log: path.join(dir, 'code-server.log'),
  };
  for (const d of [path.join(run.userData, 'User'), run.extensions, run.workspace, run.tmp, run.xdgConfig, run.xdgData, run.xdgCache]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.writeFileSync(path.join(run.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  return run;
}

/**
 * Copies fixture folders into the run's workspace: "dir" merges dir's contents into the workspace
 * root, "dir=sub" copies it to <workspace>/sub.
 */
export function copyWorkspace(run: RunDir, ...sources: string[]): void {
  for (const spec of sources) {
    const eq = spec.indexOf('=');
    const from = eq >= 0 ? spec.slice(0, eq) : spec;
    const to = eq >= 0 ? path.join(run.workspace, spec.slice(eq + 1)) : run.workspace;
    if (!fs.existsSync(from)) throw new Error(`workspace fixture not found: ${from}`);
    fs.cpSync(from, to, { recursive: true });
  }
}

/** A free TCP port on 127.0.0.1 (bind port 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('could not get a free port'))));
    });
  });
}

// ---------------------------------------------------------------- code-server

function codeServerEnv(run: RunDir, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: run.xdgConfig,
    XDG_DATA_HOME: run.xdgData,
    XDG_CACHE_HOME: run.xdgCache,
    // VS Code's ipc/git/typescript sockets land in the run dir, not /tmp
    TMPDIR: run.tmp,
    // no marketplace configured: no gallery look-ups
    EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}',
    ...extra,
  };
}

function baseArgs(run: RunDir): string[] {
  return [CODE_SERVER_ENTRY, '--config', '/dev/null', '--user-data-dir', run.userData, '--extensions-dir', run.extensions];
}

/** `code-server --install-extension <vsix>` into the run's extensions dir (offline, ~1 s). */
export function installVsix(run: RunDir, vsixPath: string): string {
  assertHostInstalled();
  return execFileSync(NODE24, [...baseArgs(run), '--install-extension', path.resolve(vsixPath)], {
    env: codeServerEnv(run), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface CodeServer {
  run: RunDir;
  port: number;
  pid: number;
  child: ChildProcess;
  /** http://127.0.0.1:PORT */
  origin: string;
}

const liveServers = new Set<CodeServer>();
let exitHooksInstalled = false;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // group already gone
  }
}

/** Kill every code-server still running when this process exits, fails or is interrupted. */
function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const cs of liveServers) killGroup(cs.pid, 'SIGKILL');
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      for (const cs of liveServers) killGroup(cs.pid, 'SIGKILL');
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export interface StartOptions {
  run: RunDir;
  /** default: a free port */
  port?: number;
  extraArgs?: string[];
  /** extra environment for code-server and, through it, the extension host */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** keep workspace trust on, so a folder opens in Restricted Mode (see UNTRUSTED_SETTINGS) */
  untrusted?: boolean;
}

/** User settings that open every folder untrusted, without the modal that would ask. */
export const UNTRUSTED_SETTINGS: Readonly<Record<string, unknown>> = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
};

/** Starts code-server detached (own process group) and waits until /healthz answers. */
export async function startCodeServer(opts: StartOptions): Promise<CodeServer> {
  assertHostInstalled();
  installExitHooks();
  const { run, extraArgs = [], env = {}, timeoutMs = 30_000 } = opts;
  const port = opts.port ?? (await freePort());
  const args = [...baseArgs(run), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', ...(opts.untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened', ...extraArgs];
  const logFd = fs.openSync(run.log, 'a');
  const child = spawn(NODE24, args, { env: codeServerEnv(run, env), stdio: ['ignore', logFd, logFd], detached: true });
  fs.closeSync(logFd);
  if (child.pid === undefined) throw new Error(`could not spawn ${NODE24}`);
  const cs: CodeServer = { run, port, pid: child.pid, child, origin: `http://127.0.0.1:${port}` };
  liveServers.add(cs);
  fs.writeFileSync(path.join(run.dir, 'code-server.pid'), String(child.pid));

  const t0 = Date.now();
  for (;;) {
    try {
      const res = await fetch(`${cs.origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return cs;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      liveServers.delete(cs);
      throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode}); ${run.log}:\n${tail(run.log)}`);
    }
    if (ms(t0) > timeoutMs) {
      await stopCodeServer(cs);
      throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms; ${run.log}:\n${tail(run.log)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGTERM the process group, SIGKILL after graceMs, then make sure nothing of the group is left. */
export async function stopCodeServer(cs: CodeServer | undefined, graceMs = 5000): Promise<void> {
  if (!cs) return;
  const { child, pid } = cs;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    killGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
  killGroup(pid, 'SIGKILL'); // extension host / pty host children that outlived the server
  liveServers.delete(cs);
}

// ---------------------------------------------------------------- browser

export const CHROMIUM_ARGS: readonly string[] = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Debian Chromium, headless, with a fresh profile in `dir` and its XDG dirs beside it. */
export async function launchBrowser(dir: string, opts: { headless?: boolean } = {}): Promise<BrowserContext> {
  const { chromium } = loadPlaywright();
  fs.rmSync(dir, { recursive: true, force: true });
  const xdg = `${dir}-xdg`;
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1400, height: 900 },
    args: [...CHROMIUM_ARGS],
    // keep Chromium's crash reports (~/.config) and dconf (~/.cache) out of $HOME
    env: { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_CACHE_HOME: path.join(xdg, 'cache') } as Record<string, string>,
  });
}

/** The one page of a persistent context. */
export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** vscode-remote:// URI of an absolute server path, for the workbench's payload options. */
export function remoteUri(port: number, absPath: string): string {
  return `vscode-remote://127.0.0.1:${port}${path.resolve(absPath)}`;
}
