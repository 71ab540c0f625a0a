// Offline "real VS Code" harness: code-server (VS Code 1.139) from test/vscode-host run by Node 24,
// driven by Debian's Chromium through playwright-core. See TESTING.md (shared) for the mechanics.
// Install first: bash scripts/setup-test-vscode.sh
import { execFileSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page, PlaywrightCore } from './playwright';
import {
  CHROMIUM, CODE_SERVER_ENTRY, HOST_DIR, MOCHA_DIR, NODE24, PLAYWRIGHT_CORE_DIR, RUNS_DIR, SETUP_COMMAND,
  slug,
} from './paths';
import { spawnDetached, stopProcessGroup, tailOf, waitUntilServing } from './process-group';

export * from './paths';
export * from './process-group';
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

const playwrights = new Map<string, PlaywrightCore>();
/**
 * playwright-core, loaded lazily so importing the harness never throws: by default the one pinned in
 * test/vscode-host (checked by assertHostInstalled); `from` another folder with a package.json (the
 * web suite takes the repo's devDependency and needs no code-server).
 */
export function loadPlaywright(from: string = HOST_DIR): PlaywrightCore {
  if (from === HOST_DIR) assertHostInstalled();
  let playwright = playwrights.get(from);
  if (!playwright) {
    playwright = createRequire(path.join(from, 'package.json'))('playwright-core') as PlaywrightCore;
    playwrights.set(from, playwright);
  }
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
  const { run, extraArgs = [], env = {}, timeoutMs = 30_000 } = opts;
  const port = opts.port ?? (await freePort());
  const args = [...baseArgs(run), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', ...(opts.untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened', ...extraArgs];
  const child = spawnDetached(NODE24, args, { env: codeServerEnv(run, env), log: run.log });
  const cs: CodeServer = { run, port, pid: child.pid, child, origin: `http://127.0.0.1:${port}` };
  fs.writeFileSync(path.join(run.dir, 'code-server.pid'), String(child.pid));

  const state = await waitUntilServing(child, `${cs.origin}/healthz`, timeoutMs);
  if (state === 'up') return cs;
  await stopCodeServer(cs);
  throw new Error(state === 'exited'
    ? `code-server exited early (${child.exitCode ?? child.signalCode}); ${run.log}:\n${tailOf(run.log)}`
    : `code-server did not answer /healthz within ${timeoutMs} ms; ${run.log}:\n${tailOf(run.log)}`);
}

/** SIGTERM the process group, SIGKILL after graceMs, then make sure nothing of the group is left. */
export async function stopCodeServer(cs: CodeServer | undefined, graceMs = 5000): Promise<void> {
  // the SIGKILL also reaches extension host / pty host children that outlived the server
  await stopProcessGroup(cs?.child, graceMs);
}

// ---------------------------------------------------------------- browser

export const CHROMIUM_ARGS: readonly string[] = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export interface BrowserOptions {
  /** default true; false shows the window (`--headed`) */
  headless?: boolean;
  /** folder whose playwright-core drives Chromium (see loadPlaywright; default test/vscode-host) */
  playwrightFrom?: string;
  /** Chromium's XDG_CONFIG_HOME and XDG_CACHE_HOME (default `<dir>-xdg/config` and `<dir>-xdg/cache`) */
  xdgConfig?: string;
  xdgCache?: string;
  /** written to the profile's Default/Preferences before launch */
  preferences?: Record<string, unknown>;
}

/** Debian Chromium (headless by default) with CHROMIUM_ARGS, a fresh profile in `dir` and its XDG dirs beside it. */
export async function launchBrowser(dir: string, opts: BrowserOptions = {}): Promise<BrowserContext> {
  const { chromium } = loadPlaywright(opts.playwrightFrom);
  fs.rmSync(dir, { recursive: true, force: true });
  if (opts.preferences) {
    fs.mkdirSync(path.join(dir, 'Default'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify(opts.preferences));
  }
  const xdg = `${dir}-xdg`;
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1400, height: 900 },
    args: [...CHROMIUM_ARGS],
    // keep Chromium's crash reports (~/.config) and dconf (~/.cache) out of $HOME
    env: {
      ...process.env,
      XDG_CONFIG_HOME: opts.xdgConfig ?? path.join(xdg, 'config'),
      XDG_CACHE_HOME: opts.xdgCache ?? path.join(xdg, 'cache'),
    } as Record<string, string>,
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
