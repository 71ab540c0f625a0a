/**
 * The step parser skips work remark would do for nothing (autolink literals a text cannot hold),
 * so its tree must stay the one remark builds with the same grammar: every node, value and
 * position, on the fixtures, the example and texts made to catch the shortcuts out.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stepFileSyntax } from '../../../src/core/markdown/markdown-syntax';
import { parseMarkdown } from '../../../src/core/markdown/parse';
import { EXAMPLE, FIXTURES } from '../helpers';

const remark = unified().use(remarkParse).use(stepFileSyntax);

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return name.endsWith('.md') ? [file] : [];
  });
}

const EDGE_CASES: Record<string, string> = {
  'literals of every kind': 'See https://example.com/a?b#c, www.example.com and team@example.com.\n',
  'upper-case marks': 'HTTP://EXAMPLE.COM and WWW.EXAMPLE.COM and Team@Example.COM\n',
  'emphasis inside a literal': 'www.example.com/_foo_ and http://a.example/*x* and _a@b.co_\n',
  'literal inside a link': '[see http://x.example](https://y.example) and [a@b.co][ref]\n\n[ref]: https://z.example\n',
  'unbalanced bracket before a literal': '[ http://x.example and [a@b.co\n',
  'mail and xmpp': 'mailto:a@b.example xmpp:a@b.example/res x@y.z_ a@b-\n',
  'an at sign but no address': 'Ping @alice, cost @ 5 $/GB, `a@b.co` in code.\n',
  'a www that is no literal': 'awww.example wwwx.com www. www\n',
  'a protocol that is no literal': 'ahttp://x.example http:/x https:// ftp://x.example\n',
  'literals in a table and a heading': '# Docs at www.example.com\n\n| a | b |\n|---|---|\n| https://x.example | c@d.example |\n',
  'literal and trailing punctuation': 'Go to https://x.example/path). Or (www.example.com/a_(b)).\n',
  'front matter with addresses': '---\ndesign-step: 1\nreviewers: [a@b.example]\n---\n# T\n\nNo links here.\n',
  'footnotes, strikethrough and tasks': 'Text[^1] ~~gone https://x.example~~\n\n- [ ] task www.example.com\n\n[^1]: note a@b.example\n',
  'character references and escapes': 'http&#58;//x.example www\\.example.com a\\@b.example h&#116;tp://x.example\n',
};

describe('the step parser builds the tree remark builds', () => {
  it('on every fixture and the example', () => {
    const files = [...markdownFiles(FIXTURES), ...markdownFiles(EXAMPLE)];
    assert.ok(files.length > 20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      assert.deepStrictEqual(parseMarkdown(text), remark.parse(text), file);
    }
  });

  it('on a text parsed after one that defines links, footnotes and lazy lines', () => {
    const first = '[a]: /x\n\n[^1]: note\n\n> quote\nlazy line\n';
    const second = 'Uses [a] and a note[^1].\n\n> quote\n> not lazy\nlazy line\n';
    assert.deepStrictEqual(parseMarkdown(first), remark.parse(first));
    assert.deepStrictEqual(parseMarkdown(second), remark.parse(second));
    const paragraph = parseMarkdown(second).children[0];
    assert.ok(paragraph?.type === 'paragraph' && paragraph.children.every((child) => child.type === 'text'), 'the first text\'s definitions stay with it');
  });

  for (const [name, text] of Object.entries(EDGE_CASES)) {
    it(`on ${name}`, () => {
      assert.deepStrictEqual(parseMarkdown(text), remark.parse(text));
      assert.deepStrictEqual(parseMarkdown(text.replace(/\n/g, '\r\n')), remark.parse(text.replace(/\n/g, '\r\n')));
    });
  }
});
