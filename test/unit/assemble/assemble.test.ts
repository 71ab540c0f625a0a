/**
 * assembleDesign: the example against its reviewed golden file, user bytes kept, heading levels,
 * comments, gaps, slugs, the source map, and markdownlint's default rules.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { designTemplates, SEVEN_STEPS } from '../../../src/core';
import {
  assemble,
  assembleTexts,
  describeErrors,
  designOf,
  EXAMPLE_TEXTS,
  folderTexts,
  GOLDEN_PATH,
  lintMarkdown,
  stepText,
} from '../assemble-support';
import { FIXTURES } from '../helpers';

const lines = (markdown: string) => markdown.split('\n');
const headingLines = (markdown: string) => lines(markdown).filter((line) => /^#{1,6} /.test(line));

describe('assembling the example design', () => {
  const assembled = assemble(designOf(EXAMPLE_TEXTS));

  it('matches the reviewed golden file', () => {
    // UPDATE_GOLDEN=1 rewrites the file; review the diff before committing it.
    if (process.env['UPDATE_GOLDEN']) writeFileSync(GOLDEN_PATH, assembled.markdown);
    assert.equal(assembled.markdown, readFileSync(GOLDEN_PATH, 'utf8'));
  });

  it('starts with the title, the status table and the contents, then the steps in order', () => {
    const heads = headingLines(assembled.markdown);
    assert.deepEqual(heads.slice(0, 4), ['# URL shortener', '## Status', '## Contents', '## Validate the need']);
    assert.deepEqual(
      heads.filter((line) => line.startsWith('## ')).slice(2),
      ['Validate the need', 'Clarify requirements', 'Estimate scale', 'Define interfaces and data models', 'Define data flow and storage', 'Define high-level components', 'Design individual components'].map((title) => `## ${title}`),
    );
    assert.equal(heads.filter((line) => line.startsWith('# ')).length, 1, 'one H1: the design title');
    assert.match(assembled.markdown, /^\| \[2\. Clarify requirements\]\[step-2\] \| Approved \| ana, li, priya, sam \| 6\/6 \|$/m);
    assert.match(assembled.markdown, /^\| \[7\. Design individual components\]\[step-7\] \| In review \| li \| 5\/5 \|$/m);
    assert.match(assembled.markdown, /^\[step-7\]: #design-individual-components$/m);
    assert.match(assembled.markdown, /^- \[4\. Define interfaces and data models\]\(#define-interfaces-and-data-models\)$/m);
    assert.doesNotMatch(assembled.markdown, /Gap:/);
  });

  it('keeps every user byte except front matter and heading markers, which move one level down', () => {
    const expected = Object.values(EXAMPLE_TEXTS)
      .map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^(#{1,5}) /gm, '$1# ').replace(/^\n+|\n+$/g, ''))
      .join('\n\n');
    const body = assembled.markdown.slice(assembled.markdown.indexOf('\n## Validate the need\n') + 1);
    assert.equal(body, `${expected}\n`);
  });

  it('maps every heading to its source file and offset', () => {
    const output = lines(assembled.markdown);
    assert.equal(assembled.sourceMap.length, headingLines(assembled.markdown).length - 3, 'all but the title, Status and Contents');
    for (const entry of assembled.sourceMap) {
      const line = output[entry.line] ?? '';
      const name = entry.file.slice(entry.file.lastIndexOf('/') + 1);
      const source = EXAMPLE_TEXTS[name];
      assert.ok(source !== undefined && entry.gap === undefined, `${entry.file} is not an example file`);
      const sourceLine = source.slice(entry.offset, source.indexOf('\n', entry.offset));
      assert.equal(line, `#${sourceLine}`, `line ${entry.line} should be ${name}'s heading at ${entry.offset}, one level down`);
    }
  });

  it('gives the same document, and a source map into the original bytes, for CRLF and BOM files', () => {
    const converted = Object.fromEntries(Object.entries(EXAMPLE_TEXTS).map(([name, text]) => [name, `\uFEFF${text.replace(/\n/g, '\r\n')}`]));
    const crlf = assemble(designOf(converted));
    assert.equal(crlf.markdown, assembled.markdown);
    assert.deepEqual(
      crlf.sourceMap.map((entry) => entry.line),
      assembled.sourceMap.map((entry) => entry.line),
    );
    for (const entry of crlf.sourceMap) {
      const text = converted[entry.file.slice(entry.file.lastIndexOf('/') + 1)] ?? '';
      assert.equal(text.charAt(entry.offset), '#', `offset ${entry.offset} of ${entry.file} is not a heading`);
    }
  });

  it("passes markdownlint's defaults except where the user's own lines break a rule", () => {
    const sourceLines = new Set(Object.values(EXAMPLE_TEXTS).flatMap((text) => lines(text)));
    const output = lines(assembled.markdown);
    const errors = lintMarkdown(assembled.markdown);
    for (const error of errors) {
      const line = output[error.lineNumber - 1] ?? '';
      assert.ok(sourceLines.has(line), `a generated line breaks ${error.ruleNames.join('/')}: ${line}`);
    }
    assert.deepEqual([...new Set(errors.map((error) => error.ruleNames[0]))].sort(), ['MD013', 'MD036']);
    // The example wraps its prose near 100 columns (MD013 wants 80) and uses bold lines as small
    // headings in step 5 (MD036). Those are the user's bytes, which the assembler keeps as written;
    // only those two rules are relaxed, and every other default rule must hold for the whole output.
    const relaxed = lintMarkdown(assembled.markdown, { default: true, MD013: false, MD036: false });
    assert.deepEqual(relaxed, [], describeErrors(relaxed, assembled.markdown));
  });
});

describe('heading levels', () => {
  const body = [
    '# Validate the need',
    '',
    'Intro under the title.',
    '',
    'Background',
    '==========',
    '',
    'A second H1, written setext style: it nests under the step like a section.',
    '',
    'Problem statement',
    '-----------------',
    '',
    'Text.',
    '',
    '## Proposed solution ##',
    '',
    '### Options',
    '',
    '#### Option A',
    '',
    '##### Detail',
    '',
    '###### Deepest',
    '',
    '   ## Existing solutions',
    '',
    '> ## Quoted heading',
    '>',
    '> Quoted text.',
    '',
    'A setext heading',
    'over two lines',
    '--------------',
    '',
    '```md',
    '# not a heading',
    '```',
  ].join('\n');
  const { markdown, sourceMap } = assembleTexts({ '01-justification.md': stepText(1, body) });

  it('moves every heading one level down under the step heading; H6 stays H6', () => {
    const output = lines(markdown);
    assert.deepEqual(
      sourceMap.filter((entry) => !entry.gap).map((entry) => output[entry.line]),
      ['## Validate the need', '### Background', '### Problem statement', '### Proposed solution', '#### Options', '##### Option A', '###### Detail', '###### Deepest', '### Existing solutions', '> ### Quoted heading', '### A setext heading over two lines'],
    );
    assert.match(markdown, /^```md\n# not a heading\n```$/m);
    assert.doesNotMatch(markdown, /Gap:.*01-justification/, 'all three sections are there');
  });

  it('writes clean Markdown for markdownlint, whatever the source heading style', () => {
    const errors = lintMarkdown(markdown);
    // Moving "######" down cannot go deeper, so Detail and Deepest are both H6 (MD001 is happy).
    assert.deepEqual(errors, [], describeErrors(errors, markdown));
  });

  it("names a step after the catalogue when its file has no title, or content before it", () => {
    const noTitle = assembleTexts({ '02-requirements.md': stepText(2, '## Use cases\n\n- **Search** — find a page.\n') }).markdown;
    assert.match(noTitle, /\n## Clarify requirements\n\n### Use cases\n\n- \*\*Search\*\*/);
    const late = assembleTexts({ '02-requirements.md': stepText(2, 'A line before the title.\n\n# Requirements\n\n## Use cases\n') }).markdown;
    assert.match(late, /\n## Clarify requirements\n\nA line before the title\.\n\n### Requirements\n\n### Use cases\n/);
  });
});

