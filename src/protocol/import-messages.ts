/**
 * The import panel's messages, imported by the extension and by the webview. The extension sends
 * the proposed placement as plain data; what arrives from the webview goes through
 * `readImportMessage` before it is used (the choices are then checked against the document and
 * the catalogue by the core's `applyChoices`).
 */
import type { ChoiceOption, ImportLayout, ProposalRow } from '../core';

export interface ImportProposalView {
  /** Counts the proposals this panel showed: an import names the one its choices were made on. */
  revision: number;
  /** The document's base name. */
  fileName: string;
  /** Where each layout writes, as users read paths (relative to the workspace). */
  oneFileTarget: string;
  perStepTarget: string;
  layout: ImportLayout;
  rows: ProposalRow[];
  options: ChoiceOption[];
}

export type ToImportWebview = { type: 'proposal'; proposal: ImportProposalView } | { type: 'idle' };

export interface SectionChoice {
  section: number;
  choice: string;
}

/**
 * `ready`: the page is loaded and wants the proposal. `reveal`: show the document at a (1-based)
 * line. `import`: write the design with these choices. `cancel`: close without writing.
 */
export type FromImportWebview =
  | { type: 'ready' }
  | { type: 'reveal'; line: number }
  | { type: 'import'; revision: number; layout: ImportLayout; choices: SectionChoice[] }
  | { type: 'cancel' };

/** More sections than any document the checker reads (2 MB) can hold headings for. */
export const MAX_IMPORT_CHOICES = 200_000;
/** Longer than any choice the options hold: `step:` with a number and an artifact id. */
export const MAX_CHOICE_LENGTH = 300;
export const MAX_IMPORT_LINE = 10_000_000;

export type ImportMessageCheck = { ok: true; message: FromImportWebview } | { ok: false; reason: string };

const isCount = (value: unknown, max: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

function readChoices(value: unknown): SectionChoice[] | string {
  if (!Array.isArray(value)) return 'import without a list of choices';
  if (value.length > MAX_IMPORT_CHOICES) return `import with over ${MAX_IMPORT_CHOICES} choices`;
  const choices: SectionChoice[] = [];
  const seen = new Set<number>();
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return 'a choice that is not an object';
    const { section, choice } = item as Record<string, unknown>;
    if (!isCount(section, MAX_IMPORT_CHOICES)) return 'a choice without a section number';
    if (typeof choice !== 'string' || choice.length === 0 || choice.length > MAX_CHOICE_LENGTH) return `a choice for section ${section} that is not a string of 1 to ${MAX_CHOICE_LENGTH} characters`;
    if (seen.has(section)) return `two choices for section ${section}`;
    seen.add(section);
    choices.push({ section, choice });
  }
  return choices;
}

/** Validates a message from the webview; anything else is refused with a reason to log. */
export function readImportMessage(value: unknown): ImportMessageCheck {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'not an object' };
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
    case 'cancel':
      return { ok: true, message: { type: message.type } };
    case 'reveal':
      if (!isCount(message.line, MAX_IMPORT_LINE) || message.line === 0) return { ok: false, reason: `reveal without a line from 1 to ${MAX_IMPORT_LINE}` };
      return { ok: true, message: { type: 'reveal', line: message.line } };
    case 'import': {
      if (message.layout !== 'one-file' && message.layout !== 'per-step') return { ok: false, reason: 'import without a layout (one-file or per-step)' };
      if (!isCount(message.revision, Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'import without the revision of the proposal it was made on' };
      const choices = readChoices(message.choices);
      if (typeof choices === 'string') return { ok: false, reason: choices };
      return { ok: true, message: { type: 'import', revision: message.revision, layout: message.layout, choices } };
    }
    default:
      return { ok: false, reason: `unknown message type ${typeof message.type === 'string' ? JSON.stringify(message.type.slice(0, 100)) : typeof message.type}` };
  }
}
