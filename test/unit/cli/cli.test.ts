/**
 * design-check from a terminal: usage errors, bad files and options, through runCli with a fake
 * io (and once through the real entry point, to see the process's exit code and stderr).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { checkDesign, discoverDesigns, type DesignFileSystem } from '../../../src/core';
import { nodeFileSystem } from '../../../src/cli/node-file-system';
import { DesignCopy, REPO, tempDir } from '../helpers';
import { run, type Run } from './run-support';

/** A workspace with the example design at docs/url-shortener. */
function workspace(): { root: string; copy: DesignCopy } {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs'));
  return { root, copy: new DesignCopy(path.join(root, 'docs', 'url-shortener')) };
}

/** Lines of text output that report findings (everything but the summary line). */
function findingLines(out: string): string[] {
  return out.trimEnd().split('\n').slice(0, -1);
}

function assertUsageError(result: Run, mentions: RegExp): void {
  assert.equal(result.code, 2);
  assert.equal(result.out, '');
  const lines = result.err.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got: ${result.err}`);
  assert.match(lines[0] ?? '', /^design-check: /);
  assert.match(lines[0] ?? '', mentions);
  assert.doesNotMatch(result.err, /\n\s+at |Error:/, 'no stack trace');
}

describe('design-check: the example', () => {
  it('exits 0 for `examples`, as `node dist/cli.js examples` does', async () => {
    assert.deepEqual(await run(REPO, 'examples'), { code: 0, out: '2 designs checked: 2 complete.\n', err: '' });
  });

  it('checks the current folder when given no path', async () => {
    const { root } = workspace();
    assert.deepEqual(await run(root), { code: 0, out: '1 design checked: 1 complete.\n', err: '' });
  });

  it('says so when there is no design', async () => {
    const result = await run(tempDir());
    assert.equal(result.code, 0);
    assert.match(result.out, /^No design found/);
  });

  it('prints usage for --help and the version for --version', async () => {
    const help = await run(REPO, '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: design-check/);
    const version = await run(REPO, '--version');
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(version, { code: 0, out: `${pkg.version}\n`, err: '' });
  });
});

describe('design-check: usage errors exit 2 with one line on stderr', () => {
  const cases: [string, string[], RegExp][] = [
    ['a path that does not exist', ['docs/nope'], /docs\/nope: no such file or folder/],
    ['an unknown option', ['--bogus'], /unknown option --bogus/],
    ['an unknown rule', ['--rule', 'no-such-rule=off'], /unknown rule "no-such-rule"/],
    ['a bad rule level', ['--rule', 'placeholder-text=loud'], /--rule placeholder-text must be one of off, info, warning, error/],
    ['a rule without a level', ['--rule', 'placeholder-text'], /--rule takes <id>=<level>/],
    ['a bad format', ['--format', 'xml'], /--format must be one of text, json, sarif, github, not "xml"/],
    ['a format with no value', ['--format'], /--format needs a value/],
    ['a bad --fail-on', ['--fail-on', 'sometimes'], /--fail-on must be one of/],
  ];
  for (const [title, argv, mentions] of cases) {
    it(title, async () => {
      const { root } = workspace();
      assertUsageError(await run(root, ...argv), mentions);
    });
  }

  it('from the real entry point too, with no stack trace', () => {
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    const result = spawnSync(process.execPath, ['--import', tsx, path.join(REPO, 'src', 'cli', 'cli.ts'), 'no/such/folder'], {
      cwd: tempDir(),
      encoding: 'utf8',
    });
    assertUsageError({ code: result.status ?? -1, out: result.stdout, err: result.stderr }, /no\/such\/folder: no such file or folder/);
  });
});

describe('design-check: bad files', () => {
  it('reports a binary .md step file as unreadable-file and exits 1', async () => {
    const { root, copy } = workspace();
    copy.write('08-appendix.md', Buffer.concat([Buffer.from('---\ndesign-step: 7\n---\n'), Buffer.from([0, 0xff, 0xfe, 0, 7])]));
    const result = await run(root, 'docs');
    assert.equal(result.code, 1);
    assert.deepEqual(findingLines(result.out).map((line) => line.replace(/ The file.*$/, '')), [
      'docs/url-shortener/08-appendix.md:1:1 error unreadable-file',
    ]);
    assert.match(result.out, /not text/);
  });

  it('reports a binary .md named on the command line even outside a design', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'scan.md'), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]));
    const result = await run(root, 'scan.md');
    assert.equal(result.code, 1);
    assert.match(result.out, /^scan\.md:1:1 error unreadable-file /m);
  });

  it('reports a 5 MB step file as too large, without reading it as Markdown', async () => {
    const { root, copy } = workspace();
    const row = '| 2025-03-02T18:40:12Z | spring-sale | PT | mobile | instagram.com |\n';
    const dump = row.repeat(Math.ceil((5 * 1024 * 1024) / row.length));
    copy.write('08-click-dump.md', `---\ndesign-step: 5\n---\n# Click sample\n\n| ts | code | country | device | referrer |\n| --- | --- | --- | --- | --- |\n${dump}`);
    const started = Date.now();
    const result = await run(root, 'docs');
    assert.ok(Date.now() - started < 5000, 'a large file is refused, not parsed');
    assert.equal(result.code, 1);
    const [line] = findingLines(result.out);
    assert.match(line ?? '', /^docs\/url-shortener\/08-click-dump\.md:1:1 error unreadable-file The file is 5\.\d MB, more than the 2 MB/);
    assert.equal(findingLines(result.out).length, 1);
  });

  // A file or folder it may not read for real (chmod 000, as `nobody` when root): cli-hostile.test.ts.
  it('reports a step file whose read fails (simulated permission error)', async () => {
    const copy = new DesignCopy();
    const denied = copy.path('03-scale.md');
    const fs: DesignFileSystem = {
      ...nodeFileSystem,
      async readFile(file) {
        if (file === denied) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
        return nodeFileSystem.readFile(file);
      },
    };
    const discovery = await discoverDesigns(fs, [copy.dir]);
    assert.deepEqual(discovery.errors, []);
    const findings = discovery.designs.flatMap((design) => checkDesign(design).findings);
    // The file cannot be read, so step 3 is also missing from the design.
    assert.deepEqual(
      findings.map((f) => [f.rule, path.basename(f.file), f.range.start.line + 1]),
      [
        ['missing-step', '01-justification.md', 3],
        ['unreadable-file', '03-scale.md', 1],
      ],
    );
    assert.match(findings[1]?.message ?? '', /cannot be read \(EACCES\)/);
  });

  it('reports two files claiming one step as duplicate-step, an error', async () => {
    const { root, copy } = workspace();
    copy.write('03-scale-old.md', copy.read('03-scale.md'));
    const result = await run(root, 'docs', '--fail-on', 'error');
    assert.equal(result.code, 1);
    assert.deepEqual(findingLines(result.out).map((line) => line.split(' ').slice(0, 3).join(' ')), [
      'docs/url-shortener/03-scale.md:3:14 error duplicate-step',
    ]);
    assert.match(result.out, /already held by .*03-scale-old\.md/);
  });
});

