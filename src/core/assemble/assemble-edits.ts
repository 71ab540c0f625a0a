/**
 * The only changes the assembler makes to a step file's bytes: heading markers and HTML comments.
 * Both are found through the mdast tree (never by a regex over the whole text), so `#` lines and
 * `<!--` inside code blocks are left alone.
 */
import type { Heading, Html, Nodes, Root } from 'mdast';
import { htmlComments, withoutComments } from '../markdown/html-comment';
import { lineBreakLength, lineEndAt, lineStartAt, trailingBlankLength, trimEndOf } from '../markdown/text';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** True for HTML made only of comments (an unclosed one included) and white space. */
export function isCommentOnly(html: string): boolean {
  return withoutComments(html).trim() === '';
}

export function startOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

/** Start and end of lines: one definition, in markdown/text.ts. */
export const lineStart = lineStartAt;
export const lineEnd = lineEndAt;

/** True when the line holding `offset` is empty, or holds only spaces and `>` markers (or there is no such line). */
function isBlank(text: string, offset: number): boolean {
  if (offset < 0 || offset >= text.length) return true;
  return /^[ \t>]*$/.test(text.slice(lineStart(text, offset), lineEnd(text, offset)));
}

/**
 * Deletions that remove the HTML comments in `html`. A comment alone on its line takes the line with
 * it (container markers such as `>` included); one that ends a line takes the spaces before it.
 */
export function commentDeletions(text: string, html: Html): TextEdit[] {
  const start = startOf(html);
  const source = text.slice(start, endOf(html));
  // Comments separated only by spaces go as one, so a line of several comments goes whole.
  const spans: { from: number; to: number }[] = [];
  for (const comment of htmlComments(source)) {
    const from = start + comment.start;
    const to = start + comment.end;
    const last = spans[spans.length - 1];
    if (last && /^[ \t]*$/.test(text.slice(last.to, from))) last.to = to;
    else spans.push({ from, to });
  }
  const edits: TextEdit[] = [];
  for (const { from, to } of spans) {
    const head = lineStart(text, from);
    const tail = lineEnd(text, to);
    const before = text.slice(head, from);
    const after = text.slice(to, tail);
    if (/^[ \t>]*$/.test(before) && /^[ \t]*$/.test(after)) {
      const next = tail + lineBreakLength(text, tail);
      // A comment block between two lines of text kept them apart: leave a blank (quoted) line.
      // Inside an HTML block a blank line would end the block, so there the line just goes.
      // Between two blank lines, one of them goes too (no run of blank lines is left behind).
      const blankBefore = isBlank(text, head - 1);
      const blankAfter = isBlank(text, next);
      const keepApart = isCommentOnly(html.value) && !blankBefore && !blankAfter;
      const afterNext = blankBefore && blankAfter && head > 0 && next < text.length ? lineEnd(text, next) : undefined;
      const end = keepApart ? tail : afterNext === undefined ? next : afterNext + lineBreakLength(text, afterNext);
      edits.push({ start: head, end, text: keepApart ? before.trimEnd() : '' });
    } else if (/^[ \t]*$/.test(after)) {
      edits.push({ start: from - trailingBlankLength(before), end: to, text: '' });
    } else if (/^[ \t>]*$/.test(before)) {
      edits.push({ start: from, end: to + (/^[ \t]*/.exec(after)?.[0].length ?? 0), text: '' });
    } else {
      // "a <!-- c --> b" → "a b": the space before goes with the comment.
      const space = /^[ \t]/.test(after) ? trailingBlankLength(before) : 0;
      edits.push({ start: from - space, end: to, text: '' });
    }
  }
  return edits;
}

/**
 * The heading rewritten at `level` as an ATX heading: new `#` markers, the content's bytes kept
 * (comments dropped, the lines of a setext heading joined), no closing `#`s, no indentation when
 * the heading starts its line.
 */
export function headingEdit(text: string, heading: Heading, level: number): TextEdit {
  const start = startOf(heading);
  const head = lineStart(text, start);
  const from = /^[ \t]*$/.test(text.slice(head, start)) ? head : start;
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  let content = '';
  if (first && last) {
    const inner: TextEdit[] = [];
    const visit = (node: Nodes) => {
      if (node.type === 'html') inner.push(...commentDeletions(text, node));
      else if ('children' in node) node.children.forEach(visit);
    };
    heading.children.forEach(visit);
    content = applyEditsInRange(text, startOf(first), endOf(last), sortEdits(inner))
      .text.split(/\r\n|\r|\n/)
      .map((line, index, lines) => {
        // A setext heading's lines joined by one space: line ends and the next line's quote markers go.
        const end = index < lines.length - 1 ? trimEndOf(line, /[ \t]/) : line;
        return index > 0 ? end.replace(/^[ \t>]*/, '') : end;
      })
      .join(' ')
      .trim();
  }
  const marker = '#'.repeat(Math.min(6, Math.max(1, level)));
  return { start: from, end: endOf(heading), text: content ? `${marker} ${content}` : marker };
}

/** Sorts edits, merges overlapping deletions and drops any other edit that overlaps an earlier one. */
export function normalizeEdits(edits: TextEdit[]): TextEdit[] {
  const sorted = sortEdits(edits);
  const result: TextEdit[] = [];
  for (const edit of sorted) {
    const previous = result[result.length - 1];
    if (previous && edit.start < previous.end) {
      if (previous.text === '' && edit.text === '') previous.end = Math.max(previous.end, edit.end);
      continue;
    }
    result.push({ ...edit });
  }
  return result;
}

/** The edits in the order they apply: by start, then end (a stable sort keeps equal ones in order). */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * `text[start, end)` with the edits that start inside it applied, and a function mapping an offset
 * of `text` to an offset of the result. `sorted` comes from `sortEdits`: the edits of the range are
 * found by binary search, so assembling a file's blocks stays linear in its edits.
 */
export function applyEditsInRange(text: string, start: number, end: number, sorted: readonly TextEdit[]): { text: string; map: (offset: number) => number } {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < start) low = middle + 1;
    else high = middle;
  }
  let last = low;
  while (last < sorted.length && (sorted[last]?.start ?? end) < end) last++;
  const inside = normalizeEdits(sorted.slice(low, last));
  let out = '';
  let cursor = start;
  const shifts: { at: number; delta: number }[] = [];
  for (const edit of inside) {
    const editEnd = Math.min(edit.end, end);
    out += text.slice(cursor, edit.start) + edit.text;
    shifts.push({ at: editEnd, delta: edit.text.length - (editEnd - edit.start) });
    cursor = editEnd;
  }
  out += text.slice(cursor, end);
  const map = (offset: number) => {
    let mapped = offset - start;
    for (const shift of shifts) if (shift.at <= offset) mapped += shift.delta;
    return mapped;
  };
  return { text: out, map };
}

/** Every node of `tree` with its ancestors, depth first, in document order. */
export function walk(tree: Root, visit: (node: Nodes, ancestors: Nodes[]) => void): void {
  const go = (node: Nodes, ancestors: Nodes[]) => {
    visit(node, ancestors);
    if ('children' in node) {
      const next = [...ancestors, node];
      for (const child of node.children) go(child, next);
    }
  };
  go(tree, []);
}
