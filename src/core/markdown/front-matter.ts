/** Reads and validates a step file's YAML front matter; every problem carries the range to underline. */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { stepOf, stepRange, type Catalogue } from '../catalogue/catalogue';
import type { OffsetRange } from '../types';
import { nearestStatus } from './status-vocabulary';

export interface FrontMatter {
  /** The whole block, from the opening `---` to the end of the closing line. */
  range: OffsetRange;
  /** The YAML between the fences. */
  contentRange: OffsetRange;
  /** Where each top-level key's value sits (or the key, when the value is empty). */
  fieldRanges: Record<string, OffsetRange>;
}

export interface FrontMatterProblem {
  message: string;
  range: OffsetRange;
  /** A suggested correction: `text` in place of `range` (only the value's own characters). */
  replacement?: { title: string; range: OffsetRange; text: string };
}

export interface FrontMatterFields {
  hasStepField: boolean;
  step?: number;
  /** `design-steps` of a one-file design: the steps the file holds, in catalogue order. */
  steps?: number[];
  design?: string;
  status?: string;
  reviewers: string[];
  problems: FrontMatterProblem[];
  /** Where each field's value sits, or its key when the value is empty: what a finding underlines. */
  fieldRanges: Record<string, OffsetRange>;
  /** The key and the (non-empty) value of each field, for edits. */
  keyRanges: Record<string, OffsetRange>;
  valueRanges: Record<string, OffsetRange>;
}

const STEP_FIELD_LINE = /^design-steps?[ \t]*:/m;
const STEP_VALUE_LINE = /^design-step[ \t]*:[ \t]*(\d+)[ \t]*(?:#[^\r\n]*)?\r?$/m;

/**
 * The step a `design-step: N` line names, read without a YAML parser, for front matter that
 * cannot be parsed (bad syntax, no closing `---`): one typo must not hide the whole file.
 */
export function recoverStepField(text: string, base: number, catalogue: Catalogue): { step: number; range: OffsetRange } | undefined {
  const match = STEP_VALUE_LINE.exec(text);
  const digits = match?.[1];
  if (!match || digits === undefined) return undefined;
  const step = Number(digits);
  if (!stepOf(catalogue, step)) return undefined;
  const start = base + match.index + match[0].indexOf(digits, match[0].indexOf(':'));
  return { step, range: { start, end: start + digits.length } };
}

/** Validates the YAML text that starts at `base` in the file. */
export function readFrontMatterFields(yamlText: string, base: number, blockRange: OffsetRange, catalogue: Catalogue): FrontMatterFields {
  const result: FrontMatterFields = { hasStepField: STEP_FIELD_LINE.test(yamlText), reviewers: [], problems: [], fieldRanges: {}, keyRanges: {}, valueRanges: {} };
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    let at = error?.pos?.[0] ?? 0;
    let end = Math.max(at + 1, error?.pos?.[1] ?? at + 1);
    // An error found at the very end (an unclosed `[` or quote) belongs to the last field, not the closing `---`.
    const contentEnd = yamlText.trimEnd().length;
    if (at >= contentEnd && contentEnd > 0) {
      at = yamlText.lastIndexOf('\n', contentEnd - 1) + 1;
      end = contentEnd;
    }
    const reason = (error?.message ?? 'unknown error').split('\n')[0];
    result.problems.push({
      message: `The front matter is not valid YAML (${reason}). Fix the syntax between the --- lines; the step's status and reviewers are ignored until then.`,
      range: { start: base + at, end: base + end },
    });
    // The rest of the file is still checked as the step its `design-step` line names.
    const recovered = recoverStepField(yamlText, base, catalogue);
    if (recovered) {
      result.step = recovered.step;
      result.fieldRanges['design-step'] = recovered.range;
    }
    return result;
  }
  const root = document.contents;
  if (root === null || root === undefined) return result;
  if (!isMap(root)) {
    result.problems.push({
      message: 'The front matter must be a set of `key: value` fields, such as `design-step: 1`.',
      range: blockRange,
    });
    return result;
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    const valueNode = pair.value as YamlNode | null;
    const keyRange = rangeOf(pair.key as YamlNode, base);
    const valueRange = valueNode ? rangeOf(valueNode, base) : undefined;
    const range = (valueRange && valueRange.end > valueRange.start ? valueRange : undefined) ?? keyRange ?? blockRange;
    result.fieldRanges[key] = range;
    if (keyRange) result.keyRanges[key] = keyRange;
    if (valueRange && valueRange.end > valueRange.start) result.valueRanges[key] = valueRange;
    readField(result, key, valueNode, range, base, catalogue);
  }
  return result;
}

