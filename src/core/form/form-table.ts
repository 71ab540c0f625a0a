/**
 * GFM tables for the form: cells read from the source lines (so cell Markdown stays Markdown) and
 * a table written back so that every line the user did not change keeps its bytes.
 */
import { escapeCell } from '../markdown/table-cells';
import type { Table } from 'mdast';
import { spanOf, type StepDoc } from '../markdown/parse';

export interface TableModel {
  header: string[];
  rows: { cells: string[] }[];
}

/** A table as written in the file: one source line each for the header, the delimiter and every row. */
export interface TableSource {
  /** Start of the header's line and end of the last row's line (before its line break). */
  start: number;
  end: number;
  headerLine: string;
  delimiterLine: string;
  rowLines: string[];
  header: string[];
  delimiter: string[];
  /** Each row's cells as written, without padding. */
  rows: string[][];
}

export function readTableLines(doc: StepDoc, table: Table): TableSource {
  const span = spanOf(doc, table);
  const first = doc.lines.position(span.start).line;
  const last = doc.lines.position(span.end).line;
  const lines: string[] = [];
  for (let line = first; line <= last; line++) lines.push(doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line)));
  const [headerLine = '', delimiterLine = '', ...rowLines] = lines;
  return {
    start: doc.lines.lineStart(first),
    end: doc.lines.lineEnd(last),
    headerLine,
    delimiterLine,
    rowLines,
    header: splitRow(headerLine),
    delimiter: splitRow(delimiterLine),
    rows: rowLines.map(splitRow),
  };
}

/**
 * The cells of one row, split on pipes the way GFM does (a backslash escapes the next `|` or `\`,
 * even inside code spans); the outer pipes are optional. Cells are trimmed, `\|` reads as `|`.
 */
export function splitRow(line: string): string[] {
  const trimmed = line.trim();
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < trimmed.length; i++) {
    const char = trimmed[i] as string;
    if (char === '\\' && i + 1 < trimmed.length) {
      current += char + (trimmed[i + 1] as string);
      i++;
    } else if (char === '|') {
      pieces.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  pieces.push(current);
  if (trimmed.startsWith('|') && pieces.length > 1) pieces.shift();
  if (pieces.length > 1 && endsWithUnescapedPipe(trimmed)) pieces.pop();
  return pieces.map((piece) => unescapeCell(piece.trim()));
}

function endsWithUnescapedPipe(text: string): boolean {
  if (!text.endsWith('|')) return false;
  let slashes = 0;
  for (let i = text.length - 2; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 0;
}

/** `\|` → `|`; every other backslash pair stays as written. */
function unescapeCell(source: string): string {
  let result = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\' && i + 1 < source.length) {
      const next = source[i + 1] as string;
      result += next === '|' ? '|' : char + next;
      i++;
    } else {
      result += char;
    }
  }
  return result;
}


/** What reading `escapeCell(value)` back gives: the value as the model will show it. */
export function normalizeCell(value: string): string {
  return splitRow(`| ${escapeCell(value)} |`)[0] ?? '';
}

export function rowText(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

function delimiterText(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  const trim = (cells: readonly string[]) => {
    let length = cells.length;
    while (length > 0 && cells[length - 1] === '') length--;
    return cells.slice(0, length);
  };
  const left = trim(a);
  const right = trim(b);
  return left.length === right.length && left.every((cell, index) => cell === right[index]);
}

function padded(cells: readonly string[], width: number): string[] {
  return cells.length >= width ? [...cells] : [...cells, ...Array.from({ length: width - cells.length }, () => '')];
}

/** The model the form shows: rows padded with empty cells to the header's width. */
export function tableModelOf(source: TableSource): TableModel {
  return { header: [...source.header], rows: source.rows.map((cells) => ({ cells: padded(cells, source.header.length) })) };
}

/**
 * The table's new source lines. An empty `model.header` keeps the current header. A row equal to
 * a row of the current table (ignoring trailing empty cells) reuses that row's line, so unchanged,
 * moved and kept rows keep their bytes; the delimiter line stays while the column count does.
 */
export function tableLines(source: TableSource, model: TableModel): string[] {
  const header = model.header.length > 0 ? model.header.map(normalizeCell) : source.header;
  const headerLine = sameCells(header, source.header) ? source.headerLine : rowText(header);
  const width = header.length;
  const delimiterLine =
    width === source.delimiter.length
      ? source.delimiterLine
      : delimiterText(Array.from({ length: width }, (_, index) => source.delimiter[index] || '---'));
  const used = new Set<number>();
  const rows = model.rows.map((row, index) => {
    const cells = row.cells.map(normalizeCell);
    const same = source.rows[index];
    let match = same && !used.has(index) && sameCells(cells, same) ? index : -1;
    if (match < 0) match = source.rows.findIndex((old, at) => !used.has(at) && sameCells(cells, old));
    if (match >= 0) {
      used.add(match);
      return source.rowLines[match] as string;
    }
    return rowText(padded(cells, width));
  });
  return [headerLine, delimiterLine, ...rows];
}

/** A new table: the header (or `columns` when the header is empty), a plain delimiter, the rows. */
export function newTableLines(model: TableModel, columns: readonly string[] = []): string[] | undefined {
  const header = model.header.length > 0 ? model.header : [...columns];
  const width = Math.max(header.length, ...model.rows.map((row) => row.cells.length));
  if (width === 0) return undefined;
  const fullHeader = padded(header, width);
  return [
    rowText(fullHeader),
    delimiterText(fullHeader.map(() => '---')),
    ...model.rows.map((row) => rowText(padded(row.cells, width))),
  ];
}
