/**
 * The webview protocol: what arrives from a webview is validated before use, and the localized
 * labels a page carries in `data-labels` are checked before the page shows them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formModel, parseStepDoc } from '../../../src/core';
import { readFormMessage, readSavedFormState, savedFormState, type FormState } from '../../../src/protocol/form-messages';
import { readPreviewMessage } from '../../../src/protocol/preview-messages';
import { FORM_LABEL_KEYS, PREVIEW_LABEL_KEYS, formatLabel, pageLabels, readLabels } from '../../../src/protocol/webview-labels';
import { fixture } from '../helpers';

const formLabels = (): Record<string, string> => Object.fromEntries(FORM_LABEL_KEYS.map((key) => [key, `«${key}»`]));

describe('readFormMessage', () => {
  it('accepts the messages of the protocol', () => {
    assert.deepEqual(readFormMessage({ type: 'ready' }), { ok: true, message: { type: 'ready' } });
    assert.deepEqual(readFormMessage({ type: 'openText', extra: 1 }), { ok: true, message: { type: 'openText' } });
    assert.deepEqual(readFormMessage({ type: 'reveal', artifactId: 'scale-summary' }), { ok: true, message: { type: 'reveal', artifactId: 'scale-summary' } });
    const edit = { type: 'edit', id: 3, version: 7, change: { kind: 'reviewers', reviewers: [' ana ', '', 'li'] } };
    assert.deepEqual(readFormMessage(edit), { ok: true, message: { type: 'edit', id: 3, version: 7, change: { kind: 'reviewers', reviewers: ['ana', 'li'] } } });
    const table = { kind: 'table', artifactId: 'x', table: { header: ['a', 'b'], rows: [{ cells: ['1', '2'] }] } };
    assert.equal(readFormMessage({ type: 'edit', id: 1, version: 1, change: table }).ok, true);
  });

  it('rejects malformed messages', () => {
    const bad: unknown[] = [
      null,
      'ready',
      42,
      {},
      { type: 'labels' },
      { type: 'reveal', artifactId: 5 },
      { type: 'reveal', artifactId: 'x'.repeat(101) },
      { type: 'edit', id: 1, change: { kind: 'status', status: 'draft' } },
      { type: 'edit', version: 1, change: { kind: 'status', status: 'draft' } },
      { type: 'edit', id: 1.5, version: 1, change: { kind: 'status', status: 'draft' } },
      { type: 'edit', id: 1, version: 1, change: { kind: 'status', status: 42 } },
      { type: 'edit', id: 1, version: 1, change: { kind: 'text', artifactId: 'x', part: 'middle', value: '' } },
      { type: 'edit', id: 1, version: 1, change: { kind: 'text', artifactId: 'x', part: 'body', value: 3 } },
      { type: 'edit', id: 1, version: 1, change: { kind: 'table', artifactId: 'x', table: { header: ['a'], rows: [{ cells: [1] }] } } },
      { type: 'edit', id: 1, version: 1, change: { kind: 'reviewers', reviewers: 'ana' } },
      { type: 'edit', id: 1, version: 1, change: { kind: 'delete-everything' } },
      { type: 'edit', id: 1, version: 1, change: null },
    ];
    for (const message of bad) {
      const read = readFormMessage(message);
      assert.equal(read.ok, false, `accepted ${JSON.stringify(message)}`);
      if (!read.ok) assert.ok(read.reason.length > 0);
    }
  });

  it('caps the cells of a table change: the header and every row together, and each row on its own', () => {
    const table = (header: string[], rows: string[][]) => ({ type: 'edit', id: 1, version: 1, change: { kind: 'table', artifactId: 'x', table: { header, rows: rows.map((cells) => ({ cells })) } } });
    const row = (cells: number) => Array.from({ length: cells }, (_, index) => String(index));
    // One header column and 10,000 rows of 100 cells: a million cells behind a 1 × 10,000 table.
    const wide = readFormMessage(table(['a'], Array.from({ length: 10_000 }, () => row(100))));
    assert.equal(wide.ok, false);
    if (!wide.ok) assert.match(wide.reason, /too large/);
    // Rows wider than the header add up too, well before 10,000 rows.
    assert.equal(readFormMessage(table(['a'], Array.from({ length: 200 }, () => row(51)))).ok, false, '200 rows × 51 cells is over 10,000 cells');
    // No number of empty rows gets past the cap either.
    assert.equal(readFormMessage(table(['a'], Array.from({ length: 10_001 }, () => []))).ok, false, '10,001 empty rows');
    // One row over 100 cells is refused however small the table.
    const long = readFormMessage(table(['a', 'b'], [row(101)]));
    assert.equal(long.ok, false);
    if (!long.ok) assert.match(long.reason, /over 100 cells/);
    // Up to the caps, a table is accepted as it is.
    assert.equal(readFormMessage(table(row(100), Array.from({ length: 99 }, () => row(100)))).ok, true, '100 columns × (1 + 99) rows is exactly 10,000 cells');
    assert.equal(readFormMessage(table(row(100), Array.from({ length: 100 }, () => row(100)))).ok, false, 'one row more is over the cap');
    const ragged = readFormMessage(table(['a', 'b'], [['1'], ['1', '2', '3']]));
    assert.deepEqual(ragged.ok && ragged.message.type === 'edit' ? ragged.message.change : undefined, { kind: 'table', artifactId: 'x', table: { header: ['a', 'b'], rows: [{ cells: ['1'] }, { cells: ['1', '2', '3'] }] } });
  });
});

describe('the form state saved across a reload', () => {
  const FILE = '/work/designs/url-shortener/design.md';
  const formOf = (step: number): FormState => {
    const part = parseStepDoc(fixture('designs/one-file/url-shortener.md')).parts?.find((view) => view.step === step);
    const model = part && formModel(part);
    assert.ok(model);
    return { file: FILE, fileName: 'design.md', version: 1, model, findings: [] };
  };

  it('names the step the form shows, so a one-file design reopens at that step', () => {
    const saved = savedFormState(formOf(3), 240);
    assert.deepEqual(saved, { file: FILE, step: 3, scrollY: 240 });
    // VS Code keeps the state as JSON.
    assert.deepEqual(readSavedFormState(JSON.parse(JSON.stringify(saved))), { file: FILE, step: 3 });
  });

  it('restores a state saved before the step was (only the file): the file, at its first step', () => {
    assert.deepEqual(readSavedFormState({ file: FILE, scrollY: 80 }), { file: FILE });
    assert.deepEqual(readSavedFormState({ file: FILE }), { file: FILE });
  });

  it('keeps the file and drops a step that is not a whole number from 1', () => {
    for (const step of [0, -1, 2.5, '3', null, Number.NaN, Infinity, 1e20, [3], { step: 3 }, true]) {
      assert.deepEqual(readSavedFormState({ file: FILE, step }), { file: FILE }, String(step));
    }
  });

  it('restores nothing from a state that names no file', () => {
    for (const state of [undefined, null, 'design.md', 42, [], [FILE], {}, { step: 3 }, { file: 5, step: 3 }, { file: '' }, { file: 'x'.repeat(40_000) }]) {
      assert.equal(readSavedFormState(state), undefined, JSON.stringify(state)?.slice(0, 40));
    }
  });
});

describe('readPreviewMessage', () => {
  it('accepts the messages of the protocol', () => {
    assert.deepEqual(readPreviewMessage({ type: 'ready' }), { ok: true, message: { type: 'ready' } });
    assert.deepEqual(readPreviewMessage({ type: 'export' }), { ok: true, message: { type: 'export' } });
    assert.deepEqual(readPreviewMessage({ type: 'openHeading', id: 'scale' }), { ok: true, message: { type: 'openHeading', id: 'scale' } });
  });

  it('rejects malformed messages', () => {
    for (const message of [null, [], { type: 'openHeading' }, { type: 'openHeading', id: 1 }, { type: 'openHeading', id: 'x'.repeat(301) }, { type: 'open' }]) {
      assert.equal(readPreviewMessage(message).ok, false, `accepted ${JSON.stringify(message)}`);
    }
  });
});

describe('webview labels', () => {
  it('readLabels accepts exactly the expected keys, each a string', () => {
    const read = readLabels(FORM_LABEL_KEYS, formLabels());
    assert.ok(read.ok);
    if (read.ok) assert.equal(read.labels.addRow, '«addRow»');
    assert.ok(readLabels(PREVIEW_LABEL_KEYS, { diagramError: 'Kaputt ({0})', parseError: 'Syntaxfehler' }).ok);
  });

  it('readLabels rejects malformed labels', () => {
    const missing = formLabels();
    delete missing.addRow;
    const bad: unknown[] = [
      null,
      'labels',
      [],
      missing,
      { ...formLabels(), addRow: 3 },
      { ...formLabels(), addRow: 'x'.repeat(2_001) },
      { ...formLabels(), onclick: 'alert(1)' },
    ];
    for (const value of bad) {
      const read = readLabels(FORM_LABEL_KEYS, value);
      assert.equal(read.ok, false, `accepted ${JSON.stringify(value)?.slice(0, 80)}`);
    }
  });

  it('pageLabels reads the JSON of data-labels, and falls back to the keys (with a warning) when it is malformed', () => {
    assert.deepEqual(pageLabels(PREVIEW_LABEL_KEYS, JSON.stringify({ diagramError: 'a {0}', parseError: 'b' })), { diagramError: 'a {0}', parseError: 'b' });
    for (const json of [undefined, '', '{not json', '{"diagramError": "a"}', 'null']) {
      const warnings: string[] = [];
      assert.deepEqual(pageLabels(PREVIEW_LABEL_KEYS, json, (reason) => warnings.push(reason)), { diagramError: 'diagramError', parseError: 'parseError' });
      assert.equal(warnings.length, 1, `no warning for ${String(json)}`);
    }
  });

  it('formatLabel fills {n} placeholders once, leaving the ones without an argument', () => {
    assert.equal(formatLabel('{0}, row {1}', 'Operation', 2), 'Operation, row 2');
    assert.equal(formatLabel('{1} before {0}', 'a', 'b'), 'b before a');
    assert.equal(formatLabel('{0} and {2}', 'x'), 'x and {2}');
    assert.equal(formatLabel('{0}', '{1}', 'no'), '{1}', 'an argument is not formatted again');
    assert.equal(formatLabel('no placeholder'), 'no placeholder');
  });
});
