/**
 * arc42, the architecture documentation template (https://arc42.org), as steps of a built-in
 * catalogue (`builtin.ts`): its twelve sections are the steps, the sub-sections its template
 * proposes are the artifacts. Sub-sections that real arc42 documents often leave out are
 * optional, so a complete document is not told to add them; they are still checked when written.
 */
import { ARC42_GOAL_STEPS } from './arc42-goals';
import { ARC42_QUALITY_STEPS } from './arc42-quality';
import type { StepSpec } from './step-types';

export const ARC42_STEPS: readonly StepSpec[] = [...ARC42_GOAL_STEPS, ...ARC42_QUALITY_STEPS];
