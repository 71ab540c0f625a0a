/**
 * The configuration file as read: what it asks for, each value with where it was written, so a
 * problem found later (an unknown `extends` target, a step that does not exist) points at its line.
 */
import type { RuleConfig } from '../catalogue/catalogue';
import type { ArtifactKind, ContentCheck, ContentCue, TraceRole } from '../catalogue/step-types';
import type { ConfigProblem } from '../catalogue/catalogue';
import type { OffsetRange } from '../types';

export const CONFIG_FILE_NAMES = ['.design-docs.yaml', '.design-docs.yml'] as const;

export type { ConfigProblem } from '../catalogue/catalogue';

export interface Located<T> {
  value: T;
  range: OffsetRange;
}

/** A new artifact, or changes to one of the base step's artifacts (`id` names which). */
export interface ArtifactEntry {
  id: Located<string>;
  remove?: boolean;
  title?: string;
  aliases?: string[];
  addAliases?: string[];
  kind?: ArtifactKind;
  summary?: string;
  questions?: string[];
  checks?: ContentCheck[];
  cues?: ContentCue[];
  role?: TraceRole;
  columns?: string[];
  optional?: boolean;
}

/** A new step, or changes to one of the base catalogue's steps (`step` names which). */
export interface StepEntry {
  step: Located<number>;
  remove?: boolean;
  title?: string;
  file?: string;
  purpose?: string;
  aliases?: string[];
  optional?: boolean;
  artifacts: ArtifactEntry[];
}

export interface ConfigFile {
  path: string;
  extends?: Located<string>;
  name?: string;
  steps: StepEntry[];
  statuses?: {
    values?: Located<string[]>;
    initial?: Located<string>;
    review?: Located<string>;
    approved?: Located<string>;
    reviewers?: number;
  };
  rules: RuleConfig;
  overrides: { files: string[]; rules: RuleConfig }[];
  design?: { title?: string; files: { pattern: string; step: Located<number> }[] };
  problems: ConfigProblem[];
}
