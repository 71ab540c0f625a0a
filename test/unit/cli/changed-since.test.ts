/**
 * `--changed-since <ref>` in a throw-away git repository: only designs with a changed file are
 * checked, all of their files; git's own configuration is kept out (isolateGit: a private HOME, no
 * system or global config), so this runs the same as root, in a 0700 HOME, or on a CI machine.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { EXAMPLE, FIXTURES, REPO, tempDir } from '../helpers';
import { git, isolateGit } from './ci-support';
import { run, type Run } from './run-support';

isolateGit();

async function checked(cwd: string, ...argv: string[]): Promise<{ designs: string[]; files: string[]; run: Run }> {
  const result = await run(cwd, ...argv, '--format', 'json');
  assert.equal(result.err, '');
  const report = JSON.parse(result.out) as { designs: { path: string }[]; findings: { file: string }[] };
  return { designs: report.designs.map((design) => design.path), files: [...new Set(report.findings.map((finding) => finding.file))].sort(), run: result };
}

/**
 * docs/gaps, docs/shortener and docs/partial committed on `main`; branch `feature` then changes
 * docs/gaps/03-scale.md in a second commit.
 */
function repository(): string {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs'));
  cpSync(path.join(FIXTURES, 'designs', 'gaps'), path.join(root, 'docs', 'gaps'), { recursive: true });
  cpSync(EXAMPLE, path.join(root, 'docs', 'shortener'), { recursive: true });
  cpSync(path.join(FIXTURES, 'designs', 'partial'), path.join(root, 'docs', 'partial'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'designs');
  git(root, 'checkout', '-q', '-b', 'feature');
  const scale = path.join(root, 'docs', 'gaps', '03-scale.md');
  writeFileSync(scale, readFileSync(scale, 'utf8').replace('TODO', 'about 10 per second'));
  git(root, 'commit', '-q', '-am', 'scale');
  return root;
}

describe('design-check --changed-since', () => {
  let root: string;
  before(() => {
    root = repository();
  });

  it('checks only the designs with a file changed since the ref, and all of their files', async () => {
    const result = await checked(root, '--changed-since', 'main');
    assert.deepEqual(result.designs, ['docs/gaps']);
    // The change was in 03-scale.md; the design's other files are checked and reported too.
    assert.deepEqual(result.files, ['docs/gaps/02-requirements.md', 'docs/gaps/03-scale.md', 'docs/gaps/07-component-design.md']);
    const text = await run(root, '--changed-since=main');
    assert.equal(text.code, 1);
    assert.match(text.out, /\n1 design \(changed since main\) checked: 0 complete; 6 warnings\.\n$/);
    assert.equal(text.err, '');
    // The same from a folder below the top of the repository, and with HEAD~1 for main.
    assert.deepEqual((await checked(path.join(root, 'docs'), '.', '--changed-since', 'HEAD~1')).designs, ['gaps']);
  });

  it('compares with the merge base: what landed on the ref since the branch left it is not the branch\'s', async () => {
    const repo = repository();
    git(repo, 'checkout', '-q', 'main');
    writeFileSync(path.join(repo, 'docs', 'partial', '01-justification.md'), readFileSync(path.join(repo, 'docs', 'partial', '01-justification.md'), 'utf8') + '\nMore.\n');
    git(repo, 'commit', '-q', '-am', 'on main');
    git(repo, 'checkout', '-q', 'feature');
    assert.deepEqual((await checked(repo, '--changed-since', 'main')).designs, ['docs/gaps']);
  });

  it('counts changes not committed yet: staged, unstaged and new files (not ignored ones)', async () => {
    const repo = repository();
    const docs = path.join(repo, 'docs');
    writeFileSync(path.join(docs, 'shortener', '05-data-flow.md'), readFileSync(path.join(docs, 'shortener', '05-data-flow.md'), 'utf8') + '\nTBD\n');
    assert.deepEqual((await checked(repo, '--changed-since', 'HEAD')).designs, ['docs/shortener']);
    git(repo, 'add', '.');
    assert.deepEqual((await checked(repo, '--changed-since', 'HEAD')).designs, ['docs/shortener']);
    cpSync(path.join(FIXTURES, 'designs', 'team-wiki-search'), path.join(docs, 'wiki'), { recursive: true });
    cpSync(path.join(FIXTURES, 'designs', 'partial'), path.join(docs, 'ignored'), { recursive: true });
    writeFileSync(path.join(repo, '.gitignore'), 'docs/ignored/\n');
    assert.deepEqual((await checked(repo, '--changed-since', 'main')).designs, ['docs/gaps', 'docs/shortener', 'docs/wiki']);
  });

  it('counts a deleted file (in its design) and a renamed one (in both folders)', async () => {
    const repo = repository();
    const docs = path.join(repo, 'docs');
    git(repo, 'rm', '-q', 'docs/partial/02-requirements.md');
    git(repo, 'commit', '-q', '-m', 'remove');
    assert.deepEqual((await checked(repo, '--changed-since', 'HEAD~1')).designs, ['docs/partial']);
    renameSync(path.join(docs, 'shortener', '07-component-design.md'), path.join(docs, 'partial', '07-component-design.md'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'move');
    assert.deepEqual((await checked(repo, '--changed-since', 'HEAD~1')).designs, ['docs/partial', 'docs/shortener']);
  });

  it('says so when no design changed, and exits 0', async () => {
    const result = await run(root, '--changed-since', 'HEAD');
    assert.deepEqual(result, { code: 0, out: 'No design has a file changed since HEAD: nothing to check.\n', err: '' });
  });

  it('with --cache, keeps the entries of the designs it skipped', async () => {
    const repo = repository();
    await run(repo, '--cache');
    const since = await run(repo, '--changed-since', 'main', '--cache');
    assert.deepEqual(since, await run(repo, '--changed-since', 'main'));
    const cache = JSON.parse(readFileSync(path.join(repo, '.design-check-cache'), 'utf8')) as { designs: Record<string, unknown> };
    assert.equal(Object.keys(cache.designs).length, 3);
    assert.deepEqual(await run(repo, '--cache'), await run(repo));
  });
});

describe('design-check --changed-since: errors exit 2 with one line on stderr', () => {
  function assertError(result: Run, mentions: RegExp): void {
    assert.equal(result.code, 2);
    assert.equal(result.out, '');
    const lines = result.err.trimEnd().split('\n');
    assert.equal(lines.length, 1, result.err);
    assert.match(lines[0] ?? '', /^design-check: --changed-since/);
    assert.match(lines[0] ?? '', mentions);
  }

  it('an unknown ref', async () => {
    assertError(await run(repository(), '--changed-since', 'no-such-branch'), /git knows no commit "no-such-branch" in .*fetch-depth: 0/);
  });

  it('a folder that is not in a git repository', async () => {
    const plain = tempDir();
    cpSync(EXAMPLE, path.join(plain, 'shortener'), { recursive: true });
    assertError(await run(plain, '--changed-since', 'main'), /needs a git repository, and .* is not in one \(fatal: not a git repository/);
  });

  it('a shallow clone without the merge base', async () => {
    const origin = repository();
    git(origin, 'checkout', '-q', 'main');
    writeFileSync(path.join(origin, 'docs', 'partial', 'extra.md'), '# Extra\n');
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'main moves on');
    const clone = path.join(tempDir(), 'clone');
    git(path.dirname(clone), 'clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'feature', pathToFileURL(origin).href, clone);
    assertError(await run(clone, '--changed-since', 'origin/main'), /could not list the files changed since origin\/main \(.*\)\. The history may be shallow: fetch more of it \(actions\/checkout with fetch-depth: 0/);
  });

  it('no git on PATH (through the real entry point)', () => {
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    const result = spawnSync(process.execPath, ['--import', tsx, path.join(REPO, 'src', 'cli', 'cli.ts'), '--changed-since', 'main'], {
      cwd: repository(),
      encoding: 'utf8',
      env: { ...process.env, PATH: path.join(tempDir(), 'empty') },
    });
    assertError({ code: result.status ?? -1, out: result.stdout, err: result.stderr }, /needs git, which was not found on PATH/);
  });

  it('a ref that would read as an option is refused before git sees it', async () => {
    const result = await run(repository(), '--changed-since=--output=/tmp/x');
    assert.equal(result.code, 2);
    assert.match(result.err, /--changed-since takes a git ref, not "--output=\/tmp\/x"/);
  });
});

