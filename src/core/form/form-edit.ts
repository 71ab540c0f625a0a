/**
 * Form changes → the smallest edits to the step file. The Markdown stays the single source of
 * truth: a change rewrites only the span that holds the changed value, written with the file's
 * own line breaks, and every edit is trimmed to the characters that actually differ.
 *
 * - Text (`body`, `before`, `after`): the value replaces exactly the old value's span; blank lines
 *   around it stay. Typing into an empty field writes the text after the guidance comment (which
 *   stays) with a blank line before it and at least one blank line before what follows. Clearing
 *   a field keeps the heading and the guidance comment and leaves one blank line before the next
 *   heading (or the table). `after` on a section without a table first inserts an empty table.
 *   The new value is taken as Markdown: it is written as given (leading and trailing blank lines
 *   dropped), so Markdown that opens a `#`/`##` heading starts a new section.
 * - Table: see `tableLines` (unchanged rows keep their bytes). A section without a table gets one
 *   after its Markdown once the change has a row or a header other than the catalogue's columns.
 * - A missing artifact's section is inserted where the "add the missing section" quick fix puts
 *   it (`insertSectionEdit`), from the same template (heading, guidance comment and, for table
 *   artifacts, the empty table), with the value written into it; an empty change creates nothing.
 * - Status and reviewers go through `setStatusEdit` / `setReviewersEdit`; an unchanged value
 *   writes nothing.
 *
 * Known limit: Markdown's own. A value ending in a list, written just before an *indented*
 * heading or table (`  ## Next`), makes that line part of the list's last item; the bytes after
 * the value are not ours to change, so the form cannot prevent it.
 */
import { sectionLayout, slotValue, type SectionLayout, type Slot } from './form-layout';
import { newTableLines, tableLines, type TableModel } from './form-table';
import type { FieldPart } from './form-model';
import { applyEdits, setReviewersEdit, setStatusEdit } from '../markdown/front-matter-edit';
import { reparse, sectionFor, type StepDoc } from '../markdown/parse';
import type { ArtifactSpec } from '../catalogue/step-types';
import { insertSectionEdit, sectionTemplate } from '../markdown/templates';
import { trimEndOf } from '../markdown/text';
import type { FileEdit, StepStatus } from '../types';

export type FormChange =
  | { kind: 'text'; artifactId: string; part: FieldPart; value: string }
  | { kind: 'table'; artifactId: string; table: TableModel }
  | { kind: 'status'; status: StepStatus }
  | { kind: 'reviewers'; reviewers: string[] };

/** A replacement of `text.slice(start, end)`, before it is trimmed to a minimal edit. */
interface Replace {
  start: number;
  end: number;
  text: string;
}

/** The edits that make the file say what the form now says; [] when nothing changes. */
export function formEdits(file: string, doc: StepDoc, change: FormChange): FileEdit[] {
  switch (change.kind) {
    case 'status': {
      if (!doc.catalogue.statuses.values.includes(change.status)) return [];
      if (change.status === doc.status && !fieldNeedsRewrite(doc, 'status')) return [];
      return fromFieldEdit(file, doc, setStatusEdit(file, doc, change.status));
    }
    case 'reviewers': {
      const same = change.reviewers.length === doc.reviewers.length && change.reviewers.every((name, index) => name === doc.reviewers[index]);
      if (same && !fieldNeedsRewrite(doc, 'reviewers')) return [];
      return fromFieldEdit(file, doc, setReviewersEdit(file, doc, change.reviewers));
    }
    default:
      return artifactEdits(file, doc, change);
  }
}

/**
 * The smallest replace edit turning `text.slice(start, end)` into `newText`: the common prefix
 * and suffix are left alone (never splitting a CRLF pair or a surrogate pair). [] when equal.
 */
