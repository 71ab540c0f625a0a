/** Edits that append one row, item or heading to an existing section, matching its style. */
import { columnIndex, listItemsIn, tablesIn } from './blocks';
import { escapeCell } from './table-cells';
import { spanOf, type Section, type StepDoc } from './parse';
import type { FileEdit } from '../types';

/** Appends a row to the section's first table, with `name` in the column that matches `nameColumn`. */
export function appendTableRow(file: string, doc: StepDoc, section: Section, name: string, nameColumn?: RegExp): FileEdit | undefined {
  const table = tablesIn(doc, section)[0];
  if (!table) return undefined;
  const width = Math.max(1, table.header.length);
  const column = nameColumn ? Math.max(0, columnIndex(table.header, nameColumn)) : 0;
  const cells = Array.from({ length: width }, (_, index) => (index === column ? escapeCell(name) : 'TODO'));
  const lastRowEnd = table.rows.length > 0 ? (table.rows[table.rows.length - 1]?.range.end ?? table.range.end) : table.range.end;
  const text = `${doc.eol}| ${cells.join(' | ')} |`;
  return { kind: 'replace', file, offset: lastRowEnd, length: 0, text, placeholders: todoPlaceholders(text) };
}

/** Appends `- **name** — TODO` after the section's last list item. */
export function appendListItem(file: string, doc: StepDoc, section: Section, name: string): FileEdit | undefined {
  const items = listItemsIn(section);
  const last = items[items.length - 1];
  if (!last) return undefined;
  const end = spanOf(doc, last).end;
  const lineStart = doc.lines.lineStart(doc.lines.position(spanOf(doc, last).start).line);
  const marker = /^\s*([-*+]|\d+[.)])\s/.exec(doc.text.slice(lineStart, end))?.[1] ?? '-';
  const bullet = /\d/.test(marker) ? `${items.length + 1}${marker.slice(-1)}` : marker;
  const text = `${doc.eol}${bullet} **${name}**: TODO`;
  return { kind: 'replace', file, offset: end, length: 0, text, placeholders: todoPlaceholders(text) };
}

/** Adds a `### name` heading at the end of the section. */
export function appendSubheading(file: string, doc: StepDoc, section: Section, name: string): FileEdit {
  const last = section.nodes[section.nodes.length - 1];
  const offset = last ? spanOf(doc, last).end : section.headingRange.end;
  const body = 'TODO: the steps this use case takes through the components.';
  const text = `${doc.eol}${doc.eol}### ${name}${doc.eol}${doc.eol}${body}`;
  return { kind: 'replace', file, offset, length: 0, text, placeholders: [{ offset: text.length - body.length, length: body.length }] };
}

/** Prefers a table row, then a list item; undefined when the section has neither. */
export function appendEntry(file: string, doc: StepDoc, section: Section, name: string, nameColumn?: RegExp): FileEdit | undefined {
  return appendTableRow(file, doc, section, name, nameColumn) ?? appendListItem(file, doc, section, name);
}

/** Every `TODO` the edit writes is a place for the user to type. */
function todoPlaceholders(text: string): { offset: number; length: number }[] {
  return [...text.matchAll(/TODO/g)].map((match) => ({ offset: match.index ?? 0, length: 4 }));
}
