/** Small text facts used everywhere: line index, name normalisation, placeholders. */
import type { OffsetRange, Position, Range } from '../types';

export const BOM = '\uFEFF';

/** Maps offsets to line/column for one text, built once per text. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // LF, CRLF and a lone CR each end a line, as in VS Code and CommonMark.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: clamped - (this.lineStarts[low] ?? 0) };
  }

  range(span: OffsetRange): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))] ?? 0;
  }

  /** End of the line's content, before its line break (LF, CRLF or CR). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    return this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }
}

/** Start of the line holding `offset`, without an index (LF, CRLF and lone CR all end lines, as in `LineIndex`). */
export function lineStartAt(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** End of the line holding `offset`, before its line break. */
export function lineEndAt(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  return at;
}

/** Length of the line break at `at`: 2 for CRLF, 1 for LF or CR, 0 at the end of the text. */
export function lineBreakLength(text: string, at: number): number {
  if (text.startsWith('\r\n', at)) return 2;
  return at < text.length ? 1 : 0;
}

/** How many spaces and tabs end `text` (counted from the end: linear where `/[ \t]+$/` is quadratic). */
export function trailingBlankLength(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.length - end;
}

/** `text` without the characters that match `char` (a one-character pattern) at its end. */
export function trimEndOf(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** The line break a file mostly uses, so inserted text matches it. */
export function detectEol(text: string): '\n' | '\r\n' {
  const crlf = text.indexOf('\r\n');
  return crlf >= 0 && crlf <= text.indexOf('\n') ? '\r\n' : '\n';
}

/**
 * The comparable form of a name: lower case, punctuation dropped, white space folded.
 * A leading section number ("2.1 Use cases") is dropped too, since people number headings.
 */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(\d+ )+/, '');
}

/** True when `haystack` contains `needle` as whole words, both already normalised. */
export function mentions(haystack: string, needle: string): boolean {
  if (needle.length === 0) return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

const PLACEHOLDER_TOKEN = /^(?:TODO|TBD|TBA|FIXME|X{3,}|N{3,}|…|\.{3})$/;
const LEADING_PLACEHOLDER = /^\s*(?:\[\s*)?(?:(?:TODO|TBD|TBA|FIXME)\b|…|\.{3})/;
/** A decision spelled out as open, alone ("To be decided.") or leading like "TODO:" does ("To be defined: the shard key"). */
const OPEN_DECISION = /^(?:(?:still|yet) )?to be (?:defined|decided|determined|confirmed|announced|written|added|completed|specified)(?: later)?(?:[.!]?$|\s*:)/i;

/** Text that is only a placeholder, or starts with one ("TODO: describe…"), carries no content. */
export function isPlaceholderText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0) return true;
  if (PLACEHOLDER_TOKEN.test(trimmed)) return true;
  if (LEADING_PLACEHOLDER.test(trimmed)) return true;
  if (OPEN_DECISION.test(trimmed)) return true;
  return !/[\p{L}\p{N}]/u.test(trimmed);
}

/** Where `TODO` or `TBD` stands as a word in `text` (case-sensitive: "todo list" is prose). */
export function findPlaceholderTokens(text: string): { index: number; token: string }[] {
  const found: { index: number; token: string }[] = [];
  for (const match of text.matchAll(/\b(TODO|TBD)\b/g)) {
    found.push({ index: match.index ?? 0, token: match[1] ?? 'TODO' });
  }
  return found;
}

const NUMBER_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|trillions?)\b/i;

export function hasNumber(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORDS.test(text);
}

// The look-behind starts a number only at its first digit, so a long run of digits is read once.
const TIME_VALUE =
  /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:ns|nanoseconds?|µs|us|microseconds?|ms|msecs?|millis(?:econds?)?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?)\b/i;

/** A number followed by a time unit: "120 ms", "2s", "1.5 seconds". */
export function hasTimeValue(text: string): boolean {
  return TIME_VALUE.test(text);
}

/** "The customer problem…" → "the customer problem…", but "API …" and "S3 …" stay as written. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}(?:\p{Ll}|[^\p{L}\p{N}])/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
