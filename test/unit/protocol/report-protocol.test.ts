/**
 * The completeness report's protocol: what arrives from its webview is validated before use, and
 * the labels its page carries are exactly the report's keys.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_REPORT_FILE, MAX_REPORT_POSITION, readReportMessage } from '../../../src/protocol/report-messages';
import { REPORT_LABEL_KEYS, readLabels } from '../../../src/protocol/webview-labels';

const FILE = 'file:///work/designs/gaps/03-scale.md';

describe('readReportMessage', () => {
  it('accepts the messages of the protocol, keeping only their fields', () => {
    assert.deepEqual(readReportMessage({ type: 'ready' }), { ok: true, message: { type: 'ready' } });
    assert.deepEqual(readReportMessage({ type: 'ready', extra: 'x' }), { ok: true, message: { type: 'ready' } });
    assert.deepEqual(readReportMessage({ type: 'open', file: FILE, line: 12, column: 3 }), { ok: true, message: { type: 'open', file: FILE, line: 12, column: 3 } });
    assert.deepEqual(readReportMessage({ type: 'open', file: FILE, line: 0, column: 0, command: 'rm -rf' }), { ok: true, message: { type: 'open', file: FILE, line: 0, column: 0 } });
  });

  it('accepts a file name and a position up to their limits', () => {
    assert.equal(readReportMessage({ type: 'open', file: 'x'.repeat(MAX_REPORT_FILE), line: 0, column: 0 }).ok, true);
    assert.equal(readReportMessage({ type: 'open', file: FILE, line: MAX_REPORT_POSITION, column: MAX_REPORT_POSITION }).ok, true);
  });

  it('rejects what is not an object, and unknown message types', () => {
    const bad: unknown[] = [null, undefined, 'ready', 42, true, [], [{ type: 'ready' }], {}, { type: 'report' }, { type: 'Open' }, { type: 'openHeading', id: 'x' }, { type: 'runScript', code: 'alert(1)' }, { type: 5 }, { type: ['open'] }, { type: 10n }];
    for (const message of bad) {
      const read = readReportMessage(message);
      assert.equal(read.ok, false, `accepted ${String(message)}`);
      if (!read.ok) assert.ok(read.reason.length > 0);
    }
  });

  it('rejects an "open" without a file name of the right type and length', () => {
    for (const file of [undefined, null, 3, ['a.md'], { path: FILE }, '', 'x'.repeat(MAX_REPORT_FILE + 1)]) {
      const read = readReportMessage({ type: 'open', file, line: 0, column: 0 });
      assert.equal(read.ok, false, `accepted file ${JSON.stringify(file)?.slice(0, 40)}`);
      if (!read.ok) assert.match(read.reason, /file/);
    }
  });

  it('rejects an "open" whose line or column is not a whole number in range', () => {
    for (const position of [undefined, null, '3', [3], 1.5, -1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_REPORT_POSITION + 1, Number.MAX_SAFE_INTEGER + 2, 3n]) {
      const line = readReportMessage({ type: 'open', file: FILE, line: position, column: 0 });
      assert.equal(line.ok, false, `accepted line ${String(position)}`);
      if (!line.ok) assert.match(line.reason, /line/);
      const column = readReportMessage({ type: 'open', file: FILE, line: 0, column: position });
      assert.equal(column.ok, false, `accepted column ${String(position)}`);
      if (!column.ok) assert.match(column.reason, /column/);
    }
  });

  it('keeps its reasons short whatever the message holds', () => {
    const huge = 'x'.repeat(1_000_000);
    for (const message of [{ type: huge }, { type: 'open', file: huge + huge, line: 0, column: 0 }, { type: 'open', file: FILE, line: huge, column: 0 }]) {
      const read = readReportMessage(message);
      assert.equal(read.ok, false);
      if (!read.ok) assert.ok(read.reason.length <= 200, `a reason of ${read.reason.length} characters`);
    }
  });
});

describe('report labels', () => {
  it('readLabels accepts exactly the report keys', () => {
    const labels = Object.fromEntries(REPORT_LABEL_KEYS.map((key) => [key, `«${key}»`]));
    assert.ok(readLabels(REPORT_LABEL_KEYS, labels).ok);
    assert.equal(readLabels(REPORT_LABEL_KEYS, { ...labels, onclick: 'alert(1)' }).ok, false);
    const { heading: _heading, ...missing } = labels;
    assert.equal(readLabels(REPORT_LABEL_KEYS, missing).ok, false);
  });
});