export function minimalEdit(file: string, text: string, start: number, end: number, newText: string): FileEdit[] {
  const old = text.slice(start, end);
  if (old === newText) return [];
  const limit = Math.min(old.length, newText.length);
  let prefix = 0;
  while (prefix < limit && old.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && splitsPair(text, start + prefix)) prefix--;
  let suffix = 0;
  while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  while (suffix > 0 && splitsPair(text, end - suffix)) suffix--;
  return [{ kind: 'replace', file, offset: start + prefix, length: old.length - prefix - suffix, text: newText.slice(prefix, newText.length - suffix) }];
}

/** True when `offset` falls inside a CRLF pair or a surrogate pair of `text`. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

function fromFieldEdit(file: string, doc: StepDoc, edit: FileEdit | undefined): FileEdit[] {
  if (!edit || edit.kind !== 'replace') return edit ? [edit] : [];
  return minimalEdit(file, doc.text, edit.offset, edit.offset + edit.length, edit.text);
}

/** A field written with a wrong value (e.g. `status: done`) is rewritten even when the form's value equals the default. */
function fieldNeedsRewrite(doc: StepDoc, key: string): boolean {
  const range = doc.fieldRanges[key];
  return range !== undefined && doc.problems.some((problem) => problem.range.start < range.end && problem.range.end > range.start);
}

/**
 * How many times one change may re-read the file after a first edit (make the section, then its
 * table). A body with an unclosed fence, `<!--` or `<pre>` swallows what is inserted after it, so
 * the re-read finds no table again: the change then makes no edit instead of recursing forever.
 */
const MAX_RECOMPOSE = 2;

type ArtifactChange = Extract<FormChange, { artifactId: string }>;

function artifactEdits(file: string, doc: StepDoc, change: ArtifactChange, recomposed = 0): FileEdit[] {
  const spec = doc.spec;
  const artifact = spec?.artifacts.find((candidate) => candidate.id === change.artifactId);
  if (!artifact) return [];
  const section = sectionFor(doc, artifact.id);
  if (!section) return recomposed < MAX_RECOMPOSE ? createSection(file, doc, artifact, change, recomposed + 1) : [];
  const layout = sectionLayout(doc, section);
  if (change.kind === 'table') return replaceEdits(file, doc, tableReplace(doc, artifact, layout, change.table, false));
  if (change.part === 'after' && !layout.table) {
    if (normalizeValue(change.value) === '' || recomposed >= MAX_RECOMPOSE) return [];
    const table = tableReplace(doc, artifact, layout, { header: [], rows: [] }, true);
    return table ? composedOrNothing(file, doc, table, (next) => (sectionFor(next, artifact.id) ? artifactEdits(file, next, change, recomposed + 1) : [])) : [];
  }
  const slot = change.part === 'body' || !layout.table ? layout.body : change.part === 'before' ? layout.table.before : layout.table.after;
  return replaceEdits(file, doc, writeSlot(doc, slot, change.value));
}

function replaceEdits(file: string, doc: StepDoc, replace: Replace | undefined): FileEdit[] {
  return replace ? minimalEdit(file, doc.text, replace.start, replace.end, replace.text) : [];
}

/** Applies `first`, re-reads the file and applies `then`; the result as one minimal edit of the original. */
function composed(file: string, doc: StepDoc, first: Replace, then: (next: StepDoc) => FileEdit[]): FileEdit[] {
  const middle = doc.text.slice(0, first.start) + first.text + doc.text.slice(first.end);
  const final = applyEdits(middle, then(reparse(doc, middle)));
  return minimalEdit(file, doc.text, 0, doc.text.length, final);
}

/** Like `composed`, but no edit at all when the second step makes none (the first was only its setup). */
function composedOrNothing(file: string, doc: StepDoc, first: Replace, then: (next: StepDoc) => FileEdit[]): FileEdit[] {
  let changed = false;
  const edits = composed(file, doc, first, (next) => {
    const inner = then(next);
    changed = inner.length > 0;
    return inner;
  });
  return changed ? edits : [];
}

