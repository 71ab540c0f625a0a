/**
 * Hostile input never hangs, crashes or loses text (issue 12). Each case used to take seconds to
 * hours, or to overflow the stack; the limits here are generous hang guards, never timings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nodeFileSystem } from '../../../src/cli/node-file-system';
import { formModel } from '../../../src/core/form/form-model';
import { parseStepDoc } from '../../../src/core/markdown/parse';
import { deepestNesting, MAX_NESTING, readStepText } from '../../../src/core/files/read-step';
import { checkDesign, discoverDesigns } from '../../../src/core';
import { HOSTILE_CASES, stepFileWith, swallowingBodyEdit } from '../hostile-corpus';
import { DesignCopy } from '../helpers';

const HANG_GUARD = { timeout: 120_000 };

describe('the hostile-input corpus: every content rule and core pattern on 100 KB', () => {
  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.target} finishes on ${JSON.stringify(hostile.input)}…`, HANG_GUARD, () => {
      assert.notEqual(hostile.run(), null);
    });
  }
});

describe('case 1: a line of back-to-back comments', () => {
  it('opens the form, with the comments as the guidance', HANG_GUARD, () => {
    const model = formModel(parseStepDoc(stepFileWith(1, 'Problem statement', `${'<!---->'.repeat(32)}x`)));
    const field = model?.fields.find((candidate) => candidate.id === 'problem-statement');
    assert.ok(field, 'the form has the problem statement field');
    assert.match(JSON.stringify(field), /<!---->x/);
  });
});

describe('case 2: deeply nested Markdown', () => {
  const deepQuote = `${'>'.repeat(10_000)} deep\n`;
  const deepList = `${'- '.repeat(10_000)}deep\n`;
  const deepOrdered = `${'1. '.repeat(10_000)}deep\n`;

  it('a README nested 10,000 levels is skipped without being parsed, and the designs beside it are checked', HANG_GUARD, async () => {
    const copy = new DesignCopy();
    for (const [name, body] of Object.entries({ 'README.md': deepQuote, 'LIST.md': deepList, 'ORDERED.md': deepOrdered })) copy.write(name, body);
    const result = await discoverDesigns(nodeFileSystem, [copy.dir]);
    assert.equal(result.designs.length, 1);
    assert.deepEqual(result.designs[0]?.unreadable, []);
    assert.equal(result.designs[0]?.files.length, 7);
  });

  it('a step file nested 10,000 levels is that file\'s unreadable-file finding, naming the line', HANG_GUARD, async () => {
    const copy = new DesignCopy();
    const file = copy.path('02-requirements.md');
    copy.write('02-requirements.md', stepFileWith(2, 'Use cases', deepQuote));
    const result = await discoverDesigns(nodeFileSystem, [copy.dir]);
    const report = checkDesign(result.designs[0]!);
    const finding = report.findings.find((candidate) => candidate.rule === 'unreadable-file');
    assert.ok(finding, 'an unreadable-file finding');
    assert.equal(finding.file, file);
    assert.match(finding.message, /Line 10 nests 10000 block quotes or list levels; at most 100/);
    assert.ok(report.findings.some((candidate) => candidate.file.endsWith('03-scale.md') || candidate.rule !== 'unreadable-file'), 'the other files are still checked');
  });

  for (const [name, body] of Object.entries({ quotes: deepQuote, bullets: deepList, numbers: deepOrdered })) {
    it(`reads 10,000 nested ${name} as unreadable, never throwing`, HANG_GUARD, () => {
      const outcome = readStepText('deep.md', stepFileWith(2, 'Use cases', body));
      assert.equal(outcome.kind, 'unreadable');
    });
  }

  it('1,999 lines of ever deeper quotes stop at the limit instead of taking minutes', HANG_GUARD, () => {
    const stair = Array.from({ length: 1_999 }, (_, index) => `${'>'.repeat(index + 1)} x`).join('\n');
    assert.equal(deepestNesting(stair).depth, 1_999);
    assert.equal(readStepText('stair.md', stepFileWith(2, 'Use cases', stair)).kind, 'unreadable');
  });

  it('real nesting within the limit is parsed as before', () => {
    const nested = Array.from({ length: 12 }, (_, index) => `${'  '.repeat(index)}- level ${index + 1}`).join('\n');
    assert.ok(deepestNesting(nested).depth <= MAX_NESTING);
    assert.equal(readStepText('fine.md', stepFileWith(2, 'Use cases', `> quoted\n>> twice\n\n${nested}`)).kind, 'step');
  });

  it('counts nothing inside a fenced code block', () => {
    assert.equal(deepestNesting(`\`\`\`\n${'>'.repeat(500)}\n\`\`\`\n- a`).depth, 1);
  });
});

describe('case 3: notes typed after a table the body swallows', () => {
  for (const opener of ['```', '<!--', '<pre>']) {
    it(`returns (no edit, no stack overflow) when the body has an unclosed ${opener}`, HANG_GUARD, () => {
      assert.deepEqual(swallowingBodyEdit(opener)(), []);
    });
  }
});

describe('files whose front matter cannot make them step files are not parsed', () => {
  it('reads a README without front matter as "other" however it is nested', () => {
    assert.deepEqual(readStepText('README.md', `${'>'.repeat(50_000)}\n`), { kind: 'other' });
  });

  it('still finds a step field in long front matter', () => {
    const text = `---\ntitle: x\n${'tags: [a]\n'.repeat(2000)}design-step: 2\n---\n# T\n`;
    assert.equal(readStepText('long.md', text).kind, 'step');
  });
});
