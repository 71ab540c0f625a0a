/** Documents as they come, odd ones included: an import never throws and never loses a line. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEVEN_STEPS } from '../../../src/core';
import { proposePlacement, readImportSource, writeImport, type ImportLayout } from '../../../src/core/import';

const CASES: [string, string][] = [
  ['an empty document', ''],
  ['front matter only', '---\ntitle: Nothing else\n---\n'],
  ['front matter that is not YAML', '---\ntitle: [unclosed\n  : : :\n---\n# Title\n\n## Motivation\n\nWhy.\n'],
  ['text without a heading', 'Just a paragraph.\n\nAnd another.\n'],
  ['an empty heading and closing hashes', '#\n\n## Goals ##\n\nShip it.\n\n###\n'],
  ['headings inside lists, quotes and code', '- ## not a section\n\n> ## nor this\n\n```\n## nor this\n```\n\n## Motivation\n\nWhy.\n'],
  ['an unclosed code fence', '## Design\n\n```go\nfunc main() {\n## inside the fence\n'],
  ['skipped and shrinking levels', '###### Deep first\n\ntext\n\n# Top\n\n#### Middle\n\n## Up again\n\nend\n'],
  ['a BOM, CRLF and HTML', '\uFEFF# Title\r\n\r\n<div>\r\n\r\n## Motivation\r\n\r\n</div>\r\n\r\nWhy.\r\n'],
  ['links of every kind', '## Motivation\n\n[a](<with space.md>) [b](./b.md "title") ![c](c.png) <https://x.y> [d][] [e]: missing\n\n[d]: d.md\n[d]: shadowed.md\n'],
  ['a thousand sections', Array.from({ length: 1000 }, (_, index) => `${'#'.repeat((index % 6) + 1)} Section ${index}\n\nText ${index}.\n`).join('\n')],
];

function nonBlankLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^ {0,3}#{1,6}(?=[ \t]|$)/, '').replace(/\]\([^)]*\)/g, ']()').replace(/^(\[[^\]]+\]:)\s*\S+/, '$1').trim())
    .filter((line) => line !== '' && !/^(?:---|#*)$/.test(line));
}

for (const layout of ['one-file', 'per-step'] as const satisfies readonly ImportLayout[]) {
  describe(`import (${layout}) of`, () => {
    for (const [title, text] of CASES) {
      it(title, () => {
        const source = readImportSource(text);
        const files = writeImport(source, proposePlacement(source, SEVEN_STEPS.steps), SEVEN_STEPS.steps, { layout, sourceFolder: '/in', output: layout === 'one-file' ? '/out/d.md' : '/out', fallbackTitle: 'doc' });
        if (files.length === 0) {
          // nothing to write only when there is no text but the front matter
          assert.deepEqual(nonBlankLines(text.replace(/^---\n[\s\S]*?\n---\n/, '')), []);
          return;
        }
        const written = new Set(files.flatMap((file) => nonBlankLines(file.text)));
        const title = source.title?.text;
        const lost = nonBlankLines(text).filter((line) => !written.has(line) && line !== title);
        assert.deepEqual(lost, []);
      });
    }
  });
}
