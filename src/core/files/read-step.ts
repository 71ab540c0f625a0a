/**
 * Text of a Markdown file → what it is for the checker: a step file, something else, or a file
 * that claims to be a step but cannot be checked (and why). The one place a file's text is
 * parsed: only files whose front matter can make them step files are, and never a file the
 * parser cannot cope with (too deeply nested) — so one odd README never stalls or kills a run.
 */
import { SEVEN_STEPS } from '../catalogue/builtin';
import { impliedStep, type Catalogue } from '../catalogue/catalogue';
import type { StepFile, UnreadableFile } from './design';
import { parseStepDoc } from '../markdown/parse';
import { BOM } from '../markdown/text';

export type ReadOutcome =
  | { kind: 'step'; file: StepFile }
  | { kind: 'other' }
  | { kind: 'unreadable'; file: UnreadableFile; claimsStep: boolean };

/**
 * Block quotes and lists one line may nest. Far beyond any real document; below it the parser's
 * time per line stays flat, while thousands of levels take minutes or overflow its stack.
 */
export const MAX_NESTING = 100;

const STEP_FIELD = /^design-steps?[ \t]*:/m;
const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;
const CR_ONLY_FENCE = /^---[ \t]*\r(?!\n)/;
/** How far the front matter is searched for `design-step` (the parser recovers an unclosed one as far). */
const FRONT_MATTER_SEARCH = 64 * 1024;

/** True when the text opens with front matter that has a `design-step` field (a BOM before it is fine). */
export function claimsStep(text: string): boolean {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (!OPENING_FENCE.test(body)) return false;
  const head = body.slice(0, FRONT_MATTER_SEARCH);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(head.slice(3));
  return STEP_FIELD.test(close ? head.slice(0, close.index + 3) : head);
}

/** The line that nests the most block quotes and list items, counted from its leading markers. */
export function deepestNesting(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  let fence: string | undefined;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    const found = text.indexOf('\n', start);
    const end = found < 0 ? text.length : found;
    const fenceMarker = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(start, Math.min(end, start + 64)))?.[1];
    if (fence) {
      if (fenceMarker && fenceMarker[0] === fence[0] && fenceMarker.length >= fence.length) fence = undefined;
    } else if (fenceMarker) {
      fence = fenceMarker;
    } else {
      const depth = lineNesting(text, start, end);
      if (depth > deepest.depth) deepest = { depth, line };
    }
    start = end + 1;
  }
  return deepest;
}

/** Containers a line opens or continues: each `>`, each list marker, and every two columns of indentation before a list marker. */
function lineNesting(text: string, start: number, end: number): number {
  let depth = 0;
  let at = start;
  let lead = true;
  while (at < end) {
    let width = 0;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) width += text[at++] === '\t' ? 4 : 1;
    const char = text[at] ?? '';
    let marker = 0;
    if (char === '>') marker = 1;
    else if ((char === '-' || char === '+' || char === '*') && isMarkerEnd(text, at + 1, end)) marker = 1;
    else {
      let digits = 0;
      while (digits < 10 && /\d/.test(text[at + digits] ?? '')) digits++;
      if (digits > 0 && digits < 10 && (text[at + digits] === '.' || text[at + digits] === ')') && isMarkerEnd(text, at + digits + 1, end)) marker = digits + 1;
    }
    if (marker === 0) return depth;
    depth += 1 + (lead ? Math.floor(width / 2) : 0);
    lead = false;
    at += marker;
  }
  return depth;
}

function isMarkerEnd(text: string, at: number, end: number): boolean {
  return at >= end || text[at] === ' ' || text[at] === '\t' || text[at] === '\r';
}

/**
 * What the text of the file at `path` is for the checker. Never throws. A file is a step file by
 * its front matter, or by its name when the catalogue's configuration maps names to steps.
 */
export function readStepText(path: string, text: string, catalogue: Catalogue = SEVEN_STEPS): ReadOutcome {
  const implied = impliedStep(catalogue, path);
  if (implied === undefined && !claimsStep(text)) return { kind: 'other' };
  const unreadable = (reason: string): ReadOutcome => ({ kind: 'unreadable', file: { path, reason }, claimsStep: true });
  if (CR_ONLY_FENCE.test(text.startsWith(BOM) ? text.slice(1) : text)) {
    return unreadable('The file uses CR-only line endings (classic Mac OS), which cannot be checked. Save it with LF or CRLF line endings.');
  }
  const nesting = deepestNesting(text);
  if (nesting.depth > MAX_NESTING) {
    return unreadable(`Line ${nesting.line + 1} nests ${nesting.depth} block quotes or list levels; at most ${MAX_NESTING} can be checked. Flatten that part of the file.`);
  }
  try {
    const doc = parseStepDoc(text, catalogue, implied);
    return doc.isStepFile ? { kind: 'step', file: { path, doc } } : { kind: 'other' };
  } catch (error) {
    return unreadable(`The file could not be parsed (${error instanceof Error ? error.message : String(error)}). Simplify the part of the file that causes it.`);
  }
}
