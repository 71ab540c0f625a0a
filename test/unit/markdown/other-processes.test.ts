/**
 * Front matter written for another process (a Kubernetes KEP, an ADR): a status we do not know is
 * one invalid-front-matter finding with a fix to the nearest allowed status, and nothing else of
 * the file is lost — its other fields are read, its sections checked, its extra keys kept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, DEFAULT_STATUSES, parseStepDoc, setFieldEdit, setReviewersEdit, setStatusEdit } from '../../../src/core';
import { nearestStatus } from '../../../src/core/markdown/status-vocabulary';
import { checkPaths, DesignCopy, lineOf } from '../helpers';

const SCALE = '03-scale.md';

/** The example's step 3 front matter as a KEP author might write it. */
const KEP_FRONT_MATTER = [
  '---',
  'title: Shorten links at scale',
  'kep-number: 4242',
  'authors:',
  '  - "@ana"',
  '  - "@li"',
  'owning-sig: sig-network',
  'participating-sigs: []',
  'creation-date: 2024-05-01',
  'last-updated: "2024-06-11"',
  'see-also: [ "/keps/sig-network/1234" ]',
  'design: URL shortener',
  'design-step: 3',
  'status: implementable',
  'reviewers: [li, marco]   # signed off in the SIG meeting',
  'milestone: { alpha: "v1.31", beta: "v1.32" }',
  '---',
].join('\n');

const ORIGINAL_FRONT_MATTER = '---\ndesign: URL shortener\ndesign-step: 3\nstatus: approved\nreviewers: [li, marco]\n---';

type Variant = { name: string; convert(text: string): string };
const VARIANTS: Variant[] = [
  { name: 'LF', convert: (text) => text },
  { name: 'CRLF', convert: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'BOM + CRLF', convert: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}` },
];

describe('a status of another process', () => {
  for (const [word, nearest] of [
    ['implementable', 'approved'],
    ['implemented', 'approved'],
    ['completed', 'approved'],
    ['provisional', 'draft'],
  ] as const) {
    for (const variant of VARIANTS) {
      it(`\`${word}\` (${variant.name}) is one finding listing the allowed values, with a fix to \`${nearest}\` that changes only the value`, async () => {
        const copy = new DesignCopy();
        const original = copy.read(SCALE);
        const text = variant.convert(original.replace(ORIGINAL_FRONT_MATTER, KEP_FRONT_MATTER.replace('implementable', word)));
        copy.write(SCALE, text);
        const findings = (await copy.check()).filter((hit) => hit.file === SCALE);
        assert.deepEqual(
          findings.map(({ rule, line }) => ({ rule, line })),
          [{ rule: 'invalid-front-matter', line: lineOf(KEP_FRONT_MATTER, 'status:') }],
        );
        const finding = findings[0]!.finding;
        assert.match(finding.message, new RegExp(`\`status\` must be one of draft, in-review, approved, not \`${word}\``));
        assert.match(finding.message, /counts as draft/);
        assert.match(finding.message, new RegExp(`nearest allowed status.* is \`${nearest}\``));

        const edits = finding.fix?.edits ?? [];
        assert.equal(edits.length, 1);
        const edit = edits[0]!;
        assert.ok(edit.kind === 'replace');
        assert.equal(text.slice(edit.offset, edit.offset + edit.length), word, 'the edit replaces exactly the value');
        const fixed = applyEdits(text, edits);
        assert.equal(fixed, text.replace(`status: ${word}`, `status: ${nearest}`), 'nothing else changes: BOM, line breaks, other keys');

        // Once fixed, the step is what the fix says; `approved` with reviewers and every section written is clean.
        copy.write(SCALE, fixed);
        assert.deepEqual((await copy.check()).filter((hit) => hit.file === SCALE).map((hit) => hit.rule), []);
      });
    }
  }

  it('leaves the rest of the file readable: design, step and reviewers are read, the step counts as draft', () => {
    const doc = parseStepDoc(`${KEP_FRONT_MATTER}\n# Estimate scale\n`);
    assert.equal(doc.isStepFile, true);
    assert.equal(doc.step, 3);
    assert.equal(doc.design, 'URL shortener');
    assert.deepEqual(doc.reviewers, ['li', 'marco']);
    assert.equal(doc.status, 'draft');
    assert.equal(doc.problems.length, 1, 'the extra keys raise nothing');
  });

  it('does not hide the other findings of the file, and the step reports as draft', async () => {
    const copy = new DesignCopy();
    copy.change(SCALE, (text) => text.replace(ORIGINAL_FRONT_MATTER, KEP_FRONT_MATTER).replace('## Throughput per operation', '## Load per operation'));
    const text = copy.read(SCALE);
    const findings = (await copy.check()).filter((hit) => hit.file === SCALE);
    // Counted as draft, so a missing section is not also "approved while incomplete".
    assert.deepEqual(
      findings.map(({ rule, line }) => ({ rule, line })),
      [
        // the renamed section still holds the rates, so it is a hint that names it
        { rule: 'artifact-elsewhere', line: lineOf(text, 'design-step:') },
        { rule: 'invalid-front-matter', line: lineOf(text, 'status:') },
      ],
    );
    const step = (await checkPaths([copy.dir])).reports[0]!.steps[2]!;
    assert.equal(step.status, 'draft');
    assert.deepEqual(step.reviewers, ['li', 'marco']);
  });

  it('a quoted status keeps its quotes; a list is a finding without a fix', async () => {
    const quoted = parseStepDoc('---\ndesign-step: 1\nstatus: "Implementable"\n---\n');
    const replacement = quoted.problems[0]?.replacement;
    assert.ok(replacement);
    assert.equal(applyEdits(quoted.text, [{ kind: 'replace', file: 'f', offset: replacement.range.start, length: replacement.range.end - replacement.range.start, text: replacement.text }]), '---\ndesign-step: 1\nstatus: "approved"\n---\n');

    const list = parseStepDoc('---\ndesign-step: 1\nstatus: [draft, approved]\n---\n');
    assert.equal(list.problems.length, 1);
    assert.match(list.problems[0]!.message, /not a list/);
    assert.equal(list.problems[0]!.replacement, undefined);
  });
});

