/**
 * One-file designs: a file whose `design-steps` claims several steps, each a `#` heading with its
 * artifacts as `##` sections under it. Checked, fixed and edited like step files, every offset
 * landing in the right step's part of the one file.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { nodeFileSystem } from '../../../src/cli/node-file-system';
import { applyEdits, assembleDesign, checkDesign, discoverDesigns, formEdits, parseStepDoc, type Finding, type StepDoc } from '../../../src/core';
import { checkPaths, EXAMPLE, FIXTURES, fixture, replaceOnce, STEP_FILES, tempDir } from '../helpers';

const ONE_FILE = 'designs/one-file/url-shortener.md';
const original = fixture(ONE_FILE);

const VARIANTS = [
  { name: 'LF', convert: (text: string) => text },
  { name: 'CRLF', convert: (text: string) => text.replace(/\n/g, '\r\n') },
  { name: 'BOM', convert: (text: string) => `\uFEFF${text}` },
];

/** A design folder holding `text` as design.md (and any other files given). */
function designWith(text: string, others: Record<string, string> = {}): string {
  const dir = path.join(tempDir(), 'url-shortener');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'design.md'), text);
  for (const [name, content] of Object.entries(others)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function findingsOf(dir: string): Promise<Finding[]> {
  return (await checkPaths([dir])).findings.map((located) => located.finding);
}

function partOf(text: string, step: number): StepDoc {
  const part = parseStepDoc(text).parts?.find((view) => view.step === step);
  assert.ok(part, `no part for step ${step}`);
  return part;
}

function applyFix(text: string, finding: Finding | undefined): string {
  assert.ok(finding?.fix, 'the finding has a fix');
  return applyEdits(text, finding.fix.edits);
}

describe('one-file designs', () => {
  it('the example, converted into one file, checks as clean as the example and reports the same artifacts', async () => {
    const example = await checkPaths([EXAMPLE]);
    const oneFile = await checkPaths([path.join(FIXTURES, 'designs/one-file')]);
    assert.deepEqual(oneFile.findings.map((hit) => `${hit.rule} ${hit.line}`), []);
    const [exampleReport] = example.reports;
    const [report] = oneFile.reports;
    assert.ok(report && exampleReport);
    assert.equal(report.title, 'URL shortener (one file)');
    assert.equal(report.complete, true);
    assert.deepEqual(
      report.steps.map((step) => [step.step, path.basename(step.file ?? ''), step.artifacts.map((artifact) => `${artifact.id}:${artifact.state}`)]),
      exampleReport.steps.map((step) => [step.step, 'url-shortener.md', step.artifacts.map((artifact) => `${artifact.id}:${artifact.state}`)]),
    );
    // status and reviewers of the one file apply to every step it holds
    assert.deepEqual(new Set(report.steps.map((step) => `${step.status} ${step.reviewers.join(',')}`)), new Set(['in-review li,ana']));
  });

  for (const variant of VARIANTS) {
    it(`${variant.name}: each step's part starts at its heading (title, alias or numbered) and its sections keep file offsets`, async () => {
      const text = variant.convert(original);
      const doc = parseStepDoc(text);
      assert.equal(doc.isStepFile, true);
      assert.deepEqual(doc.parts?.map((part) => [part.step, part.title?.text]), [
        [1, 'Validate the need'],
        [2, 'Requirements'],
        [3, 'Step 3: Estimate scale'],
        [4, '4. API'],
        [5, 'Data flow and storage'],
        [6, 'High-level design'],
        [7, 'Detailed design'],
      ]);
      for (const part of doc.parts ?? []) {
        assert.ok(part.part);
        assert.match(text.slice(part.part.start, part.part.end), /^# /);
        for (const section of part.sections) {
          assert.equal(text.slice(section.headingRange.start, section.headingRange.end), `## ${section.heading}`);
          assert.ok(section.range.start >= part.part.start && section.range.end <= part.part.end);
        }
        assert.equal(part.sections.filter((section) => section.artifact).length, part.spec?.artifacts.length);
      }
      assert.deepEqual(await findingsOf(designWith(text)), []);
    });

    it(`${variant.name}: a missing section's quick fix inserts it inside its own step, not at the end of the file`, async () => {
      const eol = variant.name === 'CRLF' ? '\r\n' : '\n';
      const start = original.indexOf('## Stakeholders');
      const end = original.indexOf('# Step 3: Estimate scale');
      const text = variant.convert(original.slice(0, start) + original.slice(end));
      const finding = (await findingsOf(designWith(text))).find((candidate) => candidate.rule === 'missing-artifact');
      assert.equal(finding?.message.startsWith('Step 2 has no "## Stakeholders" section'), true);
      const fixed = applyFix(text, finding);
      const inserted = fixed.indexOf(`## Stakeholders${eol}`);
      const next = fixed.indexOf(`# Step 3: Estimate scale${eol}`);
      assert.ok(inserted > fixed.indexOf('## Security requirements') && inserted < next);
      assert.ok(partOf(fixed, 2).sections.some((section) => section.artifact?.id === 'stakeholders'));
      assert.equal(fixed.slice(next), text.slice(text.indexOf(`# Step 3: Estimate scale${eol}`)), 'the steps after it are untouched');
    });

    it(`${variant.name}: a form edit of one step touches only that step's bytes`, () => {
      const text = variant.convert(original);
      const part = partOf(text, 2);
      const edits = formEdits('design.md', part, { kind: 'text', artifactId: 'availability', part: 'body', value: 'Redirects: 99.99% a month.' });
      assert.ok(edits.length > 0);
      for (const edit of edits) {
        assert.equal(edit.kind, 'replace');
        if (edit.kind === 'replace') assert.ok(edit.offset >= (part.part?.start ?? 0) && edit.offset + edit.length <= (part.part?.end ?? 0));
      }
      const after = applyEdits(text, edits);
      assert.ok(after.includes('Redirects: 99.99% a month.'));
      const sameOutside = (one: string, other: string, from: number, fromEnd: number) => {
        assert.equal(one.slice(0, from), other.slice(0, from));
        assert.equal(one.slice(one.length - fromEnd), other.slice(other.length - fromEnd));
      };
      sameOutside(after, text, part.part?.start ?? 0, text.length - (part.part?.end ?? 0));
    });

    it(`${variant.name}: a form edit of a missing section creates it inside the step`, () => {
      const start = original.indexOf('## Stakeholders');
      const end = original.indexOf('# Step 3: Estimate scale');
      const text = variant.convert(original.slice(0, start) + original.slice(end));
      const part = partOf(text, 2);
      const edits = formEdits('design.md', part, { kind: 'text', artifactId: 'stakeholders', part: 'body', value: '- **Ana** — product owner' });
      const after = applyEdits(text, edits);
      const heading = after.indexOf('## Stakeholders');
      assert.ok(heading > 0 && heading < after.indexOf('# Step 3: Estimate scale'));
      assert.equal(after.slice(after.indexOf('# Step 3: Estimate scale')), text.slice(text.indexOf('# Step 3: Estimate scale')));
    });
  }

  it('a claimed step without its heading is missing-step on `design-steps`, and its fix inserts the step in step order', async () => {
    const start = original.indexOf('# Step 3: Estimate scale');
    const end = original.indexOf('# 4. API');
    const text = original.slice(0, start) + original.slice(end);
    const findings = await findingsOf(designWith(text));
    const missing = findings.find((finding) => finding.rule === 'missing-step');
    assert.ok(missing);
    assert.equal(missing.range.start.line, 2, 'on the design-steps line');
    assert.match(missing.message, /lists step 3 \(Estimate scale\) in `design-steps` but has no "# Estimate scale" heading/);
    const fixed = applyFix(text, missing);
    const inserted = fixed.indexOf('# Estimate scale\n');
    assert.ok(inserted > fixed.indexOf('# Requirements') && inserted < fixed.indexOf('# 4. API'));
    assert.deepEqual(partOf(fixed, 3).sections.map((section) => section.artifact?.id), ['scale-summary', 'throughput-per-operation']);
    const after = await findingsOf(designWith(fixed));
    assert.equal(after.some((finding) => finding.rule === 'missing-step'), false);
  });

  it('a step the design lacks in a partial one-file design is added to the file and to `design-steps`', async () => {
    const cut = original.indexOf('# Detailed design');
    const text = replaceOnce(original.slice(0, cut), 'design-steps: all', 'design-steps: [1, 2, 3, 4, 5, 6]');
    const missing = (await findingsOf(designWith(text))).find((finding) => finding.rule === 'missing-step');
    assert.match(missing?.message ?? '', /has no step 7/);
    const fixed = applyFix(text, missing);
    assert.ok(fixed.includes('design-steps: [1, 2, 3, 4, 5, 6, 7]'));
    assert.ok(fixed.endsWith('## Replication and caching\n\n<!-- ' + fixed.split('## Replication and caching\n\n<!-- ')[1]));
    assert.equal((await findingsOf(designWith(fixed))).some((finding) => finding.rule === 'missing-step'), false);
  });

  it('a `#` heading that names no step it holds is reported, and ends the step above', async () => {
    const text = replaceOnce(original, '# Requirements\n', '# Requirements\n\n# Open questions\n\nWhich domain?\n\n');
    const findings = await findingsOf(designWith(text));
    const stray = findings.filter((finding) => finding.rule === 'unknown-step-heading');
    assert.equal(stray.length, 1);
    assert.match(stray[0]?.message ?? '', /"# Open questions" names none of the steps this file holds/);
    // its sections now belong to no step: step 2 lacks them
    assert.ok(findings.some((finding) => finding.rule === 'missing-artifact' && /Step 2 has no "## Users and personas"/.test(finding.message)));
    const repeated = replaceOnce(original, '## Stakeholders', '# Clarify requirements\n\n## Stakeholders');
    assert.match((await findingsOf(designWith(repeated))).find((finding) => finding.rule === 'unknown-step-heading')?.message ?? '', /Step 2 already starts at line \d+/);
  });

  it('mixed layout: steps 1–3 in one file and 4–7 in step files check clean; a step held twice is duplicate-step', async () => {
    const cut = original.indexOf('# 4. API');
    const text = replaceOnce(original.slice(0, cut), 'design-steps: all', 'design-steps: [1, 2, 3]');
    const others = Object.fromEntries(STEP_FILES.slice(3).map((name) => [name, fixture(`../../examples/url-shortener/${name}`)]));
    const dir = designWith(text, others);
    assert.deepEqual((await findingsOf(dir)).map((finding) => finding.rule), []);
    copyFileSync(path.join(EXAMPLE, '03-scale.md'), path.join(dir, '03-scale.md'));
    const duplicate = (await findingsOf(dir)).filter((finding) => finding.rule === 'duplicate-step');
    assert.equal(duplicate.length, 1);
    assert.match(duplicate[0]?.message ?? '', /Step 3 is already held by/);
  });

  it('front matter shared by the steps is reported once, not once per step', async () => {
    const text = replaceOnce(original, 'status: in-review', 'status: done');
    const problems = (await findingsOf(designWith(text))).filter((finding) => finding.rule === 'invalid-front-matter');
    assert.equal(problems.length, 1);
    const approved = replaceOnce(original, 'reviewers: [li, ana]', 'reviewers: []');
    const noReviewers = (await findingsOf(designWith(replaceOnce(approved, 'status: in-review', 'status: approved')))).filter((finding) => finding.rule === 'approved-without-reviewers');
    assert.equal(noReviewers.length, 1);
  });

  it('assembles each step once, from its own part of the file', async () => {
    const dir = designWith(original);
    const discovery = await discoverDesigns(nodeFileSystem, [dir]);
    const [design] = discovery.designs;
    assert.ok(design);
    const { markdown } = assembleDesign(design, checkDesign(design));
    const stepHeadings = markdown.split('\n').filter((line) => /^## (?!Status|Contents)/.test(line));
    assert.deepEqual(stepHeadings, ['## Validate the need', '## Requirements', '## Step 3: Estimate scale', '## 4. API', '## Data flow and storage', '## High-level design', '## Detailed design']);
    assert.equal(markdown.match(/^### Throughput per operation$/gm)?.length, 1);
    assert.doesNotMatch(markdown, /design-steps/);
  });

  it('`design-steps` that is neither `all` nor step numbers is a front matter problem', () => {
    const doc = parseStepDoc(replaceOnce(original, 'design-steps: all', 'design-steps: [1, nine]'));
    assert.match(doc.problems[0]?.message ?? '', /`design-steps` must be `all` or a list of step numbers/);
    assert.equal(doc.isStepFile, true);
  });
});
