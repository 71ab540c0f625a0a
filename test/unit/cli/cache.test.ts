/**
 * `--cache`: never stale. Each case runs with the cache, marks every stored report (titles and
 * messages get a "CACHED " prefix in the cache file), changes the workspace, and runs again: the
 * output must equal an uncached run once the marks are taken off, and exactly the designs that did
 * not change may carry the mark (so the cache is used, and used only where it is right).
 */
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DesignCopy, FIXTURES, tempDir } from '../helpers';
import { run } from './run-support';

const CACHE = '.design-check-cache';
const MARK = 'CACHED ';

/** docs/url-shortener (complete), docs/gaps, docs/partial, and docs/shared/glossary.md that url-shortener links to. */
function workspace(): { root: string; docs: string; copy: DesignCopy } {
  const root = tempDir();
  const docs = path.join(root, 'docs');
  mkdirSync(docs);
  const copy = new DesignCopy(path.join(docs, 'url-shortener'));
  cpSync(path.join(FIXTURES, 'designs', 'gaps'), path.join(docs, 'gaps'), { recursive: true });
  cpSync(path.join(FIXTURES, 'designs', 'partial'), path.join(docs, 'partial'), { recursive: true });
  mkdirSync(path.join(docs, 'shared'));
  writeFileSync(path.join(docs, 'shared', 'glossary.md'), '# Glossary\n\n## Terms\n\nA short link is a code.\n');
  copy.edit('01-justification.md', 'Build a small, narrowly scoped', 'See [the terms](../shared/glossary.md#terms). Build a small, narrowly scoped');
  return { root, docs, copy };
}

/** Puts the mark on every report in the cache file. */
function markCache(root: string): void {
  const file = path.join(root, CACHE);
  const cache = JSON.parse(readFileSync(file, 'utf8')) as { designs: Record<string, { report: { title: string; findings: { message: string }[] } }> };
  for (const entry of Object.values(cache.designs)) {
    entry.report.title = MARK + entry.report.title;
    for (const finding of entry.report.findings) finding.message = MARK + finding.message;
  }
  writeFileSync(file, JSON.stringify(cache));
}

interface Compared {
  /** Paths of the designs whose report came from the cache. */
  reused: string[];
}

/** Runs with --cache and without, and asserts they agree once the marks are off. */
async function compare(root: string, ...argv: string[]): Promise<Compared> {
  const cached = await run(root, ...argv, '--cache', '--format', 'json');
  const fresh = await run(root, ...argv, '--format', 'json');
  assert.equal(cached.err, '');
  const report = JSON.parse(cached.out) as { designs: { path: string; title: string }[] };
  const reused = report.designs.filter((design) => design.title.startsWith(MARK)).map((design) => design.path);
  assert.equal(cached.out.split(MARK).join(''), fresh.out, 'the cached run prints what an uncached run prints');
  assert.equal(cached.code, fresh.code);
  // The text format too, since it is what most people read.
  assert.equal((await run(root, ...argv, '--cache')).out.split(MARK).join(''), (await run(root, ...argv)).out);
  return { reused };
}

/** A run that fills the cache, then the mark on every stored report. */
async function primed(root: string, ...argv: string[]): Promise<void> {
  const first = await run(root, ...argv, '--cache');
  assert.equal(first.err, '');
  markCache(root);
}

const ALL = ['docs/gaps', 'docs/partial', 'docs/url-shortener'];

