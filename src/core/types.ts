/** Shared vocabulary of the core: findings, ranges and fixes. No editor types here. */

export type Severity = 'error' | 'warning' | 'info';
export type RuleLevel = Severity | 'off';

/** A step's `status`: one of the values its catalogue allows (see `StatusPolicy`). */
export type StepStatus = string;

/** A half-open span of UTF-16 offsets into a file's original text (BOM included). */
export interface OffsetRange {
  start: number;
  end: number;
}

/** Zero-based line and UTF-16 column. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Replace `length` characters at `offset` of `file` with `text`; `create` makes a new file.
 * `placeholders` mark parts of `text` (offsets into it) an editor may select for the user to type over.
 */
export type FileEdit =
  | { kind: 'replace'; file: string; offset: number; length: number; text: string; placeholders?: { offset: number; length: number }[] }
  | { kind: 'create'; file: string; text: string };

export interface Fix {
  title: string;
  edits: FileEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** Path of the file the finding is about, as the file system adapter names it. */
  file: string;
  range: Range;
  fix?: Fix;
  /** The id of the artifact (section) the finding is about, if any. */
  artifact?: string;
}
