/**
 * The name of a new design and its folder (src/extension/design-name.ts, no VS Code needed):
 * names Windows reserves and folder names too long for the file system are refused up front.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { designTemplates, parseStepDoc, SEVEN_STEPS } from '../../../src/core';
import { MAX_FOLDER_BYTES, designFolderName, designNameProblem, isReservedName, slugify } from '../../../src/extension/design-name';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('designNameProblem', () => {
  it('accepts ordinary names, digits included', () => {
    for (const name of ['URL shortener', '007', 'Café — naïve approach', 'Console', 'Nullable fields', 'COM10', 'LPT', 'conference', 'auxiliary', 'prn2pdf', '東京 routing']) {
      assert.equal(designNameProblem(name), undefined, name);
    }
    assert.equal(designFolderName('  My Design!  '), 'my-design');
    assert.equal(designFolderName('007'), '007');
    assert.equal(slugify('Åre — ski lifts'), 'are-ski-lifts');
  });

  it('refuses names Windows reserves, in any case and with an extension', () => {
    const reserved = ['CON', 'con', 'Con', 'nul', 'NUL', 'prn', 'AUX', 'com1', 'COM9', 'com0', 'LPT1', 'lpt9', 'LPT9', 'COM¹', 'lpt³', 'con.txt', 'CON.TXT', 'nul.md', 'aux.tar.gz', 'con.', 'CONIN$', 'conout$'];
    for (const name of reserved) {
      assert.ok(isReservedName(name), `${name} is reserved`);
      assert.deepEqual(designNameProblem(name), { kind: 'reserved', name }, name);
    }
    // A name whose folder would be a reserved name is refused too ("Con!" → "con").
    assert.deepEqual(designNameProblem('Con!'), { kind: 'reserved', name: 'con' });
    assert.deepEqual(designNameProblem(' (nul) '), { kind: 'reserved', name: 'nul' });
    for (const name of ['console', 'com', 'com10', 'lpt10', 'contxt', 'my-con', 'null']) assert.equal(isReservedName(name), false, name);
  });

  it('refuses a name whose folder name takes more than 255 bytes, and says how long it is', () => {
    // 100 characters, each spelled out by NFKD in 18 or more letters: a 3,300-byte folder name.
    const name = '\uFDFA'.repeat(100);
    assert.equal([...name].length, 100);
    const problem = designNameProblem(name);
    assert.equal(problem?.kind, 'folder-too-long');
    if (problem?.kind === 'folder-too-long') {
      assert.equal(problem.max, MAX_FOLDER_BYTES);
      assert.equal(problem.bytes, bytes(designFolderName(name)));
      assert.ok(problem.bytes > 3000, `${problem.bytes} bytes`);
    }
    // Up to 255 bytes is fine, more is not, whatever the number of characters.
    assert.equal(bytes(designFolderName('中'.repeat(85))), 255);
    assert.equal(designNameProblem('中'.repeat(85)), undefined, '85 × 3 = 255 bytes');
    assert.deepEqual(designNameProblem('中'.repeat(85) + 'a'), { kind: 'folder-too-long', bytes: 256, max: MAX_FOLDER_BYTES });
    assert.deepEqual(designNameProblem('ж'.repeat(10) + '中'.repeat(80)), { kind: 'folder-too-long', bytes: 260, max: MAX_FOLDER_BYTES });
  });

  it('keeps the existing checks: empty, separators, no letter or digit, over 100 characters', () => {
    assert.deepEqual(designNameProblem('   '), { kind: 'empty' });
    assert.deepEqual(designNameProblem('a/b'), { kind: 'separator' });
    assert.deepEqual(designNameProblem('a\\b'), { kind: 'separator' });
    assert.deepEqual(designNameProblem('!!!'), { kind: 'no-letter-or-digit' });
    assert.deepEqual(designNameProblem('a'.repeat(101)), { kind: 'too-many-characters', max: 100 });
    assert.equal(designNameProblem('a'.repeat(100)), undefined);
  });

  // Unquoted, `design: 007` is the number 7 to YAML: the template quotes what YAML would misread.
  it('keeps a title YAML would read as a number as it was typed', () => {
    for (const title of ['007', '08', '12', '1.5', '1e3', '0x1F', '0o17', 'true', 'Null', '~']) {
      assert.equal(parseStepDoc(designTemplates(title, SEVEN_STEPS)[0]?.text ?? '').design, title, title);
    }
  });
});
