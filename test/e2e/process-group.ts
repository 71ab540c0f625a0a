// Servers the launchers start (code-server, test-web's server) run detached, in their own process
// group, and are stopped by killing the whole group: the extension host and other children too.
// Every group still tracked is killed when this process exits, fails or is interrupted.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { ms } from './paths';

const liveGroups = new Set<number>();
let exitHooksInstalled = false;

/** Sends `signal` to the process group led by `pid`; a group that is already gone is fine. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // group already gone
  }
}

function killAllGroups(): void {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
}

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', killAllGroups);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      killAllGroups();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

/** Kill the process group led by `pid` when this process exits or is interrupted, unless stopped before. */
export function trackProcessGroup(pid: number): void {
  installExitHooks();
  liveGroups.add(pid);
}

export interface DetachedOptions {
  /** stdout and stderr are appended to this file */
  log: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Spawns `command` as the leader of a new process group, output to a log file, and tracks the group. */
export function spawnDetached(command: string, args: readonly string[], opts: DetachedOptions): ChildProcess & { pid: number } {
  const fd = fs.openSync(opts.log, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', fd, fd], detached: true });
  } finally {
    fs.closeSync(fd);
  }
  if (child.pid === undefined) throw new Error(`could not spawn ${command}`);
  trackProcessGroup(child.pid);
  return child as ChildProcess & { pid: number };
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Polls `url` every 100 ms until it answers 2xx ('up'), the child exits ('exited') or `timeoutMs`
 * passes ('timeout'). The caller decides what each means (and stops the group on failure).
 */
export async function waitUntilServing(child: ChildProcess, url: string, timeoutMs: number): Promise<'up' | 'exited' | 'timeout'> {
  const t0 = Date.now();
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return 'up';
    } catch {
      // not up yet
    }
    if (hasExited(child)) return 'exited';
    if (ms(t0) > timeoutMs) return 'timeout';
    await new Promise((r) => setTimeout(r, 100));
  }
}

function exitOf(child: ChildProcess, withinMs: number): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, withinMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * SIGTERM the child's process group, SIGKILL it after `graceMs` if the child has not exited, then
 * SIGKILL the group anyway (children that outlived their leader) and stop tracking it.
 */
export async function stopProcessGroup(child: ChildProcess | undefined, graceMs = 5000): Promise<void> {
  const pid = child?.pid;
  if (!child || pid === undefined) return;
  if (!hasExited(child)) {
    killGroup(pid, 'SIGTERM');
    await exitOf(child, graceMs);
  }
  killGroup(pid, 'SIGKILL');
  await exitOf(child, 2000);
  liveGroups.delete(pid);
}

/** The last `lines` lines of a log file, for an error message. */
export function tailOf(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
