/**
 * The completeness report's messages, imported by the extension and by the webview. The extension
 * sends the report as plain data (the webview draws it); what arrives from the webview goes through
 * `readReportMessage` before it is used.
 */
import type { Severity, StepStatus } from '../core/types';

/** How a step's row reads: its file is missing, or it is (in)complete. */
export type ReportStepState = 'complete' | 'incomplete' | 'missing';

export interface ReportFindingView {
  rule: string;
  severity: Severity;
  message: string;
  /** 0-based line and column of the finding's start. */
  line: number;
  column: number;
}

/** The findings of one file, in the order the check reported them. */
export interface ReportFileView {
  /** The file as the core names it: what an `open` message sends back. */
  file: string;
  /** Its base name, as the report shows it. */
  fileName: string;
  findings: ReportFindingView[];
}

/** An artifact marked not applicable, with the reason its section gives. */
export interface ReportNotApplicableView {
  title: string;
  reason: string;
}

export interface ReportStepView {
  step: number;
  title: string;
  state: ReportStepState;
  status: StepStatus | 'missing';
  /** Artifacts done (written, or not applicable with a reason), of `artifacts`. */
  present: number;
  artifacts: number;
  /** The done artifacts that are marked not applicable, in step order. */
  notApplicable: ReportNotApplicableView[];
  /**
   * Findings about the step: those of its file; in a one-file design those of its part, a finding
   * outside every part counting for the step above it (the front matter: the file's first step).
   */
  findings: number;
}

export interface ReportDesignView {
  title: string;
  /** The design's folder as users see it (relative to the workspace). */
  path: string;
  complete: boolean;
  /** Artifacts done over all steps, of `artifacts`. */
  present: number;
  artifacts: number;
  steps: ReportStepView[];
  files: ReportFileView[];
}

export interface ReportView {
  /** One localized sentence that sums up every design. */
  summary: string;
  designs: ReportDesignView[];
}

export type ToReportWebview = { type: 'report'; report: ReportView };

/** `ready`: the page is loaded and wants the report. `open`: the user chose a finding. */
export type FromReportWebview = { type: 'ready' } | { type: 'open'; file: string; line: number; column: number };

/** Longest file name an `open` may carry (Windows' long-path limit; a URI-style name is no longer). */
export const MAX_REPORT_FILE = 32_767;
/** Largest line or column an `open` may carry: far above what a checked file (at most 2 MB) holds. */
export const MAX_REPORT_POSITION = 10_000_000;

export type ReportMessageCheck = { ok: true; message: FromReportWebview } | { ok: false; reason: string };

const isPosition = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_REPORT_POSITION;

/** Validates a message from the webview; anything else is refused with a reason to log. */
export function readReportMessage(value: unknown): ReportMessageCheck {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'not an object' };
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { ok: true, message: { type: 'ready' } };
    case 'open': {
      const { file, line, column } = message;
      if (typeof file !== 'string' || file.length === 0) return { ok: false, reason: 'open without a file' };
      if (file.length > MAX_REPORT_FILE) return { ok: false, reason: `open with a file name over ${MAX_REPORT_FILE} characters` };
      if (!isPosition(line)) return { ok: false, reason: `open without a line from 0 to ${MAX_REPORT_POSITION}` };
      if (!isPosition(column)) return { ok: false, reason: `open without a column from 0 to ${MAX_REPORT_POSITION}` };
      return { ok: true, message: { type: 'open', file, line, column } };
    }
    default:
      return { ok: false, reason: `unknown message type ${typeof message.type === 'string' ? JSON.stringify(message.type.slice(0, 100)) : typeof message.type}` };
  }
}
