/**
 * What a rule is: its metadata (the contract: id, default severity, what it finds and accepts,
 * whether its fix is safe to apply with others) and its check. One module per rule under
 * `rules/`, listed in `rules/index.ts`; the runners in `check/` walk that list.
 */
import type { ArtifactSpec, ContentCheck, StepSpec, TraceRole } from '../catalogue/step-types';
import type { Design, StepFile } from '../files/design';
import type { NotApplicable, SectionState } from '../markdown/not-applicable';
import type { Section, StepDoc } from '../markdown/parse';
import type { Fix, OffsetRange, Range, Severity } from '../types';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule finds (the setting's description). */
  description: string;
  /** What the rule finds and what it accepts as written, for the README's rule table. */
  accepts: string;
  /** True when its fix only adds text the user can review, so "Fix all" may apply it with others. */
  fixAll: boolean;
  /** For a tracing rule: the role whose items it follows and the roles each item must reach. */
  traces?: { from: TraceRole; to: readonly TraceRole[] };
}

/** `not-applicable`: the section says why the artifact does not apply (see `markdown/not-applicable`); it counts as written. */
export type ArtifactState = SectionState | 'missing';

export interface ArtifactStatus {
  artifact: ArtifactSpec;
  state: ArtifactState;
  section?: Section;
  /** The section's not-applicable marker: with its reason (`not-applicable`), or without one (`empty`). */
  notApplicable?: NotApplicable;
}

/** Reports one finding of the rule that was handed this function. */
export type Report = (message: string, range: OffsetRange, fix?: Fix, artifact?: string) => void;

export interface FileContext {
  file: string;
  doc: StepDoc;
  /** The step the front matter names, when it names a known one. */
  spec?: StepSpec;
  statuses: ArtifactStatus[];
  report: Report;
}

export interface ArtifactContext extends FileContext {
  spec: StepSpec;
  status: ArtifactStatus;
}

export interface ContentContext {
  doc: StepDoc;
  section: Section;
  report(message: string, range: OffsetRange): void;
}

export interface DesignContext {
  design: Design;
  /** The file that holds each step (the first one, when two claim it). */
  held: ReadonlyMap<number, StepFile>;
  report(file: string, message: string, range: OffsetRange, fix?: Fix, artifact?: string): void;
  /** For a file that is not one of the design's (a configuration file): the range in lines and columns. */
  reportAt(file: string, message: string, range: Range): void;
}

/** A rule over one step file as a whole. */
export interface FileRule extends RuleMeta {
  scope: 'file';
  check(context: FileContext): void;
}

/** A rule over each artifact of a step file, whatever its state. */
export interface ArtifactRule extends RuleMeta {
  scope: 'artifact';
  check(context: ArtifactContext): void;
}

/** A content rule: runs on each written section whose artifact opts into `contentCheck` in the catalogue. */
export interface ContentRule extends RuleMeta {
  scope: 'content';
  contentCheck: ContentCheck;
  check(context: ContentContext): void;
}

/** A rule over a whole design: its files together. */
export interface DesignRule extends RuleMeta {
  scope: 'design';
  check(context: DesignContext): void;
}

export type Rule = FileRule | ArtifactRule | ContentRule | DesignRule;

export function fixOf(title: string, edit: Fix['edits'][number] | undefined): Fix | undefined {
  return edit ? { title, edits: [edit] } : undefined;
}
