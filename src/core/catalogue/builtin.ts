/** The catalogues that ship with the extension; a configuration file extends one of them by name. */
import { ARC42_STEPS } from './arc42';
import type { Catalogue, StatusPolicy } from './catalogue';
import { PROBLEM_STEPS } from './steps-problem';
import { SOLUTION_STEPS } from './steps-solution';

export const DEFAULT_STATUSES: StatusPolicy = {
  values: ['draft', 'in-review', 'approved'],
  initial: 'draft',
  review: 'in-review',
  approved: 'approved',
  reviewers: 1,
};

/** The seven steps of the design process: the default catalogue. */
export const SEVEN_STEPS: Catalogue = {
  id: 'seven-steps',
  name: 'Seven steps',
  steps: [...PROBLEM_STEPS, ...SOLUTION_STEPS],
  statuses: DEFAULT_STATUSES,
  rules: {},
  overrides: [],
  stepFiles: [],
};

/** arc42's twelve sections (see `arc42.ts`). */
export const ARC42: Catalogue = {
  id: 'arc42',
  name: 'arc42',
  steps: ARC42_STEPS,
  statuses: DEFAULT_STATUSES,
  rules: {},
  overrides: [],
  stepFiles: [],
};

export const BUILTIN_CATALOGUES: Readonly<Record<string, Catalogue>> = {
  'seven-steps': SEVEN_STEPS,
  arc42: ARC42,
};
