/**
 * The seven steps as data: artifacts, aliases, guiding questions and which content checks apply.
 * Adding an artifact or an alias here is all it takes for the parser, checker, tree and forms.
 */

import type { ArtifactSpec, StepSpec, TraceRole } from './step-types';
import { PROBLEM_STEPS } from './steps-problem';
import { SOLUTION_STEPS } from './steps-solution';

export type { ArtifactKind, ArtifactSpec, ContentCheck, ContentCue, StepSpec, TraceRole } from './step-types';

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
