/**
 * The parser on LF, CRLF and BOM files: the same findings at the same places, and offsets that
 * point into the original text (so edits and diagnostics land where they should).
 */
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LineIndex, parseStepDoc } from '../../../src/core';
import { checkPaths, DesignCopy, EXAMPLE, FIXTURES, STEP_FILES, tempDir, type Located } from '../helpers';

interface Variant {
  name: string;
  convert(text: string): string;
}

const LF: Variant = { name: 'LF', convert: (text) => text };
const VARIANTS: Variant[] = [
  LF,
  { name: 'CRLF', convert: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'BOM', convert: (text) => `\uFEFF${text}` },
  { name: 'BOM + CRLF', convert: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}` },
];

/** Copies a design folder, converting every Markdown file. */
function convertedCopy(from: string, variant: Variant): string {
  const dir = path.join(tempDir(), path.basename(from));
  cpSync(from, dir, { recursive: true });
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
    const file = path.join(dir, name);
    writeFileSync(file, variant.convert(readFileSync(file, 'utf8')));
  }
  return dir;
}

function shape(findings: Located[]) {
  return findings.map((f) => ({
    rule: f.rule,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.finding.range.end.line + 1,
    endColumn: f.finding.range.end.column + 1,
    message: f.finding.message,
    severity: f.finding.severity,
    fix: f.finding.fix?.title,
  }));
}

/** A design with findings of many kinds: the half-written fixture, and the example with a few edits. */
function designsWithFindings(): string[] {
  const edited = new DesignCopy();
  edited.edit('01-justification.md', 'Build a small, narrowly scoped', 'TODO: confirm the budget. Build a small, narrowly scoped');
  edited.edit('02-requirements.md', '| Shorten a link | p99 < 200 ms | Includes the malware and phishing lookup; p50 < 60 ms |', '| Shorten a link | fast | |');
  edited.edit('05-data-flow.md', '## Data lifecycle', '## Lifespan');
  edited.edit('03-scale.md', '| List links | Read | 3.5 | 35 |', '| Browse links | Read | — | — |');
  edited.change('06-components.md', (text) => `${text}- **Abuse scanner** — rescans destinations daily.\n`);
  return [path.join(FIXTURES, 'designs', 'team-wiki-search'), edited.dir];
}

describe('line endings and byte order marks', () => {
  for (const source of designsWithFindings()) {
    it(`give the same findings in ${path.basename(source)}`, async () => {
      const baseline = shape((await checkPaths([convertedCopy(source, LF)])).findings);
      assert.ok(baseline.length >= 5, 'the design should have findings to compare');
      for (const variant of VARIANTS.slice(1)) {
        const findings = shape((await checkPaths([convertedCopy(source, variant)])).findings);
        const bom = variant.name.startsWith('BOM');
        // A BOM is one UTF-16 unit on line 1: only columns there may move, by exactly one.
        const expected = baseline.map((f) => ({
          ...f,
          column: bom && f.line === 1 ? f.column + 1 : f.column,
          endColumn: bom && f.endLine === 1 ? f.endColumn + 1 : f.endColumn,
        }));
        assert.deepEqual(findings, expected, variant.name);
      }
    });
  }

  it('give no findings for the example design in any variant', async () => {
    for (const variant of VARIANTS) {
      const { findings, reports } = await checkPaths([convertedCopy(EXAMPLE, variant)]);
      assert.deepEqual(shape(findings), [], variant.name);
      assert.equal(reports[0]?.complete, true, variant.name);
    }
  });

  it('report unclosed front matter at line 1 with or without a BOM', async () => {
    for (const variant of VARIANTS) {
      const copy = new DesignCopy();
      copy.change('03-scale.md', (text) => variant.convert(text.replace('reviewers: [li, marco]\n---\n', 'reviewers: [li, marco]\n\n')));
      const problems = (await copy.check()).filter((f) => f.rule === 'invalid-front-matter');
      assert.deepEqual(problems.map((f) => [f.file, f.line]), [['03-scale.md', 1]], variant.name);
    }
  });
});

describe('offsets', () => {
  for (const variant of VARIANTS) {
    it(`point into the original ${variant.name} text`, () => {
      for (const name of STEP_FILES) {
        const text = variant.convert(readFileSync(path.join(EXAMPLE, name), 'utf8'));
        const doc = parseStepDoc(text);
        assert.equal(doc.hasBom, variant.name.startsWith('BOM'));
        assert.equal(doc.eol, variant.name.includes('CRLF') ? '\r\n' : '\n');
        assert.ok(doc.sections.length >= 2, name);
        for (const section of doc.sections) {
          const whole = text.slice(section.range.start, section.range.end);
          assert.ok(whole.startsWith('## '), `${name}: "${whole.slice(0, 20)}"`);
          assert.equal(text.slice(section.headingRange.start, section.headingRange.end), `## ${section.heading}`);
          // A section ends where the next heading starts, or at the end of the file.
          const rest = text.slice(section.range.end);
          assert.ok(rest === '' || /^##? /.test(rest), `${name}: section "${section.heading}" ends before "${rest.slice(0, 12)}"`);
          // Its line starts at the heading: nothing but the line break before it.
          assert.ok(section.range.start === 0 || text[section.range.start - 1] === '\n');
        }
        assert.equal(text.slice(doc.title?.range.start, doc.title?.range.end), `# ${doc.title?.text}`);
        const step = doc.fieldRanges['design-step'];
        assert.ok(step);
        assert.equal(text.slice(step.start, step.end), String(doc.step));
        assert.equal(doc.step, STEP_FILES.indexOf(name) + 1);
      }
    });
  }

  it('map finding ranges back to the exact text they underline', async () => {
    for (const variant of VARIANTS) {
      const copy = new DesignCopy();
      copy.change('01-justification.md', (text) =>
        variant.convert(text.replace('Build a small, narrowly scoped', 'Build (TBD: which team) a small, narrowly scoped')),
      );
      const [finding] = await copy.check();
      assert.equal(finding?.rule, 'placeholder-text', variant.name);
      const text = copy.read('01-justification.md');
      const lines = new LineIndex(text);
      const start = lines.lineStart(finding.finding.range.start.line) + finding.finding.range.start.column;
      const end = lines.lineStart(finding.finding.range.end.line) + finding.finding.range.end.column;
      assert.equal(text.slice(start, end), 'TBD', variant.name);
    }
  });

  it('keep headings of a CRLF file free of the carriage return', () => {
    const doc = parseStepDoc('---\r\ndesign-step: 6\r\n---\r\n# Components\r\n\r\n## Component diagram\r\n\r\n![x](x.png)\r\n');
    assert.deepEqual(
      doc.sections.map((section) => [section.heading, section.artifact?.id]),
      [['Component diagram', 'component-diagram']],
    );
  });
});
