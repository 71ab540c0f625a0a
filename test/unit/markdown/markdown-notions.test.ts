/**
 * One definition of each Markdown notion (issue 13): the checker, the form and the assembler read
 * comments, table cells and first letters alike. Each case is a bug two definitions once disagreed on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appendTableRow } from '../../../src/core/markdown/append-edits';
import { checkStepFile } from '../../../src/core/check/check-file';
import { applyEdits, parseStepDoc, sectionFor } from '../../../src/core';
import { LineIndex, lineEndAt, lineStartAt, lowerFirst } from '../../../src/core/markdown/text';
import { stepFileWith } from '../hostile-corpus';

describe('HTML comments', () => {
  it('`<!-->` is a complete comment for the checker as for the assembler: the text after it counts', () => {
    const text = stepFileWith(1, 'Problem statement', '<!--> Links are too long to share in a text message.');
    const findings = checkStepFile('01.md', parseStepDoc(text)).filter((finding) => finding.rule === 'empty-artifact');
    assert.deepEqual(findings.map((finding) => finding.message).filter((message) => message.includes('Problem statement')), []);
  });
});

describe('table cells', () => {
  it('a name appended as a row is escaped once and stays on one line', () => {
    const text = '---\ndesign-step: 2\n---\n# R\n\n## Latency requirements\n\n| Use case | Target |\n| --- | --- |\n| Open | 20 ms |\n';
    const doc = parseStepDoc(text);
    const edit = appendTableRow('02.md', doc, sectionFor(doc, 'latency-requirements')!, 'Share a\\|b\nlink');
    assert.ok(edit);
    const result = applyEdits(text, [edit]);
    assert.match(result, /\| Share a\\\|b link \| TODO \|\n?$/);
  });
});

describe('first letters', () => {
  it('lowers an ordinary first word only', () => {
    assert.equal(lowerFirst('The customer problem'), 'the customer problem');
    assert.equal(lowerFirst('API calls and their errors'), 'API calls and their errors');
    assert.equal(lowerFirst('S3 buckets'), 'S3 buckets');
    assert.equal(lowerFirst('A list'), 'a list');
  });
});

describe('line bounds', () => {
  it('LF, CRLF and a lone CR each end a line, for the index and for the index-free helpers alike', () => {
    const text = 'one\rtwo\r\nthree\nfour';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4, 'a lone CR ends a line, as in VS Code');
    assert.deepEqual([0, 1, 2, 3].map((line) => text.slice(lines.lineStart(line), lines.lineEnd(line))), ['one', 'two', 'three', 'four']);
    for (let offset = 0; offset <= text.length; offset++) {
      const line = lines.position(offset).line;
      if (text[offset] === '\n' && text[offset - 1] === '\r') continue; // inside a CRLF pair
      assert.equal(lineStartAt(text, offset), lines.lineStart(line), `start at ${offset}`);
      assert.equal(lineEndAt(text, offset), lines.lineEnd(line), `end at ${offset}`);
    }
  });
});
