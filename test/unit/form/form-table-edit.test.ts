// Form edits of tables, status and reviewers, and the minimal-edit helper itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEdits,
  formEdits,
  minimalEdit,
  parseStepDoc,
  type TableModel,
} from '../../../src/core';
import { Replace, USER_SECTIONS, apply, editField, fieldOf, read } from '../form-support';

describe('table edits in detail', () => {
  const base = (table: string) =>
    `---\ndesign-step: 7\n---\n# Components\n\n## Technology choices\n\nIntro.\n\n${table}\n\nAfter.\n\n## Access control\n\nText.\n`;

  it('keeps odd spacing of unchanged rows and a custom delimiter row', () => {
    const text = base('|Component|Choice|Alternatives|Reason|\n|:--|:-:|--|--:|\n|  Cache |Valkey| DAX |fast|\n| Store | DynamoDB | Aurora | simple |');
    const old = fieldOf(text, 'technology-choices').table!.table;
    const model: TableModel = { header: old.header, rows: [old.rows[1]!, old.rows[0]!, { cells: ['Queue', 'SQS', 'Kafka', 'no brokers'] }] };
    const { result } = editField(text, { kind: 'table', artifactId: 'technology-choices', table: model }, (f) => assert.deepEqual(f.table?.table, model));
    assert.ok(result.includes('|Component|Choice|Alternatives|Reason|\n|:--|:-:|--|--:|\n| Store | DynamoDB | Aurora | simple |\n|  Cache |Valkey| DAX |fast|\n| Queue | SQS | Kafka | no brokers |\n\nAfter.'));
  });

  it('escapes pipes, flattens line breaks, and rebuilds the delimiter only when the columns change', () => {
    const text = base('| Component | Choice | Alternatives | Reason |\n|:--|---|---|---|\n| Cache | Valkey | DAX | fast |');
    const old = fieldOf(text, 'technology-choices').table!.table;
    const model: TableModel = { header: [...old.header, 'Owner'], rows: [old.rows[0]!, { cells: ['Store', 'a|b', 'x\ny', ' `c|d` ', 'me'] }] };
    const { result } = editField(text, { kind: 'table', artifactId: 'technology-choices', table: model }, (f) => {
      assert.deepEqual(f.table?.table, {
        header: [...old.header, 'Owner'],
        rows: [{ cells: ['Cache', 'Valkey', 'DAX', 'fast', ''] }, { cells: ['Store', 'a|b', 'x y', '`c|d`', 'me'] }],
      });
    });
    assert.ok(result.includes('| Component | Choice | Alternatives | Reason | Owner |\n| :-- | --- | --- | --- | --- |\n| Cache | Valkey | DAX | fast |\n| Store | a\\|b | x y | `c\\|d` | me |\n'));
  });

  it('removes every row, keeping the header and delimiter', () => {
    const text = base('| Component | Choice | Alternatives | Reason |\n| --- | --- | --- | --- |\n| Cache | Valkey | DAX | fast |');
    const { edit } = editField(text, { kind: 'table', artifactId: 'technology-choices', table: { header: [], rows: [] } }, (f) => assert.deepEqual(f.table?.table.rows, []));
    assert.deepEqual([edit.text, text.slice(edit.offset, edit.offset + edit.length)], ['', '\n| Cache | Valkey | DAX | fast |']);
  });

  it('inserts a table with the catalogue columns after the text of a section without one', () => {
    const text = '---\ndesign-step: 2\n---\n# R\n\n## Latency requirements\n\n- **Search**: fast.\n## Availability\n\n99.9%.\n';
    const model: TableModel = { header: [], rows: [{ cells: ['Search', 'p99 < 200 ms', ''] }] };
    const { result } = editField(text, { kind: 'table', artifactId: 'latency-requirements', table: model }, (f) => {
      assert.deepEqual(f.table, { before: '- **Search**: fast.', table: { header: ['Use case', 'Target', 'Notes'], rows: [{ cells: ['Search', 'p99 < 200 ms', ''] }] }, after: '', hasTable: true, placeholder: f.table?.placeholder });
    });
    assert.ok(result.includes('- **Search**: fast.\n\n| Use case | Target | Notes |\n| --- | --- | --- |\n| Search | p99 < 200 ms |  |\n\n## Availability'));
  });

  it('writes text after a table into a section without one by inserting the empty table first', () => {
    const text = '---\ndesign-step: 2\n---\n# R\n\n## Latency requirements\n\nIntro.\n\n## Availability\n\n99.9%.\n';
    const { result } = editField(text, { kind: 'text', artifactId: 'latency-requirements', part: 'after', value: 'Measured at the edge.' }, (f) => {
      assert.equal(f.table?.before, 'Intro.');
      assert.equal(f.table?.after, 'Measured at the edge.');
    });
    assert.ok(result.includes('Intro.\n\n| Use case | Target | Notes |\n| --- | --- | --- |\n\nMeasured at the edge.\n\n## Availability'));
  });

  it('clears and fills the text before a table', () => {
    const text = base('| Component | Choice | Alternatives | Reason |\n| --- | --- | --- | --- |');
    const cleared = editField(text, { kind: 'text', artifactId: 'technology-choices', part: 'before', value: '' }, (f) => assert.equal(f.table?.before, '')).result;
    assert.ok(cleared.includes('## Technology choices\n\n| Component'));
    const tight = cleared.replace('## Technology choices\n\n|', '## Technology choices\n|');
    const filled = editField(tight, { kind: 'text', artifactId: 'technology-choices', part: 'before', value: 'Why:' }, (f) => assert.equal(f.table?.before, 'Why:')).result;
    assert.ok(filled.includes('## Technology choices\n\nWhy:\n\n| Component'));
  });
});