describe('design-check: rule levels and --fail-on', () => {
  function withPlaceholders(): string {
    const { root, copy } = workspace();
    copy.edit('01-justification.md', 'Build a small, narrowly scoped', 'TODO: confirm the budget. Build a small, narrowly scoped');
    copy.edit('05-data-flow.md', '- **Idempotency keys** expire 24 hours after creation.', '- **Idempotency keys** expire after TBD hours.');
    return root;
  }

  it('reports placeholders as warnings and exits 1 by default', async () => {
    const result = await run(withPlaceholders());
    assert.equal(result.code, 1);
    assert.deepEqual(findingLines(result.out).map((line) => line.split(' ').slice(0, 3).join(' ')), [
      'docs/url-shortener/01-justification.md:31:1 warning placeholder-text',
      'docs/url-shortener/05-data-flow.md:67:37 warning placeholder-text',
    ]);
    assert.match(result.out, /0 complete; 2 warnings\.\n$/);
  });

  it('--rule placeholder-text=off removes those findings', async () => {
    assert.deepEqual(await run(withPlaceholders(), '--rule', 'placeholder-text=off'), { code: 0, out: '1 design checked: 1 complete.\n', err: '' });
  });

  it('--rule=placeholder-text=info keeps them as info, which does not fail the check', async () => {
    const result = await run(withPlaceholders(), '--rule=placeholder-text=info');
    assert.equal(result.code, 0);
    assert.equal(findingLines(result.out).filter((line) => / info placeholder-text /.test(line)).length, 2);
  });

  it('--fail-on error exits 0 when only warnings remain', async () => {
    const result = await run(withPlaceholders(), '--fail-on', 'error');
    assert.equal(result.code, 0);
    assert.equal(findingLines(result.out).length, 2);
  });

  it('--rule can raise a warning to an error, and --fail-on never always exits 0', async () => {
    const root = withPlaceholders();
    assert.equal((await run(root, '--rule', 'placeholder-text=error', '--fail-on', 'error')).code, 1);
    assert.equal((await run(root, '--rule', 'placeholder-text=error', '--fail-on', 'never')).code, 0);
  });

  it('a file named on the command line reports only its own findings', async () => {
    const root = withPlaceholders();
    const result = await run(root, 'docs/url-shortener/05-data-flow.md');
    assert.equal(result.code, 1);
    assert.deepEqual(findingLines(result.out).map((line) => line.split(' ')[0]), ['docs/url-shortener/05-data-flow.md:67:37']);
  });
});