describe('the nearest allowed status', () => {
  for (const [word, status] of [
    // other processes' words, by what they say about the step
    ['implementable', 'approved'],
    ['Accepted', 'approved'],
    ['final', 'approved'],
    ['Proposed', 'in-review'],
    ['under review', 'in-review'],
    ['WIP', 'draft'],
    ['rejected', 'draft'],
    // typos, by spelling
    ['aproved', 'approved'],
    ['in_review', 'in-review'],
    ['InReview', 'in-review'],
    ['drafts', 'draft'],
    // a word like none of them: draft, which the checker already assumes
    ['banana', 'draft'],
  ] as const) {
    it(`of \`${word}\` is \`${status}\``, () => assert.equal(nearestStatus(word, DEFAULT_STATUSES).status, status));
  }
});

describe('fields of other processes', () => {
  const text = `${KEP_FRONT_MATTER.replace('implementable', 'in-review')}\n# Estimate scale\n`;

  for (const variant of VARIANTS) {
    it(`are accepted silently and kept byte for byte by every front-matter edit (${variant.name})`, () => {
      const source = variant.convert(text);
      const doc = parseStepDoc(source);
      assert.deepEqual(doc.problems, []);
      const front = (value: string) => value.slice(0, value.indexOf('# Estimate scale'));
      const keep = (edited: string, from: string, to: string) => assert.equal(front(edited), front(source).replace(from, to));
      keep(applyEdits(source, [setStatusEdit('f', doc, 'approved')!]), 'status: in-review', 'status: approved');
      keep(applyEdits(source, [setReviewersEdit('f', doc, ['li', 'marco', 'ana'])!]), 'reviewers: [li, marco]', 'reviewers: [li, marco, ana]');
      keep(applyEdits(source, [setFieldEdit('f', doc, 'design', 'Short links')!]), 'design: URL shortener', 'design: Short links');
      // A field the file lacks is added as the last line, before the closing `---`.
      const eol = source.includes('\r\n') ? '\r\n' : '\n';
      keep(applyEdits(source, [setFieldEdit('f', doc, 'owner', 'ana')!]), `${eol}---${eol}`, `${eol}owner: ana${eol}---${eol}`);
    });
  }
});
