// The GitHub Action's one step (action.yml): builds design-check from the action's own checkout
// and runs it on the workspace, with the annotations, the job summary and the exit code CI needs.
//
// The action's checkout holds no build output, and the bundle needs esbuild, a dev dependency:
// so the first run installs the locked dependencies there (`npm ci --ignore-scripts`: no install
// script of any package runs on the user's runner; esbuild finds its binary without one), then
// bundles the CLI into the runner's temporary folder. A checkout that already has them installed
// (a self-hosted runner, a cache) skips the install.
//
// Inputs arrive as INPUT_PATHS, INPUT_FAIL_ON, INPUT_CHANGED_SINCE and INPUT_SUMMARY (mapped in
// action.yml, never pasted into a shell command line).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ACTION = path.resolve(import.meta.dirname, '..');

function fail(message) {
  console.log(`::error title=design-check::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`);
  process.exit(2);
}

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) fail(`design-check needs Node.js 20 or later, and this runner has ${process.version}: add actions/setup-node (node-version: 20) before it.`);

const input = (name, fallback = '') => (process.env[`INPUT_${name}`] ?? fallback).trim();
const paths = input('PATHS', '.').split(/\s+/).filter(Boolean);
const failOn = input('FAIL_ON', 'warning');
const changedSince = input('CHANGED_SINCE');
const summary = input('SUMMARY', 'true').toLowerCase();
if (summary !== 'true' && summary !== 'false') fail(`the summary input is true or false, not "${summary}".`);

if (!existsSync(path.join(ACTION, 'node_modules', 'esbuild', 'package.json'))) {
  console.log('design-check: installing the build tools (npm ci) in the action’s folder…');
  const install = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ACTION, stdio: 'inherit', shell: process.platform === 'win32' });
  if (install.status !== 0) fail('npm ci failed in the action’s folder (see the log above).');
}
const { version } = JSON.parse(readFileSync(path.join(ACTION, 'package.json'), 'utf8'));
const bundle = path.join(process.env.RUNNER_TEMP || tmpdir(), `design-check-${version}-${process.pid}`, 'cli.js');
const { buildCliBundle } = await import('./cli-bundle.mjs');
await buildCliBundle(bundle);

const args = [...paths, '--format', 'github', '--fail-on', failOn];
if (changedSince !== '') args.push('--changed-since', changedSince);
if (summary === 'true' && process.env.GITHUB_STEP_SUMMARY) args.push('--summary', process.env.GITHUB_STEP_SUMMARY);
const run = spawnSync(process.execPath, [bundle, ...args], { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), stdio: 'inherit' });
process.exit(run.status ?? 2);
