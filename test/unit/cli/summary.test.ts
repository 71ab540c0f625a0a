/** `--summary <file>`: a Markdown completeness table per design, appended (as `$GITHUB_STEP_SUMMARY` wants). */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { text } from '../../../src/cli/summary-markdown';
import { FIXTURES, REPO, tempDir } from '../helpers';
import { run } from './run-support';

function workspace(): string {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs'));
  for (const name of ['gaps', 'partial']) cpSync(path.join(FIXTURES, 'designs', name), path.join(root, 'docs', name), { recursive: true });
  return root;
}

const GAPS_TABLE = `### URL shortener \\(with gaps\\) (docs\\/gaps): not complete

| Step | Status | Complete | Artifacts written | Errors | Warnings | Info |
| --- | --- | :---: | ---: | ---: | ---: | ---: |
| 1\\. Validate the need \\(01\\-justification\\.md\\) | approved | ✅ | 3/3 | 0 | 0 | 0 |
| 2\\. Clarify requirements \\(02\\-requirements\\.md\\) | approved | ❌ | 5/6 | 0 | 4 | 0 |
| 3\\. Estimate scale \\(03\\-scale\\.md\\) | approved | ❌ | 2/2 | 0 | 2 | 0 |
| 4\\. Define interfaces and data models \\(04\\-interfaces\\.md\\) | approved | ✅ | 2/2 | 0 | 0 | 0 |
| 5\\. Define data flow and storage \\(05\\-data\\-flow\\.md\\) | approved | ✅ | 3/3 | 0 | 0 | 0 |
| 6\\. Define high\\-level components \\(06\\-components\\.md\\) | approved | ✅ | 3/3 | 0 | 0 | 0 |
| 7\\. Design individual components \\(07\\-component\\-design\\.md\\) | approved | ❌ | 5/5 | 0 | 1 | 0 |
| **Design** |  | ❌ | 23/24 | 0 | 7 | 0 |
`;

