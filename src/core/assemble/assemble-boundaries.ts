/**
 * Keeping blocks apart once they sit in one document. Two things could run one block into the
 * next: a comment that separated them in the source and is now gone (a list followed by indented
 * code or by another list), and a code fence or raw HTML block left open at the end of a file,
 * which would swallow the following steps. Both are repaired with the smallest addition.
 */
import type { RootContent } from 'mdast';
import { parseMarkdown } from '../markdown/parse';

/** An empty comment: CommonMark's way of ending a list; invisible when rendered. */
export const BLOCK_SEPARATOR = '<!-- -->';

/** True when `next` would join `previous` (become part of it) once only a blank line separates them. */
export function wouldMerge(previous: string, next: string): boolean {
  const apart = parseMarkdown(previous).children.length + parseMarkdown(next).children.length;
  return parseMarkdown(`${previous}\n\n${next}`).children.length < apart;
}

const OPEN_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_BLOCKS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, (match) => `</${(match[1] ?? 'pre').toLowerCase()}>`],
  [/^ {0,3}<\?/, () => '?>'],
  [/^ {0,3}<!\[CDATA\[/, () => ']]>'],
  [/^ {0,3}<![A-Za-z]/, () => '>'],
];
const RAW_CLOSERS: Record<string, RegExp> = { '?>': /\?>/, ']]>': /\]\]>/, '>': />/ };

/**
 * The line to append so that a block left open at the end of its file ends there: a closing fence
 * for an unclosed fenced code block, the end tag for an unclosed `<pre>`/`<script>`/… block.
 */
export function closerFor(node: RootContent, text: string): string | undefined {
  if (node.type === 'code') {
    const fence = OPEN_FENCE.exec(text)?.[1];
    if (!fence) return undefined;
    const lines = text.split('\n');
    const last = lines.length > 1 ? (lines[lines.length - 1] ?? '') : '';
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    return closing.test(last) ? undefined : fence;
  }
  if (node.type !== 'html') return undefined;
  for (const [open, closer] of RAW_BLOCKS) {
    const match = open.exec(text);
    if (!match) continue;
    const end = closer(match);
    const closed = RAW_CLOSERS[end] ?? new RegExp(end.replace('/', '\\/'), 'i');
    return closed.test(text.slice(match[0].length)) ? undefined : end;
  }
  return undefined;
}