describe('comments', () => {
  it('leaves out template guidance everywhere, but not comments inside code', () => {
    const body = [
      '# Validate the need',
      '',
      '<!-- purpose -->',
      '',
      '## Problem statement',
      '',
      '<!-- guidance',
      'over several lines -->',
      '',
      'Real text with an inline <!-- note --> comment and one at the end <!-- end -->',
      'of a line.',
      '',
      '> Quoted.',
      '> <!-- quoted guidance -->',
      '',
      '```html',
      '<!-- kept: this is code -->',
      '```',
      '',
      '    <!-- kept: indented code -->',
      '',
      'Inline `<!-- kept -->` code.',
    ].join('\n');
    const { markdown } = assembleTexts({ '01-justification.md': stepText(1, body) });
    const step = markdown.slice(markdown.indexOf('\n## Validate the need\n') + 1);
    assert.equal(
      step.slice(0, step.indexOf('\n### Proposed solution')),
      [
        '## Validate the need',
        '',
        '### Problem statement',
        '',
        'Real text with an inline comment and one at the end',
        'of a line.',
        '',
        '> Quoted.',
        '',
        '```html',
        '<!-- kept: this is code -->',
        '```',
        '',
        '    <!-- kept: indented code -->',
        '',
        'Inline `<!-- kept -->` code.',
        '',
      ].join('\n'),
    );
  });

  it('turns a fresh design from the templates into a clean skeleton of gaps', () => {
    const files = Object.fromEntries(designTemplates('Team wiki search', SEVEN_STEPS).map(({ fileName, text }) => [fileName, text]));
    for (const showGaps of [true, false]) {
      const { markdown } = assembleTexts(files, showGaps);
      assert.doesNotMatch(markdown, /<!--|-->/);
      const errors = lintMarkdown(markdown);
      assert.deepEqual(errors, [], describeErrors(errors, markdown));
    }
  });
});

