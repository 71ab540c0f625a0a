/** The catalogues that ship with the extension; a configuration file extends one of them by name. */
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

export const BUILTIN_CATALOGUES: Readonly<Record<string, Catalogue>> = {
  'seven-steps': SEVEN_STEPS,
};
