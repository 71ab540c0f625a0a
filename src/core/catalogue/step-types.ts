/** The shape of the step catalogue: steps, their artifacts, and what each artifact is checked for. */

/** How an artifact is written, which decides its template and its form field. */
export type ArtifactKind = 'prose' | 'list' | 'table' | 'diagram' | 'api';

/** Content checks an artifact opts into; each names a function in `content-rules.ts`. */
export type ContentCheck =
  | 'latency-targets'
  | 'availability-target'
  | 'scale-numbers'
  | 'throughput-rows'
  | 'api-operations'
  | 'diagram'
  | 'stored-data-access'
  | 'technology-reasons';

/**
 * Signs, outside the artifact's own section, that its content is written elsewhere in the design
 * (see `rules/support/elsewhere.ts`): a missing section whose cue is found is a hint, not a warning.
 */
export type ContentCue =
  | 'diagram'
  | 'rates'
  | 'operations'
  | 'type-definitions'
  | 'lifecycle'
  | 'decisions'
  | 'status-quo'
  | 'introduction'
  | 'security'
  | 'caller-needs'
  | 'capabilities'
  | 'storage'
  | 'flow'
  | 'request-paths'
  | 'proposals'
  | 'responsibilities';

/** The part an artifact plays in cross-step traceability. */
export type TraceRole =
  | 'use-cases'
  | 'latency'
  | 'workflows'
  | 'throughput'
  | 'api'
  | 'components'
  | 'technology-choices';

export interface ArtifactSpec {
  id: string;
  title: string;
  aliases: string[];
  kind: ArtifactKind;
  /** One sentence on what belongs in the section. */
  summary: string;
  questions: string[];
  checks: ContentCheck[];
  /** Content cues that show the artifact is written under another heading (every artifact also has its name as a cue). */
  cues?: ContentCue[];
  role?: TraceRole;
  /** Column headings of the table a table artifact starts with. */
  columns?: string[];
}

export interface StepSpec {
  step: number;
  title: string;
  /** File name `New Design…` gives the step. */
  fileName: string;
  purpose: string;
  artifacts: ArtifactSpec[];
}