describe('design-check --cache', () => {
  it('reuses every report when nothing changed', async () => {
    const { root } = workspace();
    await primed(root, 'docs');
    assert.deepEqual((await compare(root, 'docs')).reused, ALL);
    assert.ok(existsSync(path.join(root, CACHE)), 'the default location is .design-check-cache in the working folder');
  });

  it('checks a design again whole when one of its files changes', async () => {
    const { root, copy } = workspace();
    await primed(root, 'docs');
    copy.edit('05-data-flow.md', '- **Idempotency keys** expire 24 hours after creation.', '- **Idempotency keys** expire after TBD hours.');
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/gaps', 'docs/partial']);
  });

  it('when a file is added to a design', async () => {
    const { root, docs } = workspace();
    await primed(root, 'docs');
    writeFileSync(path.join(docs, 'partial', '03-scale.md'), readFileSync(path.join(docs, 'gaps', '03-scale.md')));
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/gaps', 'docs/url-shortener']);
  });

  it('when a Markdown file that is not a step file is added (it may become one) or changes', async () => {
    const { root, docs } = workspace();
    await primed(root, 'docs');
    writeFileSync(path.join(docs, 'gaps', 'notes.md'), '# Notes\n');
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/partial', 'docs/url-shortener']);
    markCache(root);
    writeFileSync(path.join(docs, 'gaps', 'notes.md'), '---\ndesign-step: 3\n---\n# Notes\n');
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/partial', 'docs/url-shortener']);
  });

  it('when a file is deleted', async () => {
    const { root, docs } = workspace();
    await primed(root, 'docs');
    rmSync(path.join(docs, 'gaps', '04-interfaces.md'));
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/partial', 'docs/url-shortener']);
  });

  it('when a file is renamed, within its design or into another', async () => {
    const { root, docs } = workspace();
    await primed(root, 'docs');
    renameSync(path.join(docs, 'gaps', '03-scale.md'), path.join(docs, 'gaps', '03-estimates.md'));
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/partial', 'docs/url-shortener']);
    markCache(root);
    renameSync(path.join(docs, 'gaps', '03-estimates.md'), path.join(docs, 'partial', '03-scale.md'));
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/url-shortener']);
  });

  it('when a whole design folder is renamed', async () => {
    const { root, docs } = workspace();
    await primed(root, 'docs');
    renameSync(path.join(docs, 'partial'), path.join(docs, 'fan-out'));
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/gaps', 'docs/url-shortener']);
  });

  it('when a file outside the design that it links to is deleted, renamed back, or a folder appears in its way', async () => {
    const { root, docs } = workspace();
    await primed(root, 'docs');
    renameSync(path.join(docs, 'shared', 'glossary.md'), path.join(docs, 'shared', 'terms.md'));
    const broken = await run(root, 'docs');
    assert.match(broken.out, /^docs\/url-shortener\/01-justification\.md:31:5 warning broken-link The link points to "\.\.\/shared\/glossary\.md", which does not exist\./m);
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/gaps', 'docs/partial']);
    markCache(root);
    renameSync(path.join(docs, 'shared', 'terms.md'), path.join(docs, 'shared', 'glossary.md'));
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/gaps', 'docs/partial']);
    markCache(root);
    // A file added next to the linked one changes the names a suggestion is picked from.
    writeFileSync(path.join(docs, 'shared', 'glossary-old.md'), '# Old\n');
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/gaps', 'docs/partial']);
    markCache(root);
    // Files added elsewhere do not concern it.
    writeFileSync(path.join(root, 'README.md'), '# Readme\n');
    mkdirSync(path.join(docs, 'other'));
    assert.deepEqual((await compare(root, 'docs')).reused, ALL);
  });

  it('when the rule levels change, or the files named', async () => {
    const { root } = workspace();
    await primed(root, 'docs');
    assert.deepEqual((await compare(root, 'docs', '--rule', 'placeholder-text=off')).reused, []);
    markCache(root);
    assert.deepEqual((await compare(root, 'docs', '--rule', 'placeholder-text=off')).reused, ALL);
    markCache(root);
    // A named file is checked with its design but reported alone; the design's report is the same.
    assert.deepEqual((await compare(root, 'docs/gaps/03-scale.md', '--rule', 'placeholder-text=off')).reused, []);
    markCache(root);
    assert.deepEqual((await compare(root, 'docs/gaps/03-scale.md', '--rule', 'placeholder-text=off')).reused, ['docs/gaps']);
  });

  it('keeps the entries of designs outside the paths of a run', async () => {
    const { root } = workspace();
    await primed(root, 'docs');
    assert.deepEqual((await compare(root, 'docs/gaps')).reused, ['docs/gaps']);
    markCache(root);
    assert.deepEqual((await compare(root, 'docs')).reused, ALL);
  });

  it('writes where --cache-location says, atomically, leaving no temporary file', async () => {
    const { root } = workspace();
    const first = await run(root, 'docs', '--cache-location', 'cache/design-check.json');
    assert.equal(first.err, '');
    assert.deepEqual(readdirSync(path.join(root, 'cache')), ['design-check.json']);
    assert.ok(!existsSync(path.join(root, CACHE)));
    const again = await run(root, 'docs', '--cache-location=cache/design-check.json');
    assert.deepEqual(again, first);
  });
});

