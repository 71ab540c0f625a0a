/**
 * The README's "In CI" section, run: every ```sh block in order in a throw-away repository of
 * designs (a README command that breaks fails here), every workflow step it shows (`run:` steps
 * run, this repository's Action run with the `with:` it shows), and every pre-commit hook id it
 * names checked against .pre-commit-hooks.yaml.
 *
 * Offline stand-ins, and only these: `git clone <url> <dir>` copies this checkout (what a clone
 * holds: tracked and new files), and `npm ci` finds the installed node_modules linked in that copy.
 * npm runs with --offline throughout; everything else runs as written.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { REPO, tempDir } from '../helpers';
import { actionManifest, copyCheckout, designRepository, git, isolateGit, runAction } from './ci-support';

isolateGit();

/** The section from its heading to the next heading of its level or above (outside code blocks). */
function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, `README has no "${heading}"`);
  const level = /^#+/.exec(heading)?.[0].length ?? 0;
  let fenced = false;
  let end = start + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] ?? '';
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced && new RegExp(`^#{1,${level}} `).test(line)) break;
  }
  return lines.slice(start + 1, end).join('\n');
}

function blocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].filter((match) => match[1] === language).map((match) => match[2] ?? '');
}

const IN_CI = section(readFileSync(path.join(REPO, 'README.md'), 'utf8'), '### In CI');

/** Shell functions the README's blocks run after (see the top of this file). */
const STAND_INS = String.raw`
git() {
  if [ "$1" = clone ]; then
    local target="${'$'}{@: -1}"
    case "$target" in https://*|git@*) echo "stand-in: git clone needs a target folder" >&2; return 1;; esac
    cp -R "$DESIGN_DOCS_CHECKOUT" "$target"
    return
  fi
  command git "$@"
}
npm() {
  local arg prefix=. previous=
  for arg in "$@"; do
    if [ "$previous" = --prefix ]; then prefix="$arg"; fi
    previous="$arg"
  done
  for arg in "$@"; do
    if [ "$arg" = ci ]; then
      [ -f "$prefix/package-lock.json" ] && [ -d "$prefix/node_modules/esbuild" ] || { echo "stand-in: npm ci in $prefix, which is not a checkout" >&2; return 1; }
      return 0
    fi
  done
  command npm "$@"
}
`;

interface Workflow {
  jobs?: Record<string, { steps: Step[] }>;
}
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

/** The README's snippets are whole workflows or bare step lists. */
function stepsOf(document: unknown): Step[] {
  if (Array.isArray(document)) return document as Step[];
  const workflow = document as Workflow;
  return Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps);
}

const ACTION = 'system-design-docs/system-design-docs@';
const OTHERS = ['actions/checkout@', 'actions/setup-node@', 'github/codeql-action/upload-sarif@'];