function readField(result: FrontMatterFields, key: string, value: YamlNode | null, range: OffsetRange, base: number, catalogue: Catalogue): void {
  const scalar = value && isScalar(value) ? value.value : undefined;
  switch (key) {
    case 'design-step': {
      const step = typeof scalar === 'number' ? scalar : typeof scalar === 'string' ? Number(scalar.trim()) : NaN;
      if (Number.isInteger(step) && stepOf(catalogue, step)) result.step = step;
      else {
        result.problems.push({
          message: `\`design-step\` must be a whole number from ${stepRange(catalogue)}, not ${describe(value)}.`,
          range,
        });
      }
      return;
    }
    case 'design-steps': {
      const steps = readClaimedSteps(value, catalogue);
      if (steps) result.steps = steps;
      else {
        result.problems.push({
          message: `\`design-steps\` must be \`all\` or a list of step numbers from ${stepRange(catalogue)}, such as \`[1, 2, 3]\`; not ${describe(value)}.`,
          range,
        });
      }
      return;
    }
    case 'status': {
      // An empty status is draft; a list or a nested object is not a status (and was once silently dropped).
      if (value === null || (isScalar(value) && (scalar === null || scalar === ''))) return;
      const written = isScalar(value) ? String(scalar).trim().toLowerCase() : '';
      const status = catalogue.statuses.values.find((allowed) => allowed.toLowerCase() === written);
      if (status !== undefined) result.status = status;
      else result.problems.push(unknownStatus(value, range, base, catalogue));
      return;
    }
    case 'reviewers':
      readReviewers(result, value, range, base);
      return;
    case 'design': {
      if (scalar === null || scalar === undefined) return;
      if (typeof scalar === 'string' || typeof scalar === 'number') {
        const title = asTyped(value).trim();
        if (title.length > 0) result.design = title;
      } else {
        result.problems.push({ message: '`design` must be the design\'s title as plain text.', range });
      }
      return;
    }
    default:
      return;
  }
}

/** `all`, one step number or a list of them: the steps a one-file design holds; undefined when it is none of these. */
function readClaimedSteps(value: YamlNode | null, catalogue: Catalogue): number[] | undefined {
  const known = (step: unknown): number | undefined => {
    const number = typeof step === 'number' ? step : typeof step === 'string' && /^\s*\d+\s*$/.test(step) ? Number(step) : NaN;
    return Number.isInteger(number) && stepOf(catalogue, number) ? number : undefined;
  };
  if (value && isScalar(value)) {
    if (typeof value.value === 'string' && value.value.trim().toLowerCase() === 'all') return catalogue.steps.map((spec) => spec.step);
    const step = known(value.value);
    return step === undefined ? undefined : [step];
  }
  if (value && isSeq(value) && value.items.length > 0) {
    const steps = value.items.map((item) => known(isScalar(item) ? item.value : undefined));
    if (steps.some((step) => step === undefined)) return undefined;
    return [...new Set(steps as number[])].sort((a, b) => a - b);
  }
  return undefined;
}

/**
 * A name as the user typed it: YAML reads `007`, `0x10` or `1e3` as numbers (7, 16, 1000), but
 * in `design` or `reviewers` they are names, so a number keeps its source text.
 */
function asTyped(node: YamlNode | null): string {
  if (!node || !isScalar(node)) return '';
  return typeof node.value === 'number' && typeof node.source === 'string' ? node.source : String(node.value);
}

/**
 * A status of another process (a KEP's `implementable`) or a typo: the step counts as draft, the
 * rest of the front matter is still read, and the fix offers the nearest allowed status.
 */
function unknownStatus(value: YamlNode | null, range: OffsetRange, base: number, catalogue: Catalogue): FrontMatterProblem {
  const { values, initial } = catalogue.statuses;
  const allowed = `\`status\` must be one of ${values.join(', ')}, not ${describe(value)}`;
  if (!value || !isScalar(value) || typeof value.value === 'object') {
    return { message: `${allowed}. Until then the step counts as ${initial}.`, range };
  }
  const written = String(value.value).trim();
  const nearest = nearestStatus(written, catalogue.statuses);
  const why = nearest.process ? ` (\`${written}\` is ${nearest.process})` : '';
  const message = `${allowed}. Until then the step counts as ${initial}; the nearest allowed status${why} is \`${nearest.status}\`.`;
  const span = rangeOf(value, base) ?? range;
  // A quoted value keeps its quotes: only the characters between them change.
  const quoted = value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE';
  const inner = quoted ? { start: span.start + 1, end: span.end - 1 } : span;
  return { message, range, replacement: { title: `Change the status to ${nearest.status}`, range: inner, text: nearest.status } };
}

function readReviewers(result: FrontMatterFields, value: YamlNode | null, range: OffsetRange, base: number): void {
  if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) return;
  if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')) {
    result.reviewers = asTyped(value).split(',').map((name) => name.trim()).filter(Boolean);
    return;
  }
  if (isSeq(value)) {
    const names: string[] = [];
    for (const item of value.items) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
        const name = asTyped(item).trim();
        if (name) names.push(name);
      } else {
        result.problems.push({
          message: '`reviewers` must list names, for example `reviewers: [ana, li]`.',
          range: rangeOf(item as YamlNode, base) ?? range,
        });
        return;
      }
    }
    result.reviewers = names;
    return;
  }
  result.problems.push({ message: '`reviewers` must list names, for example `reviewers: [ana, li]`.', range });
}

function rangeOf(node: YamlNode | null | undefined, base: number): OffsetRange | undefined {
  const span = node?.range;
  if (!span) return undefined;
  return { start: base + span[0], end: base + Math.max(span[0], span[1]) };
}

function describe(value: YamlNode | null): string {
  if (value === null) return 'an empty value';
  if (isScalar(value)) return `\`${String(value.value)}\``;
  if (isSeq(value)) return 'a list';
  return 'a nested object';
}
