/**
 * renderMarkdown keeps what a design doc needs (tables, code, mermaid fences, images, headings with
 * ids that the contents links reach) and loads nothing remote unless asked; the slug function is
 * GitHub's; htmlDocument wraps a fragment into a page that runs no script.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlDocument, isRemoteUrl, renderMarkdown, slugify, Slugger } from '../../../src/core';
import { fixture } from '../helpers';
import { assertInert, scanTags } from '../html-scan';

const GOLDEN = fixture('golden/url-shortener.assembled.md');

describe('renderMarkdown', () => {
  it('keeps tables, with alignment and inline code in cells', () => {
    const html = renderMarkdown('| Name | TPS |\n| :--- | ---: |\n| `create` | 40 |\n');
    assert.match(html, /<table>\s*<thead>\s*<tr>\s*<th align="left">Name<\/th>\s*<th align="right">TPS<\/th>/);
    assert.match(html, /<td align="left"><code>create<\/code><\/td>\s*<td align="right">40<\/td>/);
  });

  it('keeps fenced code with its language, escaped, and mermaid fences for the client to draw', () => {
    const html = renderMarkdown('```ts\nconst a = 1 < 2;\n```\n\n```mermaid\nflowchart LR\n  a --> b\n```\n');
    assert.match(html, /<pre><code class="language-ts">const a = 1 &#x3C; 2;\n<\/code><\/pre>/);
    assert.match(html, /<pre><code class="language-mermaid">flowchart LR\n {2}a --> b\n<\/code><\/pre>/);
  });

  it('renders the assembled example: every table, every diagram, every heading', () => {
    const html = renderMarkdown(GOLDEN);
    const tags = scanTags(html);
    const count = (name: string) => tags.filter((tag) => tag.name === name).length;
    assert.equal(count('table'), (GOLDEN.match(/^\|(?: *:?-{3,}:? *\|)+$/gm) ?? []).length);
    assert.equal(count('pre'), (GOLDEN.match(/^```\w/gm) ?? []).length);
    assert.equal(tags.filter((tag) => tag.name === 'code' && tag.attributes.get('class') === 'language-mermaid').length, (GOLDEN.match(/^```mermaid$/gm) ?? []).length);
    const headingCount = (GOLDEN.replace(/^```[\s\S]*?^```$/gm, '').match(/^#{1,6} /gm) ?? []).length;
    assert.equal(tags.filter((tag) => /^h[1-6]$/.test(tag.name)).length, headingCount);
    assertInert(html);
  });

  it('gives headings the ids the contents and status links point to', () => {
    const html = renderMarkdown(GOLDEN);
    const tags = scanTags(html);
    const ids = new Set(tags.map((tag) => tag.attributes.get('id')).filter((id): id is string => id !== undefined));
    const fragments = tags.map((tag) => tag.attributes.get('href')).filter((href): href is string => href?.startsWith('#') ?? false);
    assert.ok(fragments.length >= 14, 'seven contents links and seven status links');
    for (const fragment of fragments) assert.ok(ids.has(decodeURIComponent(fragment.slice(1))), `${fragment} leads nowhere`);
    for (const id of ['validate-the-need', 'clarify-requirements', 'design-individual-components', 'shorten-a-link', 'technology-choices']) {
      assert.ok(ids.has(id), `no heading with id ${id}`);
    }
  });

  it('numbers duplicate headings as GitHub does and keeps in-page links working', () => {
    const html = renderMarkdown('# Notes\n\n## Notes\n\n## Notes 1\n\nSee [the second](#notes-1) and [the third](#notes-1-1).\n');
    assert.match(html, /<h1 id="notes">/);
    assert.match(html, /<h2 id="notes-1">Notes<\/h2>/);
    assert.match(html, /<h2 id="notes-1-1">Notes 1<\/h2>/);
    assert.match(html, /href="#notes-1"/);
  });

  it('points footnote links at the prefixed footnote ids', () => {
    const html = renderMarkdown('A claim.[^1]\n\n[^1]: The source.\n');
    const tags = scanTags(html);
    const ids = new Set(tags.map((tag) => tag.attributes.get('id')));
    for (const tag of tags.filter((candidate) => candidate.attributes.get('href')?.startsWith('#'))) {
      assert.ok(ids.has(tag.attributes.get('href')?.slice(1)), `${tag.attributes.get('href')} leads nowhere`);
    }
  });

  it('replaces remote images by a link unless allowed, and keeps relative ones', () => {
    const markdown = '![diagram](img/flow.png) ![pixel](https://evil.example/p.png) ![rel](//evil.example/p.png) ![bs](/\\evil.example/p.png)\n';
    const html = renderMarkdown(markdown);
    const images = scanTags(html).filter((tag) => tag.name === 'img');
    // micromark percent-encodes the backslash, so `/\\evil.example` stays a same-origin path.
    assert.deepEqual(images.map((tag) => tag.attributes.get('src')), ['img/flow.png', '/%5Cevil.example/p.png']);
    assert.match(html, /<a href="https:\/\/evil.example\/p.png" class="remote-image"[^>]*>Image: pixel<\/a>/);
    assertInert(html);

    const allowed = scanTags(renderMarkdown(markdown, { allowRemoteImages: true })).filter((tag) => tag.name === 'img');
    assert.deepEqual(
      allowed.map((tag) => tag.attributes.get('src')),
      ['img/flow.png', 'https://evil.example/p.png', '/%5Cevil.example/p.png'],
      'https images load when allowed; protocol-relative ones never do',
    );
  });

  it('maps relative image paths through mapImageSrc, and drops an image it cannot map', () => {
    const html = renderMarkdown('![a](a.png) ![b](missing.png)\n', {
      mapImageSrc: (src) => (src === 'a.png' ? 'https://file+.vscode-resource.vscode-cdn.net/design/a.png' : undefined),
    });
    assert.match(html, /<img src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/design\/a\.png" alt="a">/);
    assert.match(html, /<span class="missing-image">b<\/span>/);
  });

  it('drops raw HTML but keeps the text between tags', () => {
    const html = renderMarkdown('Text with <kbd>Ctrl</kbd> and <span style="color:red">red</span>.\n\n<div>\nblock\n</div>\n');
    assert.equal(html.trim(), '<p>Text with Ctrl and red.</p>');
  });

  it('keeps task lists as disabled checkboxes', () => {
    assert.match(renderMarkdown('- [x] done\n- [ ] open\n'), /<input type="checkbox" checked disabled> done/);
  });
});

describe('isRemoteUrl', () => {
  it('reads URLs as a browser does', () => {
    for (const url of ['https://a.example/x.png', 'HTTP://a.example', '//a.example/x', '/\\a.example/x', ' \thttps://a.example', 'ftp://a', 'data:image/png;base64,AA']) {
      assert.ok(isRemoteUrl(url), url);
    }
    for (const url of ['img/a.png', './a.png', '../shared/a.png', '/abs/a.png', 'a:b.png'.replace(':', '%3A'), '#top']) {
      assert.ok(!isRemoteUrl(url), url);
    }
  });
});

describe('slugs', () => {
  it('follow GitHub: lower case, punctuation dropped, spaces to dashes', () => {
    assert.equal(slugify('Define interfaces and data models'), 'define-interfaces-and-data-models');
    assert.equal(slugify('API & data models'), 'api--data-models');
    assert.equal(slugify('2.1 Use cases'), '21-use-cases');
    assert.equal(slugify('Café — naïve_approach'), 'café--naïve_approach');
    assert.equal(slugify('Redirect service: Go on ECS'), 'redirect-service-go-on-ecs');
  });

  it('are made unique in document order', () => {
    const slugger = new Slugger();
    assert.deepEqual(['A', 'A', 'A-1', 'A', '!!!'].map((text) => slugger.slug(text)), ['a', 'a-1', 'a-1-1', 'a-2', '']);
  });
});

describe('htmlDocument', () => {
  it('is a self-contained page with a script-blocking CSP and an escaped title', () => {
    const page = htmlDocument({ title: 'A <b>"design"</b>', body: renderMarkdown('# A design\n\nText.\n') });
    assert.match(page, /^<!doctype html>\n<html lang="en">/);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/);
    assert.match(page, /<title>A &#60;b&#62;&#34;design&#34;&#60;\/b&#62;<\/title>/);
    assert.match(page, /<style>[\s\S]*<\/style>/);
    assert.doesNotMatch(page, /<script|<link|src="http/);
    assert.doesNotMatch(page, /class="diagram-note"/);
  });

  it('says diagrams are shown as code when there are any, right under the title', () => {
    const page = htmlDocument({ title: 'x', body: renderMarkdown('# Design\n\n```mermaid\nflowchart LR\n```\n') });
    assert.match(page, /<\/h1>\n<p class="diagram-note">Diagrams are shown as their Mermaid source\./);
  });
});