describe('status, reviewers and minimal edits', () => {
  it('changes only the status value, and rewrites an invalid one', () => {
    const text = read('examples/url-shortener/03-scale.md').replace(/\n/g, '\r\n');
    const { edit } = apply(text, { kind: 'status', status: 'in-review' });
    assert.equal(text.slice(edit.offset, edit.offset + edit.length), 'approved');
    assert.equal(edit.text, 'in-review');
    const invalid = '---\ndesign-step: 1\nstatus: done\n---\n# X\n';
    assert.equal(apply(invalid, { kind: 'status', status: 'draft' }).result, '---\ndesign-step: 1\nstatus: draft\n---\n# X\n');
  });

  it('changes the reviewers list minimally', () => {
    const text = `\uFEFF${read('examples/url-shortener/03-scale.md')}`;
    const { result, edit } = apply(text, { kind: 'reviewers', reviewers: ['li', 'marco', 'ana'] });
    assert.deepEqual([edit.length, edit.text], [0, ', ana']);
    assert.deepEqual(parseStepDoc(result).reviewers, ['li', 'marco', 'ana']);
    const block = USER_SECTIONS;
    assert.deepEqual(formEdits('f', parseStepDoc(block), { kind: 'reviewers', reviewers: ['ana'] }), []);
    assert.ok(apply(block, { kind: 'reviewers', reviewers: ['ana', 'li'] }).result.includes('reviewers: [ana, li]\n---'));
  });

  it('minimalEdit trims the common prefix and suffix without splitting CRLF or surrogate pairs', () => {
    assert.deepEqual(minimalEdit('f', 'abcdef', 0, 6, 'abXdef'), [{ kind: 'replace', file: 'f', offset: 2, length: 1, text: 'X' }]);
    assert.deepEqual(minimalEdit('f', 'abc', 1, 2, 'b'), []);
    const crlf = 'a\r\nb';
    const [edit] = minimalEdit('f', crlf, 0, 4, 'a\nb') as Replace[];
    assert.equal(applyEdits(crlf, [edit!]), 'a\nb');
    assert.ok(edit!.offset <= 1, 'the edit starts before the CR');
    const emoji = 'x\u{1F600}y';
    const [swap] = minimalEdit('f', emoji, 0, emoji.length, 'x\u{1F601}y') as Replace[];
    assert.equal(swap!.text, '\u{1F601}');
  });
});

