/**
 * The texts a webview shows. A webview cannot call `vscode.l10n`, so the extension localizes them
 * and hands them to the page in the `data-labels` attribute (JSON) of its root element. Templates
 * hold `{0}`-style placeholders, filled in by `formatLabel`. Both sides import this file.
 */

/** Keys of the step form's texts. */
export const FORM_LABEL_KEYS = [
  'stateWritten',
  'stateEmpty',
  'stateMissing',
  'stateNotApplicable',
  /** {0}: why the artifact does not apply. */
  'notApplicableTitle',
  'showInMarkdown',
  'showInMarkdownTitle',
  /** {0}: the artifact's title. */
  'notesAboveLabel',
  'notesAbovePlaceholder',
  /** {0}: the artifact's title. */
  'notesBelowLabel',
  'notesBelowPlaceholder',
  'diagramHint',
  /** {0}: the artifact's title. */
  'questionsFor',
  'severityError',
  'severityWarning',
  'severityInfo',
  /** {0}: the table's label. */
  'addRowTo',
  'addRow',
  'rowActions',
  /** {0}: the column's header, {1}: the row number. */
  'cellLabel',
  /** {0}: the column number. */
  'column',
  /** {0}: the row number. */
  'moveRowUp',
  /** {0}: the row number. */
  'moveRowDown',
  /** {0}: the row number. */
  'removeRow',
  'status',
  'reviewers',
  'reviewersLabel',
  'reviewersPlaceholder',
  'openMarkdown',
  'design',
  /** {0}: the design's title, {1}: the step number, {2}: the file name. */
  'eyebrow',
] as const;

/** Keys of the assembled preview's texts. */
export const PREVIEW_LABEL_KEYS = [
  /** {0}: why the diagram could not be drawn. */
  'diagramError',
  'parseError',
] as const;

/** Keys of the completeness report's texts. */
export const REPORT_LABEL_KEYS = [
  'heading',
  'columnStep',
  'columnState',
  'columnStatus',
  'columnArtifacts',
  'columnFindings',
  'complete',
  'incomplete',
  'noFile',
  /** {0}: artifacts written, {1}: artifacts in all. */
  'artifactsDone',
  /** {0}: the artifact's title, {1}: why it does not apply. */
  'notApplicable',
  'severityError',
  'severityWarning',
  'severityInfo',
] as const;

/** Keys of the import panel's texts. */
export const IMPORT_LABEL_KEYS = [
  /** {0}: the document's file name. */
  'heading',
  'intro',
  'layoutLegend',
  /** {0}: the file rewritten in place. */
  'layoutOneFile',
  /** {0}: the folder the step files go to. */
  'layoutPerStep',
  'columnSection',
  'columnPlacement',
  'preamble',
  'withParent',
  /** {0}: the step number, {1}: the step's title. */
  'stepGroup',
  /** {0}: the step number, {1}: the artifact's title. */
  'artifactOption',
  /** {0}: the step number. */
  'unplacedOption',
  /** {0}: the section's heading. */
  'placementOf',
  /** {0}: the line. */
  'showLine',
  /** {0}: sections placed, {1}: sections shown. */
  'placedCount',
  'changedMark',
  'importButton',
  'cancelButton',
  'working',
] as const;

export type FormLabelKey = (typeof FORM_LABEL_KEYS)[number];
export type PreviewLabelKey = (typeof PREVIEW_LABEL_KEYS)[number];
export type ReportLabelKey = (typeof REPORT_LABEL_KEYS)[number];
export type ImportLabelKey = (typeof IMPORT_LABEL_KEYS)[number];
export type FormLabels = Record<FormLabelKey, string>;
export type PreviewLabels = Record<PreviewLabelKey, string>;
export type ReportLabels = Record<ReportLabelKey, string>;
export type ImportLabels = Record<ImportLabelKey, string>;

const MAX_LABEL = 2_000;

export type LabelsCheck<K extends string> = { ok: true; labels: Record<K, string> } | { ok: false; reason: string };

/** Validates a labels object: exactly the expected keys, each a string of reasonable length. */
export function readLabels<K extends string>(keys: readonly K[], value: unknown): LabelsCheck<K> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'labels are not an object' };
  const record = value as Record<string, unknown>;
  const labels = {} as Record<K, string>;
  for (const key of keys) {
    const label = record[key];
    if (typeof label !== 'string') return { ok: false, reason: `label ${key} is missing or not a string` };
    if (label.length > MAX_LABEL) return { ok: false, reason: `label ${key} is too long` };
    labels[key] = label;
  }
  const unknown = Object.keys(record).find((key) => !(keys as readonly string[]).includes(key));
  if (unknown !== undefined) return { ok: false, reason: `unknown label ${JSON.stringify(unknown.slice(0, 100))}` };
  return { ok: true, labels };
}

/**
 * The labels in a page's `data-labels` attribute. Malformed labels are reported through `warn`
 * and replaced by their keys, so the page still works (and the fault is visible).
 */
export function pageLabels<K extends string>(keys: readonly K[], json: string | undefined, warn: (reason: string) => void = () => {}): Record<K, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json ?? '');
  } catch {
    parsed = undefined;
  }
  const read = readLabels(keys, parsed);
  if (read.ok) return read.labels;
  warn(read.reason);
  const fallback = {} as Record<K, string>;
  for (const key of keys) fallback[key] = key;
  return fallback;
}

/** Fills `{0}`, `{1}`… with `args`; a placeholder without an argument is left as it is. */
export function formatLabel(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? whole : String(arg);
  });
}
