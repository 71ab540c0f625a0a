/**
 * The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml), run as far as
 * this machine can without GitHub or PyPI: the Action's step as the runner runs it, and the hook
 * installed the way pre-commit installs a Node hook (`npm pack` of the repository, then its bin).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO, tempDir } from '../helpers';
import { actionManifest, copyCheckout, designRepository, git, isolateGit, runAction } from './ci-support';

isolateGit();

describe('the GitHub Action', () => {
  it('declares paths, fail-on, changed-since and summary, and hands them to one bash step through its environment', () => {
    const manifest = actionManifest();
    assert.deepEqual(Object.keys(manifest.inputs), ['paths', 'fail-on', 'changed-since', 'summary']);
    assert.equal(manifest.runs.using, 'composite');
    assert.equal(manifest.runs.steps.length, 1);
    const [step] = manifest.runs.steps;
    // Inputs never pasted into the command line (a value with a quote or `$(…)` stays a value).
    assert.doesNotMatch(step?.run ?? '', /\$\{\{/);
    assert.deepEqual(step?.env, {
      INPUT_PATHS: '${{ inputs.paths }}',
      INPUT_FAIL_ON: '${{ inputs.fail-on }}',
      INPUT_CHANGED_SINCE: '${{ inputs.changed-since }}',
      INPUT_SUMMARY: '${{ inputs.summary }}',
    });
  });

  it('checks the designs changed on the branch, annotates them, appends the summary and fails the step', () => {
    const repo = designRepository();
    const result = runAction(repo, { paths: 'docs/design', 'changed-since': 'main' });
    assert.equal(result.status, 1, result.stderr);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.pop(), '1 design (changed since main) checked: 0 complete; 7 warnings.');
    assert.equal(lines.length, 7);
    for (const line of lines) assert.match(line, /^::warning file=docs\/design\/gaps\/0\d-[a-z-]+\.md,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z-]+::/);
    assert.match(result.summary, /^## design-check\n/);
    assert.match(result.summary, /\n### URL shortener \\\(with gaps\\\) \(docs\\\/design\\\/gaps\): not complete\n/);
    assert.doesNotMatch(result.summary, /shortener\)/);
  });

  it('takes several paths, fail-on never, summary false, and every design without changed-since', () => {
    const repo = designRepository();
    mkdirSync(path.join(repo, 'more'));
    const result = runAction(repo, { paths: 'docs/design/shortener\n  docs/design/gaps more', 'fail-on': 'never', summary: 'false' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /\n2 designs checked: 1 complete; 7 warnings\.\n$/);
    assert.equal(result.summary, '');
  });

  it('stops with an error annotation on a bad input, and with the CLI’s message on a bad fail-on', () => {
    const repo = designRepository();
    const summary = runAction(repo, { summary: 'yes' });
    assert.equal(summary.status, 2);
    assert.match(summary.stdout, /^::error title=design-check::the summary input is true or false, not "yes"\.\n$/);
    const failOn = runAction(repo, { 'fail-on': 'sometimes' });
    assert.equal(failOn.status, 2);
    assert.match(failOn.stderr, /design-check: --fail-on must be one of error, warning, info, never, not "sometimes"/);
  });
});

describe('the pre-commit hook', () => {
  interface Hook {
    id: string;
    entry: string;
    language: string;
    pass_filenames: boolean;
    files: string;
  }
  const hooks = parse(readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  let bin: string;

  before(() => {
    // pre-commit's Node install: `npm install` in a clone (here: the installed node_modules),
    // `npm pack`, whose standard output must be the tarball's name alone, then its bin.
    const clone = copyCheckout(path.join(tempDir(), 'clone'));
    const pack = spawnSync('npm', ['pack'], { cwd: clone, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = pack.stdout.trim();
    assert.match(tarball, /^system-design-docs-\d+\.\d+\.\d+\.tgz$/, `npm pack printed more than the tarball's name: ${JSON.stringify(pack.stdout)}`);
    const files = execFileSync('tar', ['-tzf', path.join(clone, tarball)], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(files, ['package/LICENSE', 'package/README.md', 'package/dist/cli.js', 'package/package.json']);
    const unpacked = tempDir();
    execFileSync('tar', ['-xzf', path.join(clone, tarball), '-C', unpacked]);
    const manifest = JSON.parse(readFileSync(path.join(unpacked, 'package', 'package.json'), 'utf8')) as { bin: Record<string, string> };
    bin = path.join(unpacked, 'package', manifest.bin['design-check'] ?? '');
  });

  it('is one Node hook, on Markdown files, that names no files (it finds the changed designs itself)', () => {
    assert.equal(hooks.length, 1);
    const [hook] = hooks;
    assert.ok(hook);
    assert.equal(hook.id, 'design-check');
    assert.equal(hook.language, 'node');
    assert.equal(hook.pass_filenames, false);
    assert.equal(hook.entry, 'design-check --changed-since HEAD');
    // Python's re.search with its (?i) flag.
    const files = new RegExp(hook.files.replace(/^\(\?i\)/, ''), hook.files.startsWith('(?i)') ? 'i' : '');
    for (const name of ['docs/a.md', 'b.markdown', 'C.MD']) assert.ok(files.test(name), name);
    for (const name of ['a.txt', 'md', 'a.md.bak']) assert.ok(!files.test(name), name);
  });

  it('its entry, with the packed bin, checks the designs with staged or new files, whole', () => {
    const repo = designRepository();
    const [command, ...args] = (hooks[0]?.entry ?? '').split(' ');
    assert.equal(command, 'design-check');
    const clean = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8' });
    assert.deepEqual([clean.status, clean.stdout], [0, 'No design has a file changed since HEAD: nothing to check.\n']);
    const step = path.join(repo, 'docs', 'design', 'shortener', '05-data-flow.md');
    writeFileSync(step, readFileSync(step, 'utf8') + '\nTBD\n');
    git(repo, 'add', '.');
    const staged = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8' });
    assert.equal(staged.status, 1, staged.stderr);
    assert.match(staged.stdout, /^docs\/design\/shortener\/05-data-flow\.md:\d+:1 warning placeholder-text /m);
    assert.match(staged.stdout, /\n1 design \(changed since HEAD\) checked: 0 complete; 1 warning\.\n$/);
  });
});
