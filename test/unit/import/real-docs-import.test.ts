/**
 * Importing the ten real design documents of test/fixtures/real-docs-import with no hand edit:
 * their sections land where a person put them by hand (converted/), and no line of them is lost.
 * The fixtures are copies of the corpus in ../shared/real-docs (Apache-2.0 or CC BY 4.0; each
 * folder's SOURCE.md names the origin, the authors and the changes), so this runs on a clean clone.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { SEVEN_STEPS } from '../../../src/core';
import { proposePlacement, readImportSource, writeImport, type ImportLayout } from '../../../src/core/import';
import { FIXTURES } from '../helpers';
import { scoreDocument } from './placement-score';

const CORPUS = path.join(FIXTURES, 'real-docs-import');
const DOCS = readdirSync(CORPUS)
  .filter((name) => name !== 'LICENSES')
  .sort();

describe('importing the real documents', () => {
  it('has the ten documents to import', () => {
    assert.equal(DOCS.length, 10);
  });

  it('places at least 80% of their sections in the step and artifact the hand conversion chose', (t) => {
    let counted = 0;
    let same = 0;
    for (const doc of DOCS) {
      const score = scoreDocument(path.join(CORPUS, doc));
      counted += score.counted;
      same += score.same;
      t.diagnostic(`${doc}: ${score.same}/${score.counted} (${Math.round((100 * score.same) / score.counted)}%)`);
    }
    t.diagnostic(`overall: ${same}/${counted} (${((100 * same) / counted).toFixed(1)}%)`);
    assert.ok(counted > 250, `only ${counted} sections compared: the matching of sections lost its way`);
    assert.ok(same >= 0.8 * counted, `${same} of ${counted} sections placed as by hand`);
  });
});

/** A line as compared: heading marks and link destinations left out (headings are re-levelled and links rebased on purpose). */
function comparable(line: string): string {
  return line
    .replace(/^ {0,3}#{1,6}(?=[ \t]|$)/, '')
    .replace(/\]\([^)]*\)/g, ']()')
    .replace(/\b(src|href)=(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+)/g, '$1=')
    .replace(/^(\s*\[[^\]]+\]:)\s*\S+/, '$1')
    .trim();
}

/** A Setext heading's underline: heading syntax, written as `#` marks in the output. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

for (const layout of ['one-file', 'per-step'] as const satisfies readonly ImportLayout[]) {
  describe(`importing the real documents (${layout}) keeps every line`, () => {
    for (const doc of DOCS) {
      it(doc, () => {
        const folder = path.join(CORPUS, doc);
        const original = readFileSync(path.join(folder, 'original.md'), 'utf8');
        const source = readImportSource(original);
        const files = writeImport(source, proposePlacement(source, SEVEN_STEPS.steps), SEVEN_STEPS.steps, {
          layout,
          sourceFolder: folder,
          output: layout === 'one-file' ? path.join(folder, 'out', 'design.md') : path.join(folder, 'out'),
          fallbackTitle: doc,
        });
        const written = new Set(files.flatMap((file) => file.text.split(/\r?\n/).map(comparable)));
        const titles = new Set(files.map((file) => String((parseYaml(file.text.split(/\r?\n---\r?\n/)[0]?.slice(4) ?? '') as Record<string, unknown>)['design'])));
        const lost = original
          .split(/\r?\n/)
          .filter((line) => line.trim() !== '' && !SETEXT_UNDERLINE.test(line))
          .map(comparable)
          .filter((line) => !written.has(line) && !titles.has(line));
        assert.deepEqual(lost, []);
      });
    }
  });
}
