/**
 * A small scanner for the HTML that rehype-stringify writes, for the XSS and render tests. It reads
 * every start tag with its attributes (values entity-decoded), so assertions look at real
 * attributes and not at text that merely mentions `onerror=` inside a code block.
 * rehype-stringify escapes `<` in text, so every `<` in its output opens a real tag.
 */
import assert from 'node:assert/strict';
import { isRemoteUrl } from '../../src/core';

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let index = 0;
  while ((index = html.indexOf('<', index)) >= 0) {
    const rest = html.slice(index + 1);
    if (rest.startsWith('!') || rest.startsWith('/') || rest.startsWith('?')) {
      const close = html.indexOf('>', index);
      index = close < 0 ? html.length : close + 1;
      continue;
    }
    const name = /^[A-Za-z][^\s/>]*/.exec(rest)?.[0];
    if (!name) {
      index++;
      continue;
    }
    let cursor = index + 1 + name.length;
    const attributes = new Map<string, string>();
    while (cursor < html.length) {
      while (cursor < html.length && /[\s/]/.test(html.charAt(cursor))) cursor++;
      if (html.charAt(cursor) === '>' || cursor >= html.length) break;
      const attribute = /^[^\s"'>/=]+/.exec(html.slice(cursor))?.[0] ?? html.charAt(cursor);
      cursor += attribute.length;
      while (/\s/.test(html.charAt(cursor))) cursor++;
      let value = '';
      if (html.charAt(cursor) === '=') {
        cursor++;
        while (/\s/.test(html.charAt(cursor))) cursor++;
        const quote = html.charAt(cursor);
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, cursor + 1);
          value = html.slice(cursor + 1, end < 0 ? html.length : end);
          cursor = end < 0 ? html.length : end + 1;
        } else {
          value = /^[^\s>]*/.exec(html.slice(cursor))?.[0] ?? '';
          cursor += value.length;
        }
      }
      attributes.set(attribute.toLowerCase(), decodeEntities(value));
    }
    tags.push({ name: name.toLowerCase(), attributes });
    index = cursor + 1;
  }
  return tags;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));?/gi, (match, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal) return String.fromCodePoint(parseInt(decimal, 10));
    return NAMED[(name ?? '').toLowerCase()] ?? match;
  });
}

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'meta', 'base', 'form', 'button', 'style', 'link',
  'svg', 'math', 'portal', 'template', 'noscript', 'video', 'audio', 'textarea', 'select', 'body', 'html', 'head',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'longdesc', 'srcset', 'ping', 'codebase', 'dynsrc', 'lowsrc']);
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'data', 'dynsrc', 'lowsrc']);

/** A URL as a browser reads its scheme: leading controls and spaces dropped, tabs and newlines removed, lower case. */
function schemeView(url: string): string {
  let start = 0;
  while (start < url.length && url.charCodeAt(start) <= 0x20) start++;
  return url.slice(start).replace(/[\t\n\r]/g, '').toLowerCase();
}

/** Fails unless `html` is inert: see test/fixtures/xss/payloads.md for what that means. */
export function assertInert(html: string, options: { remoteImagesAllowed?: boolean; context?: string } = {}): void {
  const where = options.context ? ` (${options.context})` : '';
  assert.ok(!/<script/i.test(html), `a <script> tag is left${where}:\n${html}`);
  for (const tag of scanTags(html)) {
    assert.ok(!FORBIDDEN_ELEMENTS.has(tag.name), `a <${tag.name}> element is left${where}:\n${html}`);
    if (tag.name === 'input') {
      assert.equal(tag.attributes.get('type'), 'checkbox', `an <input> other than a task-list checkbox is left${where}`);
      assert.ok(tag.attributes.has('disabled'), `an enabled <input> is left${where}`);
    }
    for (const [name, value] of tag.attributes) {
      assert.ok(!name.startsWith('on'), `an event handler ${name}= is left on <${tag.name}>${where}:\n${html}`);
      assert.ok(name !== 'style', `a style= attribute is left on <${tag.name}>${where}`);
      assert.ok(name !== 'srcdoc', `a srcdoc= attribute is left on <${tag.name}>${where}`);
      if (!URL_ATTRIBUTES.has(name)) continue;
      const scheme = schemeView(value);
      for (const bad of ['javascript:', 'vbscript:', 'data:', 'file:']) {
        assert.ok(!scheme.startsWith(bad), `${name}="${value}" on <${tag.name}> uses ${bad}${where}`);
      }
      if (LOADING_ATTRIBUTES.has(name) && !options.remoteImagesAllowed) {
        const urls = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) assert.ok(!isRemoteUrl(url), `${name}="${value}" on <${tag.name}> loads from the network${where}`);
      }
    }
  }
}