describe('design-check --cache: a cache it cannot use is set aside with a note, never a crash', () => {
  const damaged: [string, string][] = [
    ['not JSON', '{"format": "design-check-cache", "ver'],
    ['JSON of another shape', '[1, 2, 3]'],
    ['an entry of the wrong shape', JSON.stringify({ format: 'design-check-cache', version: 1, tool: 'x', designs: { '/a': { key: 1, deps: {}, report: {} } } })],
    ['a report of the wrong shape', JSON.stringify({ format: 'design-check-cache', version: 1, tool: 'x', designs: { '/a': { key: 'k', deps: {}, report: { folder: '/a', title: 't', complete: true, steps: [], findings: [{ rule: 'x' }] } } } })],
    ['binary', '\u0000\u0001\u00ff'],
  ];
  for (const [title, text] of damaged) {
    it(title, async () => {
      const { root } = workspace();
      const fresh = await run(root, 'docs');
      writeFileSync(path.join(root, CACHE), text);
      const result = await run(root, 'docs', '--cache');
      assert.equal(result.out, fresh.out);
      assert.equal(result.code, fresh.code);
      assert.match(result.err, /^design-check: .*\.design-check-cache is not a design-check cache \(or is damaged\); checking without it, and writing a new one\n$/);
      // Replaced by a good one.
      assert.deepEqual(await run(root, 'docs', '--cache'), fresh);
    });
  }

  it('when a configuration above the designs is added, changed, or changes a file it extends', async () => {
    const { root, docs } = workspace();
    await primed(root, 'docs');
    writeFileSync(path.join(docs, '.design-docs.yaml'), 'rules:\n  missing-artifact: info\n');
    assert.deepEqual((await compare(root, 'docs')).reused, []);
    markCache(root);
    writeFileSync(path.join(docs, 'partial', '.design-docs.yaml'), 'extends: ../org.yaml\n');
    writeFileSync(path.join(docs, 'org.yaml'), 'statuses:\n  reviewers: 3\n');
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/gaps', 'docs/url-shortener']);
    markCache(root);
    writeFileSync(path.join(docs, 'org.yaml'), 'statuses:\n  reviewers: 1\n');
    assert.deepEqual((await compare(root, 'docs')).reused, ['docs/gaps', 'docs/url-shortener']);
  });

  it('a cache from another version of the tool is started afresh, quietly', async () => {
    const { root } = workspace();
    await primed(root, 'docs');
    const file = path.join(root, CACHE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"tool":"[^"]*"/, '"tool":"0.0.1+other"'));
    assert.deepEqual((await compare(root, 'docs')).reused, []);
  });

  it('a folder where the cache file should be: a note when reading and when writing, the results unchanged', async () => {
    const { root } = workspace();
    const fresh = await run(root, 'docs');
    mkdirSync(path.join(root, CACHE));
    const result = await run(root, 'docs', '--cache');
    assert.equal(result.out, fresh.out);
    assert.equal(result.code, fresh.code);
    const notes = result.err.trimEnd().split('\n');
    assert.equal(notes.length, 2, result.err);
    assert.match(notes[0] ?? '', /^design-check: cannot read the cache .*\.design-check-cache \(EISDIR\); checking without it$/);
    assert.match(notes[1] ?? '', /^design-check: cannot write the cache .*\.design-check-cache \(EISDIR\); the results are not affected$/);
    assert.deepEqual(readdirSync(root).sort(), [CACHE, 'docs']);
  });

  it('a cache in a folder it may not write to', { skip: process.getuid?.() === 0 ? 'root may write anywhere' : false }, async () => {
    const { root } = workspace();
    const fresh = await run(root, 'docs');
    const locked = path.join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      const result = await run(root, 'docs', '--cache-location', 'locked/cache');
      assert.equal(result.out, fresh.out);
      assert.match(result.err, /cannot write the cache .*\(EACCES\)/);
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});
