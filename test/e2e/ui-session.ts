// One browser session against one code-server, for many UI checks (the workbench load dominates
// a UI cycle, so checks share a session). Always stops Chromium and code-server.
import path from 'node:path';
import type { BrowserContext, Page } from './playwright';
import {
  type CodeServer, type RunDir, copyWorkspace, firstPage, freePort, installVsix, launchBrowser, makeRunDir,
  openWorkbench, screenshot, startCodeServer, stopCodeServer,
} from './harness';
import { ms, slug } from './paths';
import { type SuiteResult, addFailure, emptyResult } from './results';
import { errorText } from './workbench';

export interface UiSession {
  run: RunDir;
  server: CodeServer;
  context: BrowserContext;
  page: Page;
  /** the workspace folder opened in the workbench (a copy inside the run dir) */
  workspace: string;
  /** console errors the page logged, for diagnostics */
  consoleErrors: string[];
}

export interface UiSessionOptions {
  name: string;
  /** .vsix files installed with --install-extension before start */
  vsix?: string[];
  /** fixture folders copied into the run dir's workspace and opened ("dir" or "dir=subdir") */
  workspace?: string | string[];
  /** extra user settings */
  settings?: Record<string, unknown>;
  extraArgs?: string[];
  env?: Record<string, string>;
  /** print step timings */
  verbose?: boolean;
}

export async function withUiSession<T>(opts: UiSessionOptions, fn: (s: UiSession) => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const log = (what: string): void => {
    if (opts.verbose) console.log(`[ui ${String(ms(t0)).padStart(6)} ms] ${what}`);
  };
  const run = makeRunDir(opts.name, opts.settings);
  copyWorkspace(run, ...([] as string[]).concat(opts.workspace ?? []));
  for (const v of opts.vsix ?? []) installVsix(run, v);
  log(`run dir ready, ${opts.vsix?.length ?? 0} vsix installed`);
  const server = await startCodeServer({ run, port: await freePort(), extraArgs: opts.extraArgs ?? [], env: opts.env ?? {} });
  log(`code-server up on ${server.port}`);
  let context: BrowserContext | undefined;
  try {
    context = await launchBrowser(path.join(run.dir, 'chromium-profile'));
    const page = await firstPage(context);
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 300));
    });
    log('chromium up');
    await openWorkbench(page, server.port, run.workspace);
    log('workbench loaded');
    return await fn({ run, server, context, page, workspace: run.workspace, consoleErrors });
  } finally {
    await context?.close().catch(() => undefined);
    await stopCodeServer(server);
    log('stopped');
  }
}

export interface UiCheck {
  name: string;
  fn: (s: UiSession) => Promise<void>;
}

/**
 * Runs checks in order in one session; a failing check gets a screenshot and the next one still
 * runs. Returns the suite result (lines "ok   name" / "FAIL name: message").
 */
export async function runUiChecks(s: UiSession, checks: readonly UiCheck[], suite = 'ui'): Promise<SuiteResult> {
  const result = emptyResult(suite);
  const t0 = Date.now();
  for (const check of checks) {
    const tc = Date.now();
    try {
      await check.fn(s);
      result.passed += 1;
      result.lines.push(`ok   ${check.name} (${ms(tc)} ms)`);
    } catch (e) {
      let shot = '';
      try {
        shot = ` [screenshot ${await screenshot(s.page, `${suite}-${slug(check.name).slice(0, 60)}-FAILED`)}]`;
      } catch {
        shot = ' [screenshot failed]';
      }
      addFailure(result, check.name, `${errorText(e)}${shot}`);
      const last = result.failures[result.failures.length - 1];
      if (last && e instanceof Error && e.stack) last.stack = e.stack;
      // leave overlays (palette, menus) so the next check starts clean
      await s.page.keyboard.press('Escape').catch(() => undefined);
    }
  }
  result.durationMs = ms(t0);
  return result;
}
