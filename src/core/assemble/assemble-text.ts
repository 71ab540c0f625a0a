/**
 * The Markdown the assembler writes itself: escaped titles, gap notes wrapped to 80 columns. None of
 * this touches user text; it only makes the generated lines clean under markdownlint's defaults.
 */
import { trimEndOf } from '../markdown/text';
export { lowerFirst } from '../markdown/text';

/** markdownlint's default line length (MD013). Generated lines stay within it. */
export const LINE_WIDTH = 80;

/** Text shown as-is in inline Markdown (a table cell, link text, a heading): no markup, no HTML. */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|&~]/g, (char) => `\\${char}`);
}

/** Like `escapeInline`, and a trailing `#` is not taken for a closing sequence. */
export function escapeHeading(text: string): string {
  const escaped = escapeInline(text);
  const body = trimEndOf(escaped, /#/);
  return body.length === escaped.length ? escaped : `${body}\\${escaped.slice(body.length)}`;
}


/** A word that would start a list, a heading, a quote or a setext underline at the start of a line. */
const BLOCK_START = /^(?:[-+*>#=]|\d+[.)])/;

/**
 * Word-wraps Markdown prose to `width` columns after `prefix` (e.g. `> `). A line never starts with
 * a word that would turn it into a list item or a heading; words longer than a line stay whole.
 */
export function wrap(text: string, prefix: string, width = LINE_WIDTH): string[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line: string[] = [];
  let length = prefix.length;
  for (const word of words) {
    if (line.length === 0 || length + 1 + word.length <= width) {
      length += (line.length === 0 ? 0 : 1) + word.length;
      line.push(word);
      continue;
    }
    // A word that would open the next line with block syntax takes the previous word along.
    const carried = BLOCK_START.test(word) && line.length > 1 ? [line.pop() ?? ''] : [];
    if (BLOCK_START.test(word) && carried.length === 0) {
      length += 1 + word.length;
      line.push(word);
      continue;
    }
    lines.push(prefix + line.join(' '));
    line = [...carried, word];
    length = prefix.length + line.join(' ').length;
  }
  if (line.length > 0) lines.push(prefix + line.join(' '));
  return lines;
}

/** A clearly marked gap: `> **Gap:** …`, wrapped. */
export function gapNote(message: string): string {
  return wrap(`**Gap:** ${message}`, '> ').join('\n');
}
