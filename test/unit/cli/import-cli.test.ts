/**
 * `design-check import <file>` from a terminal: it prints the placement, writes the design, never
 * replaces a file without --force, and a file named for checking that is no design says to import it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../helpers';
import { run } from './run-support';

const PROPOSAL = [
  '# Parcel lockers',
  '',
  '## Motivation',
  '',
  'Couriers miss deliveries. ![the map](img/map.png)',
  '',
  '## Use cases',
  '',
  '- **Courier** drops a parcel',
  '',
  '## Test plan',
  '',
  'Soak tests.',
  '',
].join('\n');

function workspace(): string {
  const root = tempDir();
  mkdirSync(path.join(root, 'docs'));
  writeFileSync(path.join(root, 'docs', 'lockers.md'), PROPOSAL);
  return root;
}

describe('design-check import', () => {
  it('prints where each section goes and writes a one-file design beside the document', async () => {
    const root = workspace();
    const result = await run(root, 'import', 'docs/lockers.md');
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /^Placement of docs\/lockers\.md:$/m);
    assert.match(result.out, /Motivation {2}→ {2}step 1 Problem statement: the heading is another name for Problem statement$/m);
    assert.match(result.out, /Test plan {2}→ {2}step 2, unplaced/);
    assert.match(result.out, /Wrote:\n {2}docs\/lockers\.design\.md \(steps 1, 2\)/);
    assert.match(result.out, /1 section could not be placed/);
    const written = readFileSync(path.join(root, 'docs', 'lockers.design.md'), 'utf8');
    assert.match(written, /^design-steps: \[1, 2\]$/m);
    assert.match(written, /<!-- design-docs: unplaced -->\n\n## Test plan/);
    assert.equal(readFileSync(path.join(root, 'docs', 'lockers.md'), 'utf8'), PROPOSAL, 'the document itself is left alone');
  });

  it('writes one file per step into a folder, links rebased', async () => {
    const root = workspace();
    const result = await run(root, 'import', 'docs/lockers.md', '--layout', 'per-step', '--out', 'design/lockers');
    assert.equal(result.code, 0, result.err);
    assert.deepEqual(readdirSync(path.join(root, 'design', 'lockers')).sort(), ['01-justification.md', '02-requirements.md']);
    const justification = readFileSync(path.join(root, 'design', 'lockers', '01-justification.md'), 'utf8');
    assert.match(justification, /^design-step: 1$/m);
    assert.match(justification, /!\[the map\]\(\.\.\/\.\.\/docs\/img\/map\.png\)/);
  });

  it('never replaces a file without --force: exit 2, a clear message, nothing written', async () => {
    const root = workspace();
    const existing = path.join(root, 'docs', 'lockers.design.md');
    writeFileSync(existing, 'my own notes\n');
    const refused = await run(root, 'import', 'docs/lockers.md');
    assert.equal(refused.code, 2);
    assert.match(refused.err, /docs\/lockers\.design\.md already exists; pass --force to replace it, or choose another path with --out/);
    assert.match(refused.err, /nothing was written/);
    assert.equal(readFileSync(existing, 'utf8'), 'my own notes\n');

    const forced = await run(root, 'import', 'docs/lockers.md', '--force');
    assert.equal(forced.code, 0, forced.err);
    assert.match(readFileSync(existing, 'utf8'), /^# Validate the need$/m);
  });

  it('refuses the per-step files one by one, before writing any', async () => {
    const root = workspace();
    mkdirSync(path.join(root, 'docs', 'lockers'));
    writeFileSync(path.join(root, 'docs', 'lockers', '02-requirements.md'), 'kept\n');
    const result = await run(root, 'import', 'docs/lockers.md', '--layout', 'per-step');
    assert.equal(result.code, 2);
    assert.match(result.err, /docs\/lockers\/02-requirements\.md already exists/);
    assert.deepEqual(readdirSync(path.join(root, 'docs', 'lockers')), ['02-requirements.md']);
  });

  it('converts the document in place only with --force', async () => {
    const root = workspace();
    const refused = await run(root, 'import', 'docs/lockers.md', '--out', 'docs/lockers.md');
    assert.equal(refused.code, 2);
    const forced = await run(root, 'import', 'docs/lockers.md', '--out', 'docs/lockers.md', '--force');
    assert.equal(forced.code, 0, forced.err);
    assert.match(readFileSync(path.join(root, 'docs', 'lockers.md'), 'utf8'), /^design: Parcel lockers$/m);
  });

  it('writes nothing with --dry-run', async () => {
    const root = workspace();
    const result = await run(root, 'import', 'docs/lockers.md', '--dry-run');
    assert.equal(result.code, 0);
    assert.match(result.out, /Would write \(nothing written, --dry-run\):\n {2}docs\/lockers\.design\.md/);
    assert.equal(existsSync(path.join(root, 'docs', 'lockers.design.md')), false);
  });

  const usage: [string, string[], RegExp][] = [
    ['no file', [], /import needs the Markdown file to import/],
    ['two files', ['a.md', 'b.md'], /import takes one file at a time/],
    ['a file that does not exist', ['docs/nope.md'], /docs\/nope\.md: no such file/],
    ['a folder', ['docs'], /docs is not a file/],
    ['a bad layout', ['docs/lockers.md', '--layout', 'zip'], /--layout must be one-file or per-step/],
    ['an unknown option', ['docs/lockers.md', '--bogus'], /unknown option --bogus/],
    ['a file for --out with per-step', ['docs/lockers.md', '--layout', 'per-step', '--out', 'x.md'], /writes one file per step into a folder/],
  ];
  for (const [title, argv, message] of usage) {
    it(`exits 2 on ${title}`, async () => {
      const result = await run(workspace(), 'import', ...argv);
      assert.equal(result.code, 2);
      assert.equal(result.out, '');
      assert.match(result.err, message);
    });
  }

  it('exits 2 on a document that is a step file already', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'docs', 'step.md'), '---\ndesign-step: 1\n---\n# Validate the need\n');
    const result = await run(root, 'import', 'docs/step.md');
    assert.equal(result.code, 2);
    assert.match(result.err, /is a step file of a design already/);
    writeFileSync(path.join(root, 'docs', 'design.md'), '---\ndesign-steps: all\n---\n# Validate the need\n');
    const again = await run(root, 'import', 'docs/design.md');
    assert.equal(again.code, 2);
    assert.match(again.err, /is a one-file design already/);
  });

  it('exits 2 on a document with nothing but front matter', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'docs', 'empty.md'), '---\ntitle: Empty\n---\n');
    const result = await run(root, 'import', 'docs/empty.md');
    assert.equal(result.code, 2);
    assert.match(result.err, /holds no text to import/);
    assert.deepEqual(readdirSync(path.join(root, 'docs')).sort(), ['empty.md', 'lockers.md']);
  });
});

describe('design-check <file> on a document that is not a design', () => {
  it('exits 2 and names design-check import, instead of passing with "No design found"', async () => {
    // Before import existed this printed "No design found" and exited 0, so a CI gate on the
    // file passed although nothing was checked.
    const root = workspace();
    const result = await run(root, 'docs/lockers.md');
    assert.equal(result.code, 2);
    assert.equal(result.out, '');
    assert.match(result.err, /^design-check: docs\/lockers\.md is not part of a design .*design-check import docs\/lockers\.md\n$/);
  });

  it('still says "No design found" with exit 0 for a folder without designs', async () => {
    const root = workspace();
    const result = await run(root, 'docs');
    assert.equal(result.code, 0);
    assert.match(result.out, /^No design found/);
  });
});
