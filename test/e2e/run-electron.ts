// Desktop launcher for the same extension-host suite, through @vscode/test-electron (which
// downloads VS Code: needs internet, so CI here uses run-exthost.ts instead). Not installed in
// this repo: `npm i -D @vscode/test-electron` on a machine with internet, then
//   tsx test/e2e/run-electron.ts --tests <index.js | dir of *.test.ts> [--extension dir]
//        [--workspace dir] [--vscode-version 1.139.1] [--grep re]
// Uses no part of the code-server harness: only paths, the test compiler and the result format.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveTestsIndex } from './compile-tests';
import { ENV_GREP, ENV_MOCHA, ENV_RESULT, MOCHA_DIR, REPO_ROOT, RUNS_DIR } from './paths';
import { addFailure, emptyResult, printResult, readResult } from './results';

/** The part of @vscode/test-electron's API used here (declared locally: the package is optional). */
interface TestElectron {
  runTests(options: {
    version?: string;
    extensionDevelopmentPath: string;
    extensionTestsPath: string;
    launchArgs?: string[];
    extensionTestsEnv?: Record<string, string | undefined>;
  }): Promise<number>;
}

function mochaDir(): string {
  if (fs.existsSync(path.join(MOCHA_DIR, 'package.json'))) return MOCHA_DIR;
  try {
    return path.dirname(createRequire(path.join(REPO_ROOT, 'package.json')).resolve('mocha/package.json'));
  } catch {
    throw new Error('mocha not found: run bash scripts/setup-test-vscode.sh, or npm i -D mocha');
  }
}

async function loadTestElectron(): Promise<TestElectron> {
  const req = createRequire(path.join(REPO_ROOT, 'package.json'));
  let resolved: string;
  try {
    resolved = req.resolve('@vscode/test-electron');
  } catch {
    throw new Error('@vscode/test-electron is not installed: npm i -D @vscode/test-electron (needs internet to download VS Code)');
  }
  return (await import(resolved)) as TestElectron;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tests: { type: 'string' }, extension: { type: 'string' }, workspace: { type: 'string' },
      'vscode-version': { type: 'string' }, grep: { type: 'string' },
    },
  });
  const tests = values.tests ?? process.env.DESIGN_DOCS_EXT_TESTS;
  if (!tests) {
    console.error('usage: tsx test/e2e/run-electron.ts --tests <index.js | dir> [--extension dir] [--workspace dir]');
    process.exit(2);
  }
  const result = emptyResult('exthost-electron');
  const runDir = path.join(RUNS_DIR, 'electron');
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true });
  const resultFile = path.join(runDir, 'result.json');
  try {
    const index = await resolveTestsIndex(tests, path.join(runDir, 'tests-out'));
    const workspace = path.join(runDir, 'workspace');
    if (values.workspace) fs.cpSync(values.workspace, workspace, { recursive: true });
    else fs.mkdirSync(workspace, { recursive: true });
    const { runTests } = await loadTestElectron();
    const code = await runTests({
      version: values['vscode-version'] ?? '1.139.1',
      extensionDevelopmentPath: path.resolve(values.extension ?? REPO_ROOT),
      extensionTestsPath: index,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
        '--skip-release-notes', `--user-data-dir=${fs.mkdtempSync(path.join(os.tmpdir(), 'dd-vscode-'))}`],
      extensionTestsEnv: { [ENV_RESULT]: resultFile, [ENV_MOCHA]: mochaDir(), [ENV_GREP]: values.grep ?? process.env[ENV_GREP] },
    }).catch((e: unknown) => {
      // runTests rejects when VS Code exits non-zero (a failing test) as well as when it cannot start
      if (readResult(resultFile)) return 1;
      throw e;
    });
    const fromHost = readResult(resultFile);
    if (fromHost) Object.assign(result, fromHost);
    else addFailure(result, 'exthost-electron', `VS Code exited with code ${code} and wrote no result`);
    if (fromHost && code !== 0 && result.failed === 0) addFailure(result, 'exthost-electron', `VS Code exited with code ${code}`);
  } catch (e) {
    addFailure(result, 'exthost-electron', `could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
  printResult(result);
  process.exit(result.failed > 0 || result.passed === 0 ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
