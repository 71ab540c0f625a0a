/**
 * The links a step file writes and the anchors it offers, read once per parse. Links are Markdown
 * links: inline links and images, and the definitions reference-style links use (one definition
 * serves every `[text][label]` that names it). Code spans, code blocks, HTML and the front matter
 * hold no links.
 */
import type { Nodes, Root } from 'mdast';
import type { StepDoc } from './parse';
import { headingText, Slugger } from './slug';
import type { OffsetRange } from '../types';

export interface LinkTarget {
  kind: 'link' | 'image' | 'definition';
  /** The destination as parsed: escapes and entities resolved, unsafe characters percent-encoded. */
  url: string;
  /** The whole link, image or definition in the file's text. */
  range: OffsetRange;
  /** Where the destination can start in the text: after the link text, the alt text or the label. */
  destinationFrom: number;
}

export interface Anchor {
  /** The id a reader's browser scrolls to: a heading's GitHub slug (`notes-1` for a second "Notes"), or an HTML `id`/`name`. */
  id: string;
  /** The heading's text (empty for an HTML anchor). */
  text: string;
}

export interface FileLinks {
  links: LinkTarget[];
  anchors: Anchor[];
  ids: ReadonlySet<string>;
}

const cache = new WeakMap<StepDoc, FileLinks>();
/** `id="x"` or `name="x"` in raw HTML (such as `<a name="x"></a>`); `[^<>]` keeps the scan linear. */
const HTML_ANCHOR = /<[a-z][^<>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+))/gi;

/** The file's links and anchors, in document order (cached on the parse). */
export function fileLinks(doc: StepDoc): FileLinks {
  let found = cache.get(doc);
  if (!found) {
    found = collect(doc);
    cache.set(doc, found);
  }
  return found;
}

function collect(doc: StepDoc): FileLinks {
  const found = collectFrom(doc, doc.tree);
  // A part of a one-file design links within its part, but any heading of the file is a target.
  if (!doc.fileTree) return found;
  const anchors = collectFrom(doc, doc.fileTree).anchors;
  return { links: found.links, anchors, ids: new Set(anchors.map((anchor) => anchor.id)) };
}

function collectFrom(doc: StepDoc, tree: Root): FileLinks {
  const links: LinkTarget[] = [];
  const anchors: Anchor[] = [];
  const slugger = new Slugger();
  const offset = (at: number | undefined) => (at ?? 0) + doc.shift;
  const visit = (node: Nodes): void => {
    const start = offset(node.position?.start.offset);
    const range = { start, end: offset(node.position?.end.offset) };
    switch (node.type) {
      case 'heading': {
        const text = headingText(node);
        const id = slugger.slug(text);
        if (id !== '') anchors.push({ id, text: text.trim() });
        break;
      }
      case 'link': {
        const last = node.children[node.children.length - 1];
        links.push({ kind: 'link', url: node.url, range, destinationFrom: last ? offset(last.position?.end.offset) : start + 1 });
        break;
      }
      case 'image':
        links.push({ kind: 'image', url: node.url, range, destinationFrom: Math.max(start, doc.text.indexOf('](', start)) });
        break;
      case 'definition':
        links.push({ kind: 'definition', url: node.url, range, destinationFrom: Math.max(start, doc.text.indexOf(']:', start)) });
        return;
      case 'html':
        for (const match of node.value.matchAll(HTML_ANCHOR)) {
          const id = match[1] ?? match[2] ?? match[3];
          if (id) anchors.push({ id, text: '' });
        }
        return;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { links, anchors, ids: new Set(anchors.map((anchor) => anchor.id)) };
}

/**
 * Where one of `written` (ways the destination's part may be spelled in the source) sits in the
 * link's destination: the first match after the link text that a destination character does not
 * continue. Undefined when the source spells it some other way (a fix then cannot be offered).
 */
export function findInDestination(doc: StepDoc, link: LinkTarget, written: readonly string[]): (OffsetRange & { text: string }) | undefined {
  const source = doc.text.slice(link.destinationFrom, link.range.end);
  for (const text of written) {
    if (text === '') continue;
    for (let at = source.indexOf(text); at >= 0; at = source.indexOf(text, at + 1)) {
      const after = source.charAt(at + text.length);
      if (after === '' || /[)>\s"'#?]/.test(after)) return { start: link.destinationFrom + at, end: link.destinationFrom + at + text.length, text };
    }
  }
  return undefined;
}
