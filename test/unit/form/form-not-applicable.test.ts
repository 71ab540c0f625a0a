/** The step form on sections marked not applicable: the checker's state, the reason, the Markdown untouched. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, formEdits, formModel, parseStepDoc, type ArtifactField } from '../../../src/core';

const STEP_3 = [
  '---',
  'design-step: 3',
  '---',
  '# Estimate scale',
  '',
  '## Scale summary',
  '',
  '<!-- Users, data, read/write mix, bandwidth. -->',
  '',
  '**N/A:** a one-off migration;',
  'nothing grows.',
  '',
  '## Throughput per operation',
  '',
  'Not applicable — it runs once.',
  '',
].join('\n');

function fieldOf(text: string, id: string): ArtifactField {
  const field = formModel(parseStepDoc(text))?.fields.find((candidate) => candidate.id === id);
  assert.ok(field, `no field ${id}`);
  return field;
}

describe('form fields marked not applicable', () => {
  it('carry the state and the reason, and show the Markdown as written', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = STEP_3.replace(/\n/g, eol);
      const summary = fieldOf(text, 'scale-summary');
      assert.equal(summary.state, 'not-applicable');
      assert.deepEqual(summary.notApplicable, { reason: 'a one-off migration; nothing grows.' });
      assert.equal(summary.body?.value, '**N/A:** a one-off migration;\nnothing grows.');
      assert.equal(summary.body?.placeholder, 'Users, data, read/write mix, bandwidth.');
    }
  });

  it('show a table artifact marked not applicable as its text, not as an empty table', () => {
    const throughput = fieldOf(STEP_3, 'throughput-per-operation');
    assert.equal(throughput.state, 'not-applicable');
    assert.equal(throughput.table, undefined);
    assert.equal(throughput.body?.value, 'Not applicable — it runs once.');
    // Once the marker is gone, the field is a table again.
    const written = STEP_3.replace('Not applicable — it runs once.', '| Operation | Read/Write | Average TPS | Peak TPS |\n| --- | --- | --- | --- |\n| Copy | write | 10 | 20 |');
    assert.ok(fieldOf(written, 'throughput-per-operation').table?.hasTable);
  });

  it('a marker without a reason is empty, as the checker says, with the marker noted', () => {
    const field = fieldOf(STEP_3.replace('Not applicable — it runs once.', 'N/A'), 'throughput-per-operation');
    assert.equal(field.state, 'empty');
    assert.deepEqual(field.notApplicable, { reason: '' });
  });

  it('a text change to the field writes the new reason and nothing else', () => {
    const doc = parseStepDoc(STEP_3);
    const edits = formEdits('/d/03.md', doc, { kind: 'text', artifactId: 'throughput-per-operation', part: 'body', value: 'N/A: it runs once, at night.' });
    const next = applyEdits(STEP_3, edits);
    assert.equal(next, STEP_3.replace('Not applicable — it runs once.', 'N/A: it runs once, at night.'));
    assert.deepEqual(fieldOf(next, 'throughput-per-operation').notApplicable, { reason: 'it runs once, at night.' });
  });
});
