/** The shape of the step catalogue: steps, their artifacts, and what each artifact is checked for. */

/**
 * Each vocabulary is a list (a configuration file is checked against it at run time) and the type
 * derived from it.
 */

/** How an artifact is written, which decides its template and its form field. */
export const ARTIFACT_KINDS = ['prose', 'list', 'table', 'diagram', 'api'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

/** Content checks an artifact opts into; each is the `contentCheck` of one content rule. */
export const CONTENT_CHECKS = [
  'latency-targets',
  'availability-target',
  'scale-numbers',
  'throughput-rows',
  'api-operations',
  'diagram',
  'stored-data-access',
  'technology-reasons',
] as const;
export type ContentCheck = (typeof CONTENT_CHECKS)[number];

/**
 * Signs, outside the artifact's own section, that its content is written elsewhere in the design
 * (see `rules/support/elsewhere.ts`): a missing section whose cue is found is a hint, not a warning.
 */
export const CONTENT_CUES = [
  'diagram',
  'rates',
  'operations',
  'type-definitions',
  'lifecycle',
  'decisions',
  'status-quo',
  'introduction',
  'security',
  'caller-needs',
  'capabilities',
  'storage',
  'flow',
  'request-paths',
  'proposals',
  'responsibilities',
  'use-case-paths',
] as const;
export type ContentCue = (typeof CONTENT_CUES)[number];

/** The part an artifact plays in cross-step traceability. */
export const TRACE_ROLES = ['use-cases', 'latency', 'workflows', 'throughput', 'api', 'components', 'technology-choices'] as const;
export type TraceRole = (typeof TRACE_ROLES)[number];

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
  /** An optional artifact is checked when written, but its absence is no gap. */
  optional?: boolean;
}

export interface StepSpec {
  step: number;
  title: string;
  /** File name `New Design…` gives the step. */
  fileName: string;
  purpose: string;
  /** Other headings that name the step in a one-file design ("Motivation" for "Validate the need"). */
  aliases?: string[];
  /** An optional step is checked when written, but a design without it is not missing anything. */
  optional?: boolean;
  artifacts: ArtifactSpec[];
}
