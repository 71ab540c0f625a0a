/** Minimal edits to a step file's front matter: one field's value changes, nothing else moves. */
import { parse as parseYaml } from 'yaml';
import type { StepDoc } from './parse';
import type { FileEdit, StepStatus } from '../types';

/** `[ana, li]`, quoting only names YAML would misread. */
export function yamlList(names: readonly string[]): string {
  return `[${names.map(yamlListItem).join(', ')}]`;
}

function yamlListItem(name: string): string {
  return yamlScalar(name, /^[\p{L}\p{N}_][\p{L}\p{N}_ .@'-]*$/u);
}

/**
 * `value` as a YAML scalar: plain when it is made of `safe` characters and YAML reads it back as
 * the same string (so not `007`, `1e3`, `0x1F`, `true`, `null` or `yes`), else double-quoted.
 */
export function yamlScalar(value: string, safe = /^[\p{L}\p{N}_][\p{L}\p{N}_ .()/&+-]*$/u): string {
  const plain = safe.test(value) && !/^(?:yes|no|on|off|y|n)$/i.test(value) && !/:\s| #/.test(value) && readsBackAs(value);
  return plain ? value : JSON.stringify(value);
}

function readsBackAs(value: string): boolean {
  try {
    return parseYaml(value) === value;
  } catch {
    return false;
  }
}

/**
 * Sets one top-level field. The value is replaced in place when it is written on the key's line;
 * a value on later lines (a block list) is replaced from the colon; a missing field is added as
 * the last line of the front matter. Returns undefined when the file has no front matter.
 */
export function setFieldEdit(file: string, doc: StepDoc, key: string, value: string): FileEdit | undefined {
  const frontMatter = doc.frontMatter;
  if (!frontMatter) return undefined;
  const text = doc.text;
  const keyRange = doc.keyRanges[key];
  if (!keyRange) {
    return { kind: 'replace', file, offset: frontMatter.contentRange.end, length: 0, text: `${key}: ${value}${doc.eol}` };
  }
  const colon = text.indexOf(':', keyRange.end);
  const valueRange = doc.valueRanges[key];
  const keyLine = doc.lines.position(keyRange.start).line;
  if (valueRange && doc.lines.position(valueRange.start).line === keyLine) {
    return { kind: 'replace', file, offset: valueRange.start, length: valueRange.end - valueRange.start, text: value };
  }
  let end = valueRange ? valueRange.end : colon + 1;
  while (end > colon + 1 && /\s/.test(text.charAt(end - 1))) end--;
  if (!valueRange) {
    while (end < text.length && (text.charAt(end) === ' ' || text.charAt(end) === '\t')) end++;
  }
  return { kind: 'replace', file, offset: colon + 1, length: end - (colon + 1), text: ` ${value}` };
}

export function setStatusEdit(file: string, doc: StepDoc, status: StepStatus): FileEdit | undefined {
  return setFieldEdit(file, doc, 'status', status);
}

export function setReviewersEdit(file: string, doc: StepDoc, reviewers: readonly string[]): FileEdit | undefined {
  return setFieldEdit(file, doc, 'reviewers', yamlList(reviewers));
}

/** Applies non-overlapping replace edits of one file to its text (used by tests and the CLI). */
export function applyEdits(text: string, edits: readonly FileEdit[]): string {
  const replaces = edits.filter((edit): edit is Extract<FileEdit, { kind: 'replace' }> => edit.kind === 'replace');
  let result = text;
  for (const edit of [...replaces].sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  }
  return result;
}