describe('design-check --summary', () => {
  it('appends a table per design: step, status, artifacts written of all, findings by severity', async () => {
    const root = workspace();
    const summary = path.join(root, 'summary.md');
    writeFileSync(summary, '# Earlier step\n\nKept.\n');
    const result = await run(root, 'docs', '--summary', 'summary.md');
    assert.equal(result.code, 1);
    assert.equal(result.err, '');
    const written = readFileSync(summary, 'utf8');
    assert.ok(written.startsWith('# Earlier step\n\nKept.\n## design-check\n\n2 designs checked\\: 0 complete\\; 17 warnings\\.\n\n'), written);
    assert.ok(written.includes(GAPS_TABLE), written);
    // Missing steps, and the missing-step findings counted for the design as a whole.
    assert.match(written, /\n\| 3\\\. Estimate scale \| missing \| ❌ \| 0\/2 \| 0 \| 0 \| 0 \|\n/);
    assert.match(written, /\n\| \*\*Design\*\* \| {2}\| ❌ \| 5\/24 \| 0 \| 10 \| 0 \|\n/);
    // The output itself is unchanged by --summary.
    assert.equal(result.out, (await run(root, 'docs')).out);
    // A second run appends again.
    await run(root, 'docs', '--summary', summary);
    assert.equal(readFileSync(summary, 'utf8'), written + written.slice('# Earlier step\n\nKept.\n'.length));
  });

  it('creates the file when there is none, and says when every design is complete', async () => {
    const root = tempDir();
    const result = await run(path.join(REPO, 'examples'), '.', '--summary', path.join(root, 'new', '..', 'summary.md'), '--format', 'github');
    assert.equal(result.code, 0);
    const written = readFileSync(path.join(root, 'summary.md'), 'utf8');
    // examples/ holds an arc42 design and a seven-step one, in that order
    assert.match(written, /^## design-check\n\n2 designs checked\\: 2 complete\\\.\n\n### Parcel lockers \(arc42\\-parcel\\-lockers\): complete\n/);
    // a missing optional artifact (arc42's quality tree) is not counted, as in the editor
    assert.match(written, /\n\| 10\\\. Quality requirements \\\(10\\_quality\\_requirements\\\.md\\\) \| approved \| ✅ \| 1\/1 \|/);
    assert.match(written, /\n### URL shortener \(url\\-shortener\): complete\n/);
    assert.match(written, /\n\| \*\*Design\*\* \| {2}\| ✅ \| 24\/24 \| 0 \| 0 \| 0 \|\n\n$/);
  });

  it('in a one-file design, counts for each step the findings of its own part, also from the cache', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'docs', 'one-file'), { recursive: true });
    const text = readFileSync(path.join(FIXTURES, 'designs', 'one-file', 'url-shortener.md'), 'utf8');
    writeFileSync(path.join(root, 'docs', 'one-file', 'url-shortener.md'), text.replace('## Stakeholders', '## Who is involved'));
    const tables: string[] = [];
    for (const cache of [[], ['--cache'], ['--cache']]) {
      await run(root, 'docs', '--summary', 'summary.md', ...cache);
      tables.push(readFileSync(path.join(root, 'summary.md'), 'utf8'));
      rmSync(path.join(root, 'summary.md'));
    }
    const [written] = tables;
    assert.ok(written);
    const warnings = written
      .split('\n')
      .filter((line) => /^\| \d\\\./.test(line))
      .map((line) => line.split(/(?<!\\)\|/)[6]?.trim());
    assert.deepEqual(warnings, ['0', '1', '0', '0', '0', '0', '0'], written);
    assert.match(written, /\n\| \*\*Design\*\* \| {2}\| ❌ \| 23\/24 \| 0 \| 1 \| 0 \|\n/);
    assert.deepEqual(tables, [written, written, written], 'the cached run writes the same table');
  });

  it('counts a section marked not applicable (with its reason) as written, and says how many are', async () => {
    const root = workspace();
    const file = path.join(root, 'docs', 'partial', '02-requirements.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Availability\n\nTODO', '## Availability\n\nN/A: best effort; a missed notification is sent with the next one.'));
    await run(root, 'docs/partial', '--summary', 'summary.md');
    const written = readFileSync(path.join(root, 'summary.md'), 'utf8');
    assert.match(written, /\n\| 2\\\. Clarify requirements \\\(02\\-requirements\\\.md\\\) \| draft \| ❌ \| 3\/6 \(1 N\/A\) \|/);
    assert.match(written, /\n\| \*\*Design\*\* \| {2}\| ❌ \| 6\/24 \(1 N\/A\) \|/);
  });

  it('keeps the title and paths inert: no table cell, link or markup can come from them', async () => {
    const root = workspace();
    const file = path.join(root, 'docs', 'partial', '01-justification.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('design: Notification fan-out', 'design: "a | b <script>x</script> [l](http://e.x) *c*\\nd"'));
    await run(root, 'docs/partial', '--summary', 'summary.md');
    const written = readFileSync(path.join(root, 'summary.md'), 'utf8');
    assert.match(written, /\n### a \\\| b \\<script\\>x\\<\\\/script\\> \\\[l\\\]\\\(http\\:\\\/\\\/e\\\.x\\\) \\\*c\\\*\\\\nd \(docs\\\/partial\): not complete\n/);
    assert.equal(text('|<>[]()*_`#!\\~&'), '\\|\\<\\>\\[\\]\\(\\)\\*\\_\\`\\#\\!\\\\\\~\\&');
    for (const line of written.split('\n').filter((line) => line.startsWith('|'))) assert.equal(line.split(/(?<!\\)\|/).length, 9, line);
  });

  it('a summary it cannot write is an error (exit 2), after the output', async () => {
    const root = workspace();
    mkdirSync(path.join(root, 'summary.md'));
    const result = await run(root, 'docs', '--summary', 'summary.md');
    assert.equal(result.code, 2);
    assert.equal(result.out, (await run(root, 'docs')).out);
    assert.equal(result.err, 'design-check: cannot append the summary to summary.md (EISDIR).\n');
  });

  it('--summary, --changed-since and --cache do not go with --assemble', async () => {
    for (const flag of [['--summary', 's.md'], ['--changed-since', 'main'], ['--cache']]) {
      const result = await run(REPO, '--assemble', 'examples/url-shortener', ...flag);
      assert.equal(result.code, 2);
      assert.match(result.err, new RegExp(`--assemble does not check, so it takes no ${flag[0]}`));
    }
  });
});