describe('README, "In CI"', () => {
  let work: string;
  let repo: string;
  let summary: string;

  before(() => {
    work = tempDir('design-docs-readme-');
    // The repository with the designs: complete ones, so that every command ends with exit 0.
    repo = designRepository();
    git(repo, 'rm', '-q', '-r', 'docs/design/gaps');
    git(repo, 'commit', '-q', '-m', 'complete designs only');
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    // A change on the branch since origin/main, so that --changed-since has a design to check.
    const scale = path.join(repo, 'docs', 'design', 'shortener', '03-scale.md');
    writeFileSync(scale, readFileSync(scale, 'utf8') + '\nMore notes.\n');
    git(repo, 'commit', '-q', '-am', 'notes');
    summary = path.join(work, 'step-summary.md');
    writeFileSync(summary, '');
  });

  it('shows each of the three ways', () => {
    for (const heading of ['#### GitHub Action', '#### pre-commit', '#### Any CI, or a terminal: the npm package']) assert.ok(IN_CI.includes(`\n${heading}\n`), heading);
    assert.ok(blocks(IN_CI, 'sh').length > 0);
  });

  it('runs every shell command it shows, in order, in a repository of designs', () => {
    const checkout = copyCheckout(path.join(work, 'checkout'));
    for (const block of blocks(IN_CI, 'sh')) {
      const result = spawnSync('bash', ['-c', `set -euo pipefail\n${STAND_INS}\n${block}`], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, DESIGN_DOCS_CHECKOUT: checkout, GITHUB_STEP_SUMMARY: summary },
      });
      assert.equal(result.status, 0, `this README block failed:\n${block}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
    }
    // What they did: the package installed, its annotations run, the summary appended, the JSON written.
    assert.ok(existsSync(path.join(repo, 'node_modules', '.bin', 'design-check')));
    assert.match(readFileSync(summary, 'utf8'), /^## design-check\n\n1 design \\\(changed since origin\\\/main\\\) checked\\: 1 complete\\\.\n\n### URL shortener \(docs\\\/design\\\/shortener\): complete\n/);
    const json = JSON.parse(readFileSync(path.join(repo, 'design-check.json'), 'utf8')) as { designs: { complete: boolean }[] };
    assert.deepEqual(json.designs.map((design) => design.complete), [true]);
  });

  it('runs the `run:` steps of its workflow snippets there too, and knows every action they use', () => {
    const steps = blocks(IN_CI, 'yaml').flatMap((block) => stepsOf(parse(block)));
    const runs = steps.filter((step) => step.run !== undefined);
    assert.ok(runs.length > 0);
    for (const step of runs) {
      const result = spawnSync('bash', ['-e', '-c', step.run ?? ''], { cwd: repo, encoding: 'utf8' });
      assert.equal(result.status, 0, `${step.run}\n${result.stderr}`);
    }
    const sarif = JSON.parse(readFileSync(path.join(repo, 'design-check.sarif'), 'utf8')) as { version: string };
    assert.equal(sarif.version, '2.1.0');
    for (const step of steps.filter((candidate) => candidate.uses !== undefined)) {
      assert.ok(step.uses?.startsWith(ACTION) || OTHERS.some((other) => step.uses?.startsWith(other)), `unknown action ${step.uses}`);
    }
  });

  it('uses the Action with inputs it has, and those inputs work', () => {
    const uses = blocks(IN_CI, 'yaml')
      .flatMap((block) => stepsOf(parse(block)))
      .filter((step) => step.uses?.startsWith(ACTION));
    assert.equal(uses.length, 1);
    const inputs = Object.keys(actionManifest().inputs);
    const given = Object.fromEntries(Object.entries(uses[0]?.with ?? {}).map(([name, value]) => [name, String(value)]));
    for (const name of Object.keys(given)) assert.ok(inputs.includes(name), `the README gives the Action an input it does not have: ${name}`);
    // On a pull request's branch: the base commit for the expression the README shows.
    const branch = designRepository();
    const base = git(branch, 'rev-parse', 'main').trim();
    const expanded = Object.fromEntries(
      Object.entries(given).map(([name, value]) => [name, value.replace(/\$\{\{\s*github\.event\.pull_request\.base\.sha\s*\}\}/, base)]),
    );
    const result = runAction(branch, expanded);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^::warning file=docs\/design\/gaps\//m);
    assert.match(result.stdout, new RegExp(`\\n1 design \\(changed since ${base}\\) checked: 0 complete; 7 warnings\\.\\n$`));
    assert.match(result.summary, /### URL shortener \\\(with gaps\\\)/);
  });

  it('names only hooks that .pre-commit-hooks.yaml defines', () => {
    const ids = (parse(readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((hook) => hook.id);
    const configs = blocks(IN_CI, 'yaml')
      .map((block) => parse(block) as { repos?: { repo: string; hooks: { id: string }[] }[] })
      .filter((config) => config.repos);
    assert.equal(configs.length, 1);
    for (const repository of configs[0]?.repos ?? []) {
      assert.equal(repository.repo, 'https://github.com/system-design-docs/system-design-docs');
      for (const hook of repository.hooks) assert.ok(ids.includes(hook.id), hook.id);
    }
  });
});
