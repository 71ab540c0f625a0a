/**
 * For the tests of the CI integrations (the Action, the pre-commit hook, the README's commands):
 * git kept away from the machine's configuration, a copy of this checkout as a clone would have
 * it, a repository of designs with a branch, and the Action's step run as GitHub runs it.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { EXAMPLE, FIXTURES, REPO, tempDir } from '../helpers';

/**
 * git for this test process and its children: a private HOME, no system or global config, a
 * committer, and no repository found above the temporary folders (so it runs the same as root,
 * in a 0700 HOME, or on a CI machine).
 */
export function isolateGit(): void {
  const home = tempDir('design-docs-git-home-');
  writeFileSync(path.join(home, 'gitconfig'), '');
  Object.assign(process.env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'),
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CEILING_DIRECTORIES: path.dirname(home),
    npm_config_cache: path.join(home, 'npm-cache'),
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  });
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * This checkout as a clone would have it — tracked files and new ones not ignored, so no build
 * output — with node_modules linked to the installed one (what `npm ci` would make, offline).
 */
export function copyCheckout(dest: string): string {
  const files = git(REPO, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0');
  for (const file of files) {
    if (file === '' || file === 'node_modules') continue;
    const from = path.join(REPO, file);
    const to = path.join(dest, file);
    mkdirSync(path.dirname(to), { recursive: true });
    try {
      copyFileSync(from, to);
    } catch (error) {
      // Deleted in the working tree but not yet in the index.
      if ((error as { code?: string }).code !== 'ENOENT') throw error;
    }
  }
  symlinkSync(realpathSync(path.join(REPO, 'node_modules')), path.join(dest, 'node_modules'));
  return dest;
}

/**
 * A repository of designs: docs/design/shortener (complete) and docs/design/gaps on `main`;
 * branch `feature` (checked out) changes docs/design/gaps/03-scale.md.
 */
export function designRepository(): string {
  const root = tempDir();
  const designs = path.join(root, 'docs', 'design');
  mkdirSync(designs, { recursive: true });
  cpSync(EXAMPLE, path.join(designs, 'shortener'), { recursive: true });
  cpSync(path.join(FIXTURES, 'designs', 'gaps'), path.join(designs, 'gaps'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'designs');
  git(root, 'checkout', '-q', '-b', 'feature');
  const scale = path.join(designs, 'gaps', '03-scale.md');
  writeFileSync(scale, readFileSync(scale, 'utf8') + '\nMore notes.\n');
  git(root, 'commit', '-q', '-am', 'scale');
  return root;
}

interface ActionManifest {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: { name?: string; shell?: string; env?: Record<string, string>; run?: string; uses?: string }[] };
}

export function actionManifest(): ActionManifest {
  return parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as ActionManifest;
}

/** `${{ inputs.x }}` as GitHub expands it: the given input, else its default. Any other expression fails the test. */
function expand(text: string, inputs: Record<string, string>, manifest: ActionManifest): string {
  const expanded = text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_match, name: string) => {
    assert.ok(name in manifest.inputs, `action.yml reads an input it does not declare: ${name}`);
    return inputs[name] ?? manifest.inputs[name]?.default ?? '';
  });
  assert.doesNotMatch(expanded, /\$\{\{/, 'the test expands only ${{ inputs.* }}');
  return expanded;
}

export interface ActionRun {
  status: number;
  stdout: string;
  stderr: string;
  /** What the step appended to $GITHUB_STEP_SUMMARY ('' when nothing). */
  summary: string;
}

/**
 * Runs the Action's steps with `inputs`, as the runner does: each `run` with its shell (bash), the
 * inputs expanded into `env`, GITHUB_ACTION_PATH this checkout (whose node_modules stands for
 * the `npm ci` the step would run), the workspace as working folder.
 */
export function runAction(workspace: string, inputs: Record<string, string>): ActionRun {
  const manifest = actionManifest();
  const runner = tempDir('design-docs-runner-');
  const summaryFile = path.join(runner, 'step-summary.md');
  writeFileSync(summaryFile, '');
  let last: ActionRun = { status: 0, stdout: '', stderr: '', summary: '' };
  for (const step of manifest.runs.steps) {
    assert.equal(step.shell, 'bash');
    assert.ok(step.run);
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expand(String(value), inputs, manifest)]));
    const result = spawnSync('bash', ['-e', '-c', expand(step.run, inputs, manifest)], {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, ...env, GITHUB_ACTION_PATH: REPO, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runner, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_ACTIONS: 'true' },
    });
    last = { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, summary: readFileSync(summaryFile, 'utf8') };
    if (last.status !== 0) break;
  }
  return last;
}
