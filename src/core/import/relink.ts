/**
 * Links of an imported section, kept working where the section is written: a relative link or
 * image (Markdown, or `src`/`href` in raw HTML) is rebased from the document's folder to the output's, and a link to a heading of the
 * document (`#goals`) names the step file that heading went to when it went to another one.
 */
import type { Nodes } from 'mdast';
import { rebaseImageSrc } from '../assemble/image-paths';
import type { OffsetRange } from '../types';
import { labelKey } from './import-source';

export interface TextEdit {
  range: OffsetRange;
  text: string;
}

export interface RelinkContext {
  text: string;
  sourceFolder: string;
  outputFolder: string;
  /** The file a heading anchor of the document landed in, when not the one being written. */
  anchorFile(fragment: string): string | undefined;
}

const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/)/i;

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Where the destination of a link, image or definition is written, and how (the URL may be escaped or encoded there). */
function destination(context: RelinkContext, node: Nodes & { url: string }): OffsetRange | undefined {
  let from = start(node);
  if (node.type === 'link') {
    const last = node.children[node.children.length - 1];
    if (last) from = end(last);
  } else if (node.type === 'definition') {
    from = context.text.indexOf(']:', from);
  } else {
    from = context.text.indexOf('](', from);
  }
  if (from < 0) return undefined;
  const written = context.text.slice(from, end(node));
  const spellings = [node.url];
  try {
    spellings.push(decodeURI(node.url));
  } catch {
    // written as it is parsed, or not at all
  }
  for (const spelling of spellings) {
    const at = spelling === '' ? -1 : written.indexOf(spelling);
    if (at >= 0) return { start: from + at, end: from + at + spelling.length };
  }
  return undefined;
}

function newUrl(context: RelinkContext, url: string): string | undefined {
  if (url.startsWith('#')) {
    const file = context.anchorFile(url.slice(1));
    return file === undefined ? undefined : file + url;
  }
  if (url === '' || NOT_RELATIVE.test(url) || context.sourceFolder === context.outputFolder) return undefined;
  const rebased = rebaseImageSrc(url, context.sourceFolder, context.outputFolder);
  return rebased === url ? undefined : rebased;
}

/** The `src` and `href` attributes of raw HTML (`<img src="../img/a.png">`); `[^<>]` keeps the scan linear. */
const HTML_URL = /<[a-z][^<>]*?\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+))/gi;

function htmlEdits(context: RelinkContext, node: Nodes & { value: string }): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of node.value.matchAll(HTML_URL)) {
    const url = match[1] ?? match[2] ?? match[3];
    const rebased = url === undefined ? undefined : newUrl(context, url);
    if (url === undefined || rebased === undefined) continue;
    // the value sits last in the match, so it ends where the match ends (before a closing quote)
    const quoted = match[3] === undefined ? 1 : 0;
    const end = start(node) + match.index + match[0].length - quoted;
    edits.push({ range: { start: end - url.length, end }, text: rebased });
  }
  return edits;
}

/** The edits that keep the links of `nodes` working, and the reference labels they use. */
export function relinkEdits(context: RelinkContext, nodes: readonly Nodes[]): { edits: TextEdit[]; uses: Set<string> } {
  const edits: TextEdit[] = [];
  const uses = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'linkReference' || node.type === 'imageReference') uses.add(labelKey(node.identifier));
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = newUrl(context, node.url);
      const range = url === undefined ? undefined : destination(context, node);
      if (url !== undefined && range) edits.push({ range, text: url });
    }
    if (node.type === 'html') edits.push(...htmlEdits(context, node));
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  for (const node of nodes) visit(node);
  return { edits, uses };
}

/** `text` (the part of the document from `offset`) with the edits that fall inside it applied. */
export function applyTextEdits(text: string, offset: number, edits: readonly TextEdit[]): string {
  let result = text;
  const inside = edits.filter((edit) => edit.range.start >= offset && edit.range.end <= offset + text.length).sort((a, b) => b.range.start - a.range.start);
  for (const edit of inside) result = result.slice(0, edit.range.start - offset) + edit.text + result.slice(edit.range.end - offset);
  return result;
}
