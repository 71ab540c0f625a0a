/** The unplaced-section rule on what an import writes: where it reports, and what its fix leaves. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, parseStepDoc, SEVEN_STEPS } from '../../../src/core';
import { checkStepFile } from '../../../src/core/check/check-file';
import { proposePlacement, readImportSource, writeImport } from '../../../src/core/import';

const IMPORTED = (() => {
  const source = readImportSource('# Lockers\n\n## Motivation\n\nCouriers miss deliveries.\n\n## Test plan\n\nSoak tests.\n\n### Load\n\nA week of traffic.\n');
  const [file] = writeImport(source, proposePlacement(source, SEVEN_STEPS.steps), SEVEN_STEPS.steps, { layout: 'per-step', sourceFolder: '/d', output: '/d/out', fallbackTitle: 'lockers' });
  assert.ok(file);
  return file.text;
})();

describe('unplaced-section on an imported step file', () => {
  const findings = checkStepFile('01-justification.md', parseStepDoc(IMPORTED)).filter((finding) => finding.rule === 'unplaced-section');

  it('reports the unplaced section once, at its heading, by name', () => {
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.match(finding?.message ?? '', /"Test plan" is in no artifact yet/);
    assert.equal(IMPORTED.slice(finding?.range.start, finding?.range.end), '## Test plan');
  });

  it('has a fix that deletes the marker line and the blank line after it, nothing else', () => {
    const fix = findings[0]?.fix;
    assert.ok(fix);
    const fixed = applyEdits(IMPORTED, fix.edits.flatMap((edit) => (edit.kind === 'replace' ? [edit] : [])));
    assert.equal(fixed, IMPORTED.replace('<!-- design-docs: unplaced -->\n\n', ''));
    assert.deepEqual(checkStepFile('01-justification.md', parseStepDoc(fixed)).filter((finding) => finding.rule === 'unplaced-section'), []);
  });
});
