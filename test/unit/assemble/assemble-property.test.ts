/**
 * Properties of assemble + render over generated step files made of awkward Markdown pieces
 * (comments in every position, setext and closed headings, code that looks like headings, CRLF,
 * BOM, unclosed comments, raw HTML): never a crash, one H1, no comment left outside code, a
 * source-map entry for every heading, LF only, and inert HTML.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { parseStepDoc, renderMarkdown } from '../../../src/core';
import { parseMarkdown } from '../../../src/core/markdown/parse';
import { headingSlugs } from '../../../src/core/markdown/slug';
import { assembleTexts } from '../assemble-support';
import { assertInert, scanTags } from '../html-scan';

const PIECES = [
  '# Validate the need',
  '# Another title',
  '## Problem statement',
  '## Proposed solution ##',
  '   ## Existing solutions',
  '###### Deep',
  '####### not a heading',
  '#',
  'Setext title\n===',
  'Setext over\ntwo lines\n---',
  '<!-- guidance -->',
  '<!-- guidance\nover lines -->',
  '<!-->',
  '<!-- unclosed guidance',
  'Text <!-- inline --> more.',
  'Ends with a comment <!-- x -->',
  '<!-- a --> <!-- b -->',
  '```\n# code, not a heading\n<!-- code, not a comment -->\n```',
  '~~~mermaid\nflowchart LR\n  a --> b\n~~~',
  '    # indented code',
  '> ## Quoted heading\n> <!-- quoted comment -->\n> text',
  '- item\n  <!-- nested -->\n- # heading in a list',
  '1. one\n2. two',
  '| a | b |\n| --- | --- |\n| 1 <!-- c --> | 2 |',
  '[step-1]: https://example.com',
  '[^1]: A footnote.',
  'Read this.[^1]',
  '<div>\n<!-- in html -->\n</div>',
  '<script>alert(1)</script>',
  '![diagram](img/a.png) ![remote](https://evil.example/p.png)',
  '---',
  'TODO',
  'Plain paragraph.',
  '> Quoted paragraph.\n> <!-- between -->\n> Another one.',
  '- x\n\n  <!-- c -->\n\n  y',
  '<pre>\nraw block left open',
  '```\nfence left open',
];

const stepBody = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }), { maxLength: 14 })
  .chain((pieces) => fc.tuple(fc.constant(pieces), fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n'), { minLength: pieces.length, maxLength: pieces.length })))
  .map(([pieces, gaps]) => pieces.map((piece, index) => piece + (gaps[index] ?? '\n')).join(''));

const stepFile = fc.record({ body: stepBody, crlf: fc.boolean(), bom: fc.boolean(), step: fc.integer({ min: 1, max: 7 }) }).map(({ body, crlf, bom, step }) => {
  const text = `---\ndesign: Generated\ndesign-step: ${step}\nstatus: draft\nreviewers: []\n---\n${body}`;
  return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
});

function nodesOf(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = [];
  const visit = (node: Nodes) => {
    if (node.type === type) found.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return found;
}

describe('assemble and render, on generated step files', () => {
  it('keep their promises', () => {
    fc.assert(
      fc.property(fc.array(stepFile, { minLength: 1, maxLength: 3 }), fc.boolean(), (texts, showGaps) => {
        const files = Object.fromEntries(texts.map((text, index) => [`0${parseStepDoc(text).step ?? index}-step-${index}.md`, text]));
        const { markdown, sourceMap } = assembleTexts(files, showGaps);
        assert.ok(!markdown.includes('\r') && !markdown.includes('\uFEFF'), 'LF only, no BOM');
        assert.ok(markdown.endsWith('\n') && !markdown.endsWith('\n\n'), 'one final newline');
        const tree = parseMarkdown(markdown);
        const headings = nodesOf(tree, 'heading') as Extract<Nodes, { type: 'heading' }>[];
        assert.equal(headings.filter((heading) => heading.depth === 1).length, 1, 'one H1, the title');
        assert.equal(headings.length, sourceMap.length + 3, 'a source-map entry for every heading but the title, Status and Contents');
        const lines = markdown.split('\n');
        const slugs = new Map(headingSlugs(tree).map(({ heading, slug }) => [heading, slug]));
        for (const heading of headings.slice(3)) {
          const line = (heading.position?.start.line ?? 0) - 1;
          const entry = sourceMap.find((candidate) => candidate.line === line);
          assert.ok(entry, `the heading on line ${line} is not in the source map: ${lines[line]}`);
          // The preview's targets come from these ids without a second parse: they must be the rendered ones.
          assert.equal(entry.id ?? '', slugs.get(heading), `the id of the heading on line ${line}: ${lines[line]}`);
        }
        for (const html of nodesOf(tree, 'html')) {
          // `<!-- -->` is the assembler's own separator, where a removed comment kept two lists apart.
          const value = 'value' in html ? html.value : '';
          assert.ok(value === '<!-- -->' || !value.includes('<!--'), `a comment is left: ${value}`);
        }
        const html = renderMarkdown(markdown);
        assertInert(html);
        // Every contents and status link reaches its heading in the rendered document. (markdownlint's
        // MD051 is not used here: it leaves bare URLs out of heading anchors, where GitHub keeps them.)
        const tags = scanTags(html);
        const ids = new Set(tags.map((tag) => tag.attributes.get('id')));
        for (const tag of tags) {
          const href = tag.attributes.get('href');
          if (href?.startsWith('#')) assert.ok(ids.has(decodeURIComponent(href.slice(1))), `${href} leads nowhere`);
        }
      }),
      // A fixed seed, as in the form's property tests, so npm test is the same on every run; set
      // PROPERTY_SEED to explore. Known open counterexample: seed -1376761552 (`<!A` opens an HTML
      // declaration that only a later comment's `>` closes; stripping the comment lets it swallow the heading).
      { numRuns: 150, seed: Number(process.env.PROPERTY_SEED ?? 20261202) },
    );
  });
});
