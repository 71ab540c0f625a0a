/** Reading a section's blocks: plain text, tables, list items, sub-headings and emptiness. */
import type { List, ListItem, Nodes, Table, TableRow } from 'mdast';
import { withoutComments } from './html-comment';
import { spanOf, type Section, type StepDoc } from './parse';
import { isPlaceholderText, normalizeName, trimEndOf } from './text';
import type { OffsetRange } from '../types';

/** A named thing in a section: a list item, a table row, a `###` heading or an operation written in code. */
export interface Item {
  name: string;
  key: string;
  /** All of the item's text, normalised, for "mentions" matching. */
  normalizedText: string;
  text: string;
  range: OffsetRange;
  source: 'list' | 'row' | 'heading' | 'code';
  cells?: string[];
}

export interface TableInfo {
  header: string[];
  rows: { cells: string[]; range: OffsetRange }[];
  range: OffsetRange;
}

/** An HTML tag, opening or closing; `[^<>]` keeps the scan linear on a run of unclosed `<`. */
const HTML_TAG = /<[^<>]*>/g;

/** Visible text of a node: HTML comments and tags dropped, code kept. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'html':
      return withoutComments(node.value).replace(HTML_TAG, ' ');
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    default:
      if ('children' in node) {
        const separator = node.type === 'tableRow' ? ' | ' : node.type === 'paragraph' || node.type === 'heading' ? '' : ' ';
        return (node.children as Nodes[]).map(plainText).join(separator);
      }
      return '';
  }
}

function hasVisual(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true;
  if (node.type === 'html') return /<(img|svg|picture|object)\b/i.test(withoutComments(node.value));
  return 'children' in node && (node.children as Nodes[]).some(hasVisual);
}

/** True when a block carries something a reader would count as written content. */
export function isMeaningful(node: Nodes): boolean {
  switch (node.type) {
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return false;
    case 'table':
      return node.children.slice(1).some((row) => !isPlaceholderText(plainText(row)));
    case 'list':
      return node.children.some(isMeaningful);
    case 'code':
      return !isPlaceholderText(node.value);
    default:
      return hasVisual(node) || !isPlaceholderText(plainText(node));
  }
}

export function isSectionEmpty(section: Section): boolean {
  return !section.nodes.some(isMeaningful);
}

export function tablesIn(doc: StepDoc, section: Section): TableInfo[] {
  return section.nodes
    .filter((node): node is Table => node.type === 'table')
    .map((table) => {
      const [head, ...body] = table.children;
      return {
        header: head ? cellsOf(head) : [],
        rows: body
          .filter((row) => !isPlaceholderText(plainText(row)))
          .map((row) => ({ cells: cellsOf(row), range: spanOf(doc, row) })),
        range: spanOf(doc, table),
      };
    });
}

function cellsOf(row: TableRow): string[] {
  return row.children.map((cell) => plainText(cell).trim());
}

/** Top-level items of the lists written directly in the section. */
export function listItemsIn(section: Section): ListItem[] {
  return section.nodes
    .filter((node): node is List => node.type === 'list')
    .flatMap((list) => list.children)
    .filter((item) => !isPlaceholderText(plainText(item)));
}

/** How items are named. */
export interface ItemNaming {
  /**
   * Name an item that opens with a bold subject followed by what it does ("**User** posts a
   * tweet") by the whole phrase, not by the subject alone; the way use cases are written.
   */
  sentence?: boolean;
}

/**
 * The name of a list item: its leading bold text, else the text before `:` or a dash. With
 * `sentence`, a bold subject that runs on into its sentence names the item with that sentence, up
 * to a colon, a dash, a parenthesis or the end of the sentence.
 */
export function listItemName(item: ListItem, naming: ItemNaming = {}): string {
  const first = item.children[0];
  if (first?.type === 'paragraph') {
    const lead = first.children[0];
    if (lead?.type === 'strong') {
      const next = first.children[1];
      const runsOn = naming.sentence && next?.type === 'text' && /^[ \t]+\p{Ll}/u.test(next.value) && !/[:.]\s*$/.test(plainText(lead));
      if (!runsOn) return trimName(plainText(lead));
      const subject = plainText(lead).replace(/\s+/g, ' ');
      const deed = plainText(first).replace(/\s+/g, ' ').slice(subject.length);
      const cut = deed.search(/[:;(]|\s[—–-]\s|[.!?](?:\s|$)/);
      return trimName(subject + (cut >= 0 ? deed.slice(0, cut) : deed));
    }
    const text = plainText(first);
    const cut = text.search(/:|\s[—–-]\s/);
    return trimName(cut > 0 ? text.slice(0, cut) : text.split(/\r?\n/)[0] ?? '');
  }
  return trimName(plainText(item).split(/\r?\n/)[0] ?? '');
}

/** What ends a name without being part of it: white space, colons, full stops, dashes. */
const NAME_TRAILER = /[\s:.—–-]/;

function trimName(name: string): string {
  return trimEndOf(name.replace(/^\s*\[[ xX]\]\s*/, ''), NAME_TRAILER).trim();
}

/** `###` (or deeper, down to `depth`) headings inside a section, each with the range of its text. */
export function subheadingsIn(doc: StepDoc, section: Section, depth = 3): { name: string; range: OffsetRange; bodyText: string }[] {
  const result: { name: string; range: OffsetRange; bodyText: string }[] = [];
  let current: { name: string; range: OffsetRange; bodyText: string } | undefined;
  for (const node of section.nodes) {
    if (node.type === 'heading' && node.depth <= depth) {
      current = { name: trimName(plainText(node)), range: spanOf(doc, node), bodyText: '' };
      result.push(current);
    } else if (current) {
      current.bodyText += ` ${plainText(node)}`;
    }
  }
  return result;
}

/** The section's named items: table rows and list items, or its `###` headings when it has neither. */
export function itemsIn(doc: StepDoc, section: Section, naming: ItemNaming = {}): Item[] {
  const items: Item[] = [];
  for (const table of tablesIn(doc, section)) {
    for (const row of table.rows) {
      const name = trimName(row.cells[0] ?? '');
      items.push(makeItem(name, row.cells.join(' | '), row.range, 'row', row.cells));
    }
  }
  for (const item of listItemsIn(section)) {
    items.push(makeItem(listItemName(item, naming), plainText(item), spanOf(doc, item), 'list'));
  }
  if (items.length > 0) return items;
  return subheadingsIn(doc, section).map((heading) =>
    makeItem(heading.name, `${heading.name} ${heading.bodyText}`, heading.range, 'heading'),
  );
}

/** An item named `name`, with its key and the normalised text that "mentions" matching reads. */
export function makeItem(name: string, text: string, range: OffsetRange, source: Item['source'], cells?: string[]): Item {
  return { name, key: normalizeName(name), text, normalizedText: normalizeName(text), range, source, cells };
}

/** Index of the first column whose heading matches. */
export function columnIndex(header: string[], pattern: RegExp): number {
  return header.findIndex((cell) => pattern.test(cell));
}