/** Leading blank lines and trailing white space lines dropped; '\n' line breaks. */
export function normalizeValue(value: string): string {
  const unified = value.replace(/\r\n?/g, '\n');
  // Linear stand-ins for /^(?:[ \t]*\n)+/ and /(?:\n[ \t]*)+$/, quadratic on a run of blank lines.
  const first = unified.search(/[^ \t\n]/);
  if (first < 0) return '';
  const contentEnd = trimEndOf(unified, /[ \t\n]/).length;
  const trailingBreak = unified.indexOf('\n', contentEnd);
  return unified.slice(unified.lastIndexOf('\n', first) + 1, trailingBreak < 0 ? unified.length : trailingBreak);
}

function writeSlot(doc: StepDoc, slot: Slot, value: string): Replace | undefined {
  const next = normalizeValue(value);
  if (next === slotValue(doc, slot)) return undefined;
  const written = next.replace(/\n/g, doc.eol);
  if (next === '') return clearSlot(doc, slot);
  if (slot.empty) return insertBlock(doc, slot.anchor, slot.end, written);
  return { start: slot.valueStart, end: slot.valueEnd, text: written };
}

/** Removes a slot's value, leaving one blank line before what follows (or the final line break). */
function clearSlot(doc: StepDoc, slot: Slot): Replace {
  const atEnd = slot.end >= doc.text.length;
  const region = doc.text.slice(slot.anchor, slot.end);
  const text = atEnd ? (/\n[ \t]*$/.test(region) ? doc.eol : '') : doc.eol + doc.eol;
  return { start: slot.anchor, end: slot.end, text };
}

/**
 * Inserts a block after the line ending at `anchor`, with a blank line before it; adds line
 * breaks so a blank line still separates it from what follows (unless that is the end of the file).
 */
function insertBlock(doc: StepDoc, anchor: number, end: number, block: string): Replace {
  const region = doc.text.slice(anchor, end);
  const breaks = region.split('\n').length - 1;
  const missing = end >= doc.text.length ? 0 : Math.max(0, 2 - breaks);
  return { start: anchor, end: anchor, text: doc.eol + doc.eol + block + doc.eol.repeat(missing) };
}

function tableReplace(doc: StepDoc, artifact: ArtifactSpec, layout: SectionLayout, model: TableModel, force: boolean): Replace | undefined {
  const table = layout.table;
  if (table) {
    const source = table.source;
    const lines = tableLines(source, model);
    const old = [source.headerLine, source.delimiterLine, ...source.rowLines];
    if (lines.length === old.length && lines.every((line, index) => line === old[index])) return undefined;
    return { start: source.start, end: source.end, text: lines.join(doc.eol) };
  }
  const columns = artifact.columns ?? [];
  const defaultHeader = model.header.length === 0 || (model.header.length === columns.length && model.header.every((cell, index) => cell.trim() === columns[index]));
  if (!force && model.rows.length === 0 && defaultHeader) return undefined;
  const lines = newTableLines(model, columns);
  if (!lines) return undefined;
  const body = layout.body;
  const text = lines.join(doc.eol);
  return body.empty ? insertBlock(doc, body.anchor, body.end, text) : insertBlock(doc, body.valueEnd, body.end, text);
}

/** A change to a missing artifact: its section from the template, with the change applied to it. */
function createSection(file: string, doc: StepDoc, artifact: ArtifactSpec, change: ArtifactChange, recomposed: number): FileEdit[] {
  const insert = insertSectionEdit(file, doc, artifact, sectionTemplate(artifact, doc.eol));
  if (!insert || insert.kind !== 'replace') return [];
  const first: Replace = { start: insert.offset, end: insert.offset + insert.length, text: insert.text };
  return composedOrNothing(file, doc, first, (next) => (sectionFor(next, artifact.id) ? artifactEdits(file, next, change, recomposed) : []));
}
