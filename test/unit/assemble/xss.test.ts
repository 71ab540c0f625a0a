/**
 * Hostile step files come out of the renderer inert. The corpus is test/fixtures/xss/payloads.md,
 * one payload under each `###` heading; each is rendered on its own, then all of them together
 * inside a step file that goes through the assembler first, as the preview and the export do.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assembleDesign, checkDesign, groupIntoDesigns, dirname, renderMarkdown, stepFileFromText } from '../../../src/core';
import { fixture } from '../helpers';
import { assertInert, scanTags } from '../html-scan';

interface Payload {
  name: string;
  markdown: string;
}

const CORPUS = fixture('xss/payloads.md');

function payloads(): Payload[] {
  const found: Payload[] = [];
  const parts = CORPUS.split(/^### (.+)$/m);
  for (let index = 1; index + 1 < parts.length; index += 2) {
    found.push({ name: (parts[index] ?? '').trim(), markdown: (parts[index + 1] ?? '').trim() + '\n' });
  }
  return found;
}

describe('XSS corpus', () => {
  const corpus = payloads();

  it('holds at least 30 payloads, each with a name and a body', () => {
    assert.ok(corpus.length >= 30, `only ${corpus.length} payloads`);
    for (const payload of corpus) assert.ok(payload.markdown.trim().length > 0, `${payload.name} is empty`);
  });

  for (const payload of corpus) {
    it(`renders inert: ${payload.name}`, () => {
      assertInert(renderMarkdown(payload.markdown), { context: payload.name });
      // Remote images may be allowed (the exported page); nothing else loosens.
      assertInert(renderMarkdown(payload.markdown, { allowRemoteImages: true }), { context: payload.name, remoteImagesAllowed: true });
    });
  }

  it('renders inert when the whole corpus sits in a step file and is assembled first', () => {
    const stepOne = ['---', 'design: Hostile', 'design-step: 1', 'status: draft', 'reviewers: ["<img src=x onerror=alert(1)>"]', '---', '# Validate the need', '', '## Problem statement', '', CORPUS].join('\n');
    const files = [stepFileFromText('/designs/hostile/01-justification.md', stepOne)];
    const design = groupIntoDesigns(files, [], dirname)[0];
    assert.ok(design);
    const { markdown } = assembleDesign(design, checkDesign(design), { showGaps: true });
    const html = renderMarkdown(markdown);
    assertInert(html, { context: 'assembled corpus' });
    // The payload headings survive as headings with ids, so the document is still navigable.
    const headings = scanTags(html).filter((tag) => tag.name === 'h4' && tag.attributes.has('id'));
    assert.equal(headings.length, payloads().length);
  });

  it('a design title and reviewers cannot inject markup either', () => {
    const text = ['---', 'design: "<script>alert(1)</script> [x](javascript:alert(1))"', 'design-step: 1', 'reviewers: ["<b onclick=alert(1)>ana</b>", "li|x"]', '---', '# Validate the need', ''].join('\n');
    const design = groupIntoDesigns([stepFileFromText('/d/x/01-justification.md', text)], [], dirname)[0];
    assert.ok(design);
    const { markdown } = assembleDesign(design, checkDesign(design), { showGaps: true });
    assert.match(markdown, /^# \\<script\\>alert\(1\)\\<\/script\\> \\\[x\\\]\(javascript:alert\(1\)\)$/m);
    assert.match(markdown, /\| \\<b onclick=alert\(1\)\\>ana\\<\/b\\>, li\\\|x \|/);
    const html = renderMarkdown(markdown);
    assertInert(html);
    assert.match(html, /<h1 id="[^"]*">&#x3C;script>alert\(1\)&#x3C;\/script> \[x\]\(javascript:alert\(1\)\)<\/h1>/);
  });
});

describe('the inertness check itself', () => {
  // If these pass, a green corpus means something.
  const unsafe: [string, string][] = [
    ['script', '<p>x</p><script>alert(1)</script>'],
    ['event handler', '<img src="a.png" onerror="alert(1)">'],
    ['javascript: link', '<a href=" JAVA&#x53;CRIPT:alert(1)">x</a>'],
    ['tab inside the scheme', '<a href="java&#9;script:alert(1)">x</a>'],
    ['data: document', "<a href='data:text/html,x'>x</a>"],
    ['iframe', '<iframe src="x.html"></iframe>'],
    ['style attribute', '<p style="color:red">x</p>'],
    ['remote image', '<img src="https://evil.example/x.png">'],
    ['protocol-relative image', '<img src="//evil.example/x.png">'],
    ['remote srcset', '<img src="a.png" srcset="a.png 1x, https://evil.example/x.png 2x">'],
    ['enabled input', '<input type="text">'],
  ];
  for (const [name, html] of unsafe) {
    it(`catches ${name}`, () => assert.throws(() => assertInert(html), assert.AssertionError));
  }

  it('lets text that merely shows a payload through', () => {
    assertInert('<pre><code class="language-html">&#x3C;img src=x onerror=alert(1)> javascript:alert(1)</code></pre>');
  });
});
