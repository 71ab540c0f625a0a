// Helpers shared by the form edit tests: fixture variants, parsing with a cache, applying changes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  applyEdits,
  formEdits,
  formModel,
  parseStepDoc,
  sectionFor,
  type ArtifactField,
  type FileEdit,
  type FormChange,
  type StepFormModel,
} from '../../src/core';
import { EXAMPLE, FIXTURES } from './helpers';

export type Replace = Extract<FileEdit, { kind: 'replace' }>;

export interface Variant {
  name: string;
  convert(text: string): string;
}

export const VARIANTS: Variant[] = [
  { name: 'LF', convert: (text) => text },
  { name: 'CRLF', convert: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'BOM', convert: (text) => `\uFEFF${text}` },
  { name: 'BOM + CRLF', convert: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}` },
];

export function read(relative: string): string {
  return readFileSync(path.join(relative.startsWith('examples') ? path.dirname(path.dirname(EXAMPLE)) : FIXTURES, relative), 'utf8');
}

/** Parsing is the slow part; many assertions look at the same texts. */
export const parsed = new Map<string, ReturnType<typeof parseStepDoc>>();
export function parse(text: string): ReturnType<typeof parseStepDoc> {
  let doc = parsed.get(text);
  if (!doc) {
    doc = parseStepDoc(text);
    parsed.set(text, doc);
  }
  return doc;
}

export function modelOf(text: string): StepFormModel {
  const model = formModel(parse(text));
  assert.ok(model);
  return model;
}

export function fieldOf(text: string, id: string): ArtifactField {
  const found = modelOf(text).fields.find((f) => f.id === id);
  assert.ok(found);
  return found;
}

/** The model without line numbers (they move when an earlier section grows). */
export function withoutLines(model: StepFormModel) {
  return { ...model, fields: model.fields.map(({ line: _line, ...rest }) => rest) };
}

export interface Applied {
  result: string;
  edit: Replace;
}

/**
 * Applies a change that must produce exactly one replace edit, and checks the promises every
 * edit keeps: bytes before and after it unchanged, the BOM untouched, the file's line breaks used,
 * and (when given) the edit inside `within`.
 */
export function apply(text: string, change: FormChange, within?: { start: number; end: number }): Applied {
  const doc = parse(text);
  const edits = formEdits('file.md', doc, change);
  assert.equal(edits.length, 1, `one edit for ${JSON.stringify(change).slice(0, 80)}`);
  const edit = edits[0] as Replace;
  assert.equal(edit.kind, 'replace');
  assert.equal(edit.file, 'file.md');
  const result = applyEdits(text, edits);
  assert.equal(result.slice(0, edit.offset), text.slice(0, edit.offset));
  assert.equal(result.slice(edit.offset + edit.text.length), text.slice(edit.offset + edit.length));
  assert.equal(result.startsWith('\uFEFF'), text.startsWith('\uFEFF'));
  assert.ok(edit.offset >= (text.startsWith('\uFEFF') ? 1 : 0), 'the BOM is never inside an edit');
  if (doc.eol === '\r\n') assert.ok(!/(?<!\r)\n/.test(edit.text), 'CRLF file gets CRLF line breaks');
  else assert.ok(!edit.text.includes('\r'), 'LF file gets LF line breaks');
  if (within) {
    assert.ok(edit.offset >= within.start && edit.offset + edit.length <= within.end, 'the edit stays inside the section');
  }
  return { result, edit };
}

export function sectionRange(text: string, id: string): { start: number; end: number } {
  const section = sectionFor(parse(text), id);
  assert.ok(section);
  return { start: section.headingRange.end, end: section.range.end };
}

/** Applies the change and checks that only the edited field's model changed, to `expected`. */
export function editField(text: string, change: FormChange & { artifactId: string }, check: (after: ArtifactField) => void): Applied {
  const before = withoutLines(modelOf(text));
  const applied = apply(text, change, sectionRange(text, change.artifactId));
  const after = withoutLines(modelOf(applied.result));
  for (const [index, field] of after.fields.entries()) {
    if (field.id === change.artifactId) check(modelOf(applied.result).fields[index]!);
    else assert.deepEqual(field, before.fields[index], `field ${field.id} is unchanged`);
  }
  assert.equal(after.status, before.status);
  assert.deepEqual(after.reviewers, before.reviewers);
  return applied;
}

export const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** A step file with sections the catalogue does not know, HTML and code fences that look like headings. */
export const USER_SECTIONS = `---
design: Wiki search
design-step: 1
status: draft
reviewers:
  - ana
---
# Validate the need

Intro paragraph the form does not show.

## Problem statement

<!-- Guidance the user kept. -->

Search is slow.   
It returns stale pages.

<div align="center"><img src="chart.png" alt="latency chart"></div>

## Open questions

- Who owns the index?

\`\`\`md
## not a heading
\`\`\`

## Proposed solution
Index pages as they change.
![flow](flow.png)
## Existing solutions

<!-- first -->
Text with <!-- a comment --> inside.

\`\`\`sh
# not a title
## not a section
\`\`\`


## Appendix

Anything.
`;
