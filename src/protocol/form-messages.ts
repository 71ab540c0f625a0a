/**
 * The step form's messages, imported by the extension and by the webview. Everything that
 * arrives from the webview goes through `readFormMessage` before it is used.
 */
import type { FormChange, StepFormModel } from '../core';
import type { Severity } from '../core/types';

export interface FindingView {
  rule: string;
  severity: Severity;
  message: string;
  /** 0-based line in the file. */
  line: number;
  artifact?: string;
}

export interface FormState {
  file: string;
  fileName: string;
  version: number;
  model: StepFormModel;
  findings: FindingView[];
}

/**
 * `ack` names the edit (by its id) that this state already contains. `rejected` says VS Code
 * refused edit `id`: the file does not hold it, so the form keeps what the user typed and shows
 * `reason` (what to do next) until the field is edited again.
 */
export type ToFormWebview =
  | { type: 'state'; state: FormState; ack?: number }
  | { type: 'rejected'; id: number; reason: string }
  | { type: 'unavailable'; file: string; reason: string };

export type FromFormWebview =
  | { type: 'ready' }
  | { type: 'edit'; id: number; version: number; change: FormChange }
  | { type: 'reveal'; artifactId?: string }
  | { type: 'openText' };

const MAX_TEXT = 1_000_000;
/** Cells in one table change, the header's and every row's together. */
export const MAX_CELLS = 10_000;
/** Cells in the header or in any one row. */
export const MAX_COLUMNS = 100;

type Check = { ok: true; message: FromFormWebview } | { ok: false; reason: string };

const isString = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const isStringArray = (value: unknown, maxItems: number): value is string[] =>
  Array.isArray(value) && value.length <= maxItems && value.every((item) => isString(item, 10_000));

function readChange(value: unknown): FormChange | string {
  if (typeof value !== 'object' || value === null) return 'change is not an object';
  const change = value as Record<string, unknown>;
  switch (change.kind) {
    case 'text':
      if (!isString(change.artifactId, 100)) return 'text change without an artifactId';
      if (change.part !== 'body' && change.part !== 'before' && change.part !== 'after') return 'text change with an unknown part';
      if (!isString(change.value)) return 'text change without a string value (or over 1 MB)';
      return { kind: 'text', artifactId: change.artifactId, part: change.part, value: change.value };
    case 'table': {
      if (!isString(change.artifactId, 100)) return 'table change without an artifactId';
      const table = change.table as { header?: unknown; rows?: unknown } | undefined;
      if (!table || !isStringArray(table.header, MAX_COLUMNS) || !Array.isArray(table.rows)) return 'table change without header and rows';
      const rows = table.rows as unknown[];
      // Every cell counts, the header's and each row's (a row may hold more cells than the header);
      // a row counts as at least one cell, so no number of empty rows gets past the cap.
      let total = table.header.length;
      const cells: string[][] = [];
      for (const row of rows) {
        const rowCells = (row as { cells?: unknown } | null)?.cells;
        total += Array.isArray(rowCells) ? Math.max(1, rowCells.length) : 1;
        if (total > MAX_CELLS) return `table change too large (over ${MAX_CELLS} cells)`;
        if (!isStringArray(rowCells, MAX_COLUMNS)) return `table row without string cells (or over ${MAX_COLUMNS} cells)`;
        cells.push(rowCells);
      }
      return { kind: 'table', artifactId: change.artifactId, table: { header: table.header, rows: cells.map((rowCells) => ({ cells: rowCells })) } };
    }
    case 'status':
      // Which words are allowed is the step's catalogue's business (checked where the edit is made).
      if (typeof change.status !== 'string' || change.status.length === 0 || change.status.length > 100) return 'status change without a status';
      return { kind: 'status', status: change.status };
    case 'reviewers':
      if (!isStringArray(change.reviewers, 200)) return 'reviewers change without a list of names';
      return { kind: 'reviewers', reviewers: change.reviewers.map((name) => name.trim()).filter(Boolean) };
    default:
      return `unknown change kind ${JSON.stringify(change.kind)}`;
  }
}

/** Validates a message from the webview; anything else is refused with a reason to log. */
export function readFormMessage(value: unknown): Check {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'not an object' };
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { ok: true, message: { type: 'ready' } };
    case 'openText':
      return { ok: true, message: { type: 'openText' } };
    case 'reveal':
      if (message.artifactId !== undefined && !isString(message.artifactId, 100)) return { ok: false, reason: 'reveal with a bad artifactId' };
      return { ok: true, message: { type: 'reveal', ...(typeof message.artifactId === 'string' ? { artifactId: message.artifactId } : {}) } };
    case 'edit': {
      if (!Number.isInteger(message.version)) return { ok: false, reason: 'edit without a document version' };
      if (!Number.isInteger(message.id)) return { ok: false, reason: 'edit without an id' };
      const change = readChange(message.change);
      if (typeof change === 'string') return { ok: false, reason: change };
      return { ok: true, message: { type: 'edit', id: message.id as number, version: message.version as number, change } };
    }
    default:
      return { ok: false, reason: `unknown message type ${JSON.stringify(message.type)}` };
  }
}

/**
 * What the form's webview keeps across a window reload (`setState`): its file, the step it shows
 * (which picks the step's part of a one-file design) and how far it was scrolled.
 */
export interface SavedFormState {
  file: string;
  step: number;
  scrollY: number;
}

/** Longest file name a saved state may carry (Windows' long-path limit). */
const MAX_SAVED_FILE = 32_767;

export function savedFormState(state: FormState, scrollY: number): SavedFormState {
  return { file: state.file, step: state.model.step, scrollY };
}

/**
 * A saved state as the extension reads it back to restore a form: undefined when it names no
 * file. A step that is not a whole number from 1 is left out, as in a state saved before the step
 * was: the form then opens the file's step (in a one-file design, its first).
 */
export function readSavedFormState(value: unknown): { file: string; step?: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { file, step } = value as Record<string, unknown>;
  if (typeof file !== 'string' || file.length === 0 || file.length > MAX_SAVED_FILE) return undefined;
  return { file, ...(typeof step === 'number' && Number.isSafeInteger(step) && step >= 1 ? { step } : {}) };
}
