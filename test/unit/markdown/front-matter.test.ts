/**
 * Front matter a user gets wrong: each mistake is one invalid-front-matter finding on the line to
 * fix, and the rest of the file is still checked. The fixtures are step 1 of a small design, each
 * with one mistake in its front matter and one TODO left in its body.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseStepDoc } from '../../../src/core';
import { checkPaths, fixture, hits, lineOf, tempDir, type Hit } from '../helpers';

const FILE = '01-justification.md';

interface FrontMatterCase {
  fixture: string;
  title: string;
  /** The text on the line the finding must point at. */
  at: string;
  /** What the message must name, so the user knows what to change. */
  says: RegExp;
  /** Whether the file still holds step 1 (its body checked against step 1's artifacts). */
  holdsStep: boolean;
}

const CASES: FrontMatterCase[] = [
  { fixture: 'broken-yaml.md', title: 'broken YAML (an unclosed `[`)', at: 'reviewers: [ana, li', says: /not valid YAML/, holdsStep: true },
  { fixture: 'step-nine.md', title: '`design-step: 9`', at: 'design-step: 9', says: /`design-step` must be a whole number from 1 to 7, not `9`/, holdsStep: false },
  { fixture: 'step-three-word.md', title: '`design-step: three`', at: 'design-step: three', says: /`design-step` must be a whole number.*`three`/, holdsStep: false },
  { fixture: 'status-done.md', title: '`status: done`', at: 'status: done', says: /`status` must be one of draft, in-review, approved, not `done`/, holdsStep: true },
  { fixture: 'reviewers-object.md', title: 'reviewers as an object', at: '  ana: approved', says: /`reviewers` must list names/, holdsStep: true },
  { fixture: 'unclosed.md', title: 'front matter with no closing `---`', at: '---', says: /no closing `---`/, holdsStep: true },
];

type Variant = { name: string; convert(text: string): string; bom: boolean };
const VARIANTS: Variant[] = [
  { name: 'LF', convert: (text) => text, bom: false },
  { name: 'CRLF', convert: (text) => text.replace(/\n/g, '\r\n'), bom: false },
  { name: 'BOM + CRLF', convert: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`, bom: true },
];

/** Writes `text` as the only step file of a design and checks it, with missing-step off. */
async function checkAlone(text: string) {
  const dir = path.join(tempDir(), 'team-wiki-search');
  mkdirSync(dir);
  writeFileSync(path.join(dir, FILE), text);
  const { reports, findings } = await checkPaths([dir], { rules: { 'missing-step': 'off' } });
  assert.equal(reports.length, 1);
  return { report: reports[0]!, findings };
}

function firstLineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('front matter', () => {
  it('the valid fixture has only its TODO', async () => {
    const text = fixture('front-matter/valid.md');
    const { report, findings } = await checkAlone(text);
    assert.deepEqual(hits(findings), [{ rule: 'placeholder-text', file: FILE, line: lineOf(text, 'TODO: confirm') }]);
    assert.equal(report.steps[0]?.status, 'in-review');
  });

  for (const c of CASES) {
    for (const variant of VARIANTS) {
      it(`${c.title} (${variant.name}) is one finding on its line, and the body is still checked`, async () => {
        const source = fixture(`front-matter/${c.fixture}`);
        const { report, findings } = await checkAlone(variant.convert(source));
        const expected: Hit[] = [
          { rule: 'invalid-front-matter', file: FILE, line: firstLineOf(source, c.at) },
          { rule: 'placeholder-text', file: FILE, line: lineOf(source, 'TODO: confirm') },
        ];
        assert.deepEqual(hits(findings), expected);
        const problem = findings[0]!;
        assert.match(problem.finding.message, c.says);
        assert.equal(problem.finding.severity, 'error');
        // The range never starts on the closing `---` or inside the body.
        assert.ok(problem.line <= firstLineOf(source, '# Validate the need'));

        const step1 = report.steps[0]!;
        if (c.holdsStep) {
          assert.ok(step1.file?.endsWith(FILE), 'the file still holds step 1');
          assert.deepEqual(
            step1.artifacts.map((artifact) => artifact.state),
            ['present', 'present', 'present'],
          );
        } else {
          assert.equal(step1.status, 'missing');
        }
      });
    }
  }

  it('a step file whose front matter has a wrong step still counts as a step file of the design', async () => {
    const dir = path.join(tempDir(), 'team-wiki-search');
    mkdirSync(dir);
    writeFileSync(path.join(dir, FILE), fixture('front-matter/step-nine.md'));
    const { findings } = await checkPaths([dir]);
    // It holds no step, so all seven are missing, each reported at its design-step line.
    const missing = findings.filter((finding) => finding.rule === 'missing-step');
    assert.equal(missing.length, 7);
    assert.ok(missing.every((finding) => finding.line === 3));
  });

  it('broken YAML ignores status and reviewers but keeps the step', () => {
    const doc = parseStepDoc(fixture('front-matter/broken-yaml.md'));
    assert.equal(doc.isStepFile, true);
    assert.equal(doc.step, 1);
    assert.equal(doc.status, 'draft');
    assert.deepEqual(doc.reviewers, []);
    const range = doc.fieldRanges['design-step'];
    assert.ok(range);
    assert.equal(doc.text.slice(range.start, range.end), '1');
  });

  it('other mistakes in the same block are each reported', async () => {
    const text = fixture('front-matter/valid.md').replace('design-step: 1', 'design-step: 0').replace('status: in-review', 'status: shipped');
    const { findings } = await checkAlone(text);
    assert.deepEqual(
      findings.filter((finding) => finding.rule === 'invalid-front-matter').map((finding) => finding.line),
      [3, 4],
    );
  });

  it('a Markdown file without design-step is not a step file at all', async () => {
    const text = fixture('front-matter/valid.md').replace('design-step: 1\n', '');
    assert.equal(parseStepDoc(text).isStepFile, false);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.md'), text);
    const { reports } = await checkPaths([dir]);
    assert.deepEqual(reports, []);
  });
});
