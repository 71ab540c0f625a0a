/**
 * The seven steps as data: artifacts, aliases, guiding questions and which content checks apply.
 * Adding an artifact or an alias here is all it takes for the parser, checker, tree and forms.
 */

import { PROBLEM_STEPS } from './steps-problem';
import { SOLUTION_STEPS } from './steps-solution';

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

export const STEPS: readonly StepSpec[] = [...PROBLEM_STEPS, ...SOLUTION_STEPS];

export const STEP_COUNT = STEPS.length;

export function stepSpec(step: number): StepSpec | undefined {
  return STEPS.find((spec) => spec.step === step);
}

export function artifactByRole(role: TraceRole): { step: StepSpec; artifact: ArtifactSpec } | undefined {
  for (const step of STEPS) {
    const artifact = step.artifacts.find((candidate) => candidate.role === role);
    if (artifact) return { step, artifact };
  }
  return undefined;
}
