/**
 * Where the editable parts of an artifact's section lie in the file: the guidance comment, the
 * body, and around the section's first table the Markdown before it, the table and the Markdown
 * after it. Shared by the form model (reading) and the form edits (writing), so both agree on
 * every offset.
 */
import type { Html, Table } from 'mdast';
import { htmlComments, isCommentsOnlyText } from '../markdown/html-comment';
import { spanOf, type Section, type StepDoc } from '../markdown/parse';
import { readTableLines, type TableSource } from './form-table';

/**
 * A stretch of a section that holds one editable value: white space, the value, white space.
 * `anchor` is the end of the line the value follows (the heading, the guidance comment or the
 * table); `end` is where the stretch stops (the start of the next heading's line, the start of the
 * table's first line, or the end of the file).
 */
export interface Slot {
  anchor: number;
  end: number;
  /** The value: from the start of its first non-blank line to the end of its last non-blank line. */
  valueStart: number;
  valueEnd: number;
  empty: boolean;
}

export interface SectionLayout {
  section: Section;
  /** Text of the leading guidance comments, without `<!--`/`-->`, trimmed; undefined when none. */
  guidance?: string;
  /** Everything after the guidance comment: the whole editable Markdown of the section. */
  body: Slot;
  /** The section's first table, when it has one, with the Markdown before and after it. */
  table?: { before: Slot; source: TableSource; after: Slot };
}


/** True for an HTML block made only of comments: template guidance when it opens a section. */
export function isCommentOnly(node: { type: string }): node is Html {
  return node.type === 'html' && isCommentsOnlyText((node as Html).value);
}

/** The text inside `<!-- … -->` comments, each trimmed, joined by a blank line; '\n' line breaks. */
export function commentText(html: string): string {
  return htmlComments(html)
    .filter((comment) => comment.closed)
    .map((comment) => comment.body.replace(/\r\n?/g, '\n').trim())
    .filter((part) => part.length > 0)
    .join('\n\n');
}

/** End of the line's content (before its line break) for the line holding `offset`. */
function lineEndAt(doc: StepDoc, offset: number): number {
  return doc.lines.lineEnd(doc.lines.position(offset).line);
}

function lineStartAt(doc: StepDoc, offset: number): number {
  return doc.lines.lineStart(doc.lines.position(offset).line);
}

/** The end of a section's editable text: the start of the next heading's line, or the end of the file. */
function sectionEnd(doc: StepDoc, section: Section): number {
  let end = section.range.end;
  if (end >= doc.text.length) return end;
  while (end > section.headingRange.end && (doc.text[end - 1] === ' ' || doc.text[end - 1] === '\t')) end--;
  return end;
}

const BLANK = /[ \t\r\n]/;

export function makeSlot(doc: StepDoc, anchor: number, end: number): Slot {
  const text = doc.text;
  let first = anchor;
  while (first < end && BLANK.test(text[first] ?? '')) first++;
  if (first >= end) return { anchor, end, valueStart: anchor, valueEnd: anchor, empty: true };
  let last = end - 1;
  while (last > first && BLANK.test(text[last] ?? '')) last--;
  const valueStart = Math.max(anchor, lineStartAt(doc, first));
  const valueEnd = Math.min(end, lineEndAt(doc, last));
  return { anchor, end, valueStart, valueEnd, empty: false };
}

/** The slot's value as the form shows it: '\n' line breaks. */
export function slotValue(doc: StepDoc, slot: Slot): string {
  return slot.empty ? '' : doc.text.slice(slot.valueStart, slot.valueEnd).replace(/\r\n/g, '\n');
}

export function sectionLayout(doc: StepDoc, section: Section): SectionLayout {
  const nodes = section.nodes;
  let lead = 0;
  while (lead < nodes.length && isCommentOnly(nodes[lead] as { type: string })) lead++;
  const guidanceNodes = nodes.slice(0, lead) as Html[];
  const anchor = lead > 0 ? lineEndAt(doc, spanOf(doc, guidanceNodes[lead - 1] as Html).end) : lineEndAt(doc, section.headingRange.end);
  const end = Math.max(anchor, sectionEnd(doc, section));
  const layout: SectionLayout = { section, body: makeSlot(doc, anchor, end) };
  if (lead > 0) layout.guidance = guidanceNodes.map((node) => commentText(node.value)).filter(Boolean).join('\n\n');
  const table = nodes.slice(lead).find((node): node is Table => node.type === 'table');
  if (table) {
    const source = readTableLines(doc, table);
    layout.table = { before: makeSlot(doc, anchor, source.start), source, after: makeSlot(doc, source.end, end) };
  }
  return layout;
}