describe('gaps', () => {
  const partial = folderTexts(`${FIXTURES}/designs/partial`);

  it('marks missing steps, missing sections and empty sections', () => {
    const { markdown, sourceMap } = assembleTexts(partial);
    assert.match(markdown, /\n## Estimate scale\n\n> \*\*Gap:\*\* step 3 has no file yet\. Create `03-scale\.md` in this design's folder\.\n/);
    assert.match(markdown, /\n### Availability\n\n> \*\*Gap:\*\* this section is still empty\. What belongs here: the availability\n> target, as a percentage or as downtime a year allowed\.\n\nTODO\n/);
    assert.match(markdown, /\n### Stakeholders\n\n> \*\*Gap:\*\* `02-requirements\.md` has no "Stakeholders" section yet\./);
    assert.match(markdown, /^\| \[3\. Estimate scale\]\[step-3\] \| No file yet \| — \| 0\/2 \|$/m);
    assert.match(markdown, /^\| \[2\. Clarify requirements\]\[step-2\] \| Draft \| — \| 2\/6 \|$/m);
    assert.equal(sourceMap.filter((entry) => entry.gap).length, 5 + 3, 'five missing steps and three missing sections');
    const stepThree = sourceMap.find((entry) => entry.file.endsWith('/03-scale.md'));
    assert.deepEqual(stepThree && { gap: stepThree.gap, offset: stepThree.offset }, { gap: true, offset: 0 });
    const errors = lintMarkdown(markdown, { default: true, MD013: false }); // the fixture's prose runs past 80 columns
    assert.deepEqual(errors, [], describeErrors(errors, markdown));
  });

  it('can hide them: no notes, no made-up headings, but the status table still lists all seven steps', () => {
    const { markdown, sourceMap } = assembleTexts(partial, false);
    assert.doesNotMatch(markdown, /Gap:/);
    assert.doesNotMatch(markdown, /^## Estimate scale$|^### Stakeholders$/m);
    assert.match(markdown, /### Availability\n\nTODO\n/);
    assert.match(markdown, /^\| 3\. Estimate scale \| No file yet \| — \| 0\/2 \|$/m);
    assert.equal(lines(markdown).filter((line) => line.startsWith('- [')).length, 2, 'contents list the two written steps');
    assert.ok(sourceMap.every((entry) => !entry.gap));
    const errors = lintMarkdown(markdown, { default: true, MD013: false });
    assert.deepEqual(errors, [], describeErrors(errors, markdown));
  });
});

describe('anchors', () => {
  it('are unique across the whole document, as GitHub numbers them', () => {
    const { markdown } = assembleTexts({
      '01-justification.md': stepText(1, '# Overview\n\n## Status\n\nOur own status section.\n'),
      '02-requirements.md': stepText(2, '# Overview\n'),
    });
    assert.match(markdown, /^- \[1\. Validate the need\]\(#overview\)$/m);
    assert.match(markdown, /^- \[2\. Clarify requirements\]\(#overview-1\)$/m);
    // MD051 checks every fragment against the headings. MD024 is off: the duplicate headings are
    // the point of this test (and would be the user's to rename).
    const errors = lintMarkdown(markdown, { default: true, MD024: false });
    assert.deepEqual(errors, [], describeErrors(errors, markdown));
  });

  it("never reuse a link label the user's files define", () => {
    const { markdown } = assembleTexts({
      '01-justification.md': stepText(1, '# Validate the need\n\nSee [step-1].\n\n[step-1]: https://example.com/one\n'),
    });
    assert.match(markdown, /^\[step-1-status\]: #validate-the-need$/m);
    assert.match(markdown, /^\[step-1\]: https:\/\/example\.com\/one$/m);
    assert.equal((markdown.match(/^\[step-1\]:/gm) ?? []).length, 1);
  });

  it('escape Markdown in the design title and reviewer names', () => {
    const { markdown } = assembleTexts({ '01-justification.md': stepText(1, '# Validate the need\n', { design: '"A *bold* | design #"', reviewers: '["x_y", "a|b"]' }) });
    assert.match(markdown, /^# A \\\*bold\\\* \\\| design \\#$/m);
    assert.match(markdown, /\| x\\_y, a\\\|b \|/);
  });
});
