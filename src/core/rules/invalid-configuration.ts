import type { DesignRule } from './rule';

/** Each problem of the configuration file a design is checked with (or of a file it extends), at its line. */
export const invalidConfiguration: DesignRule = {
  id: 'invalid-configuration',
  defaultSeverity: 'error',
  description: 'The design docs configuration file has an unknown key, a wrong value, a missing `extends` target or a cycle.',
  accepts:
    'a `.design-docs.yaml` (or a file it extends) with an unknown key, rule, level, check, cue, role or kind, a duplicate artifact id, a step or artifact that does not exist, a missing `extends` target or a cycle of `extends`; the design is checked meanwhile with what could be applied',
  fixAll: false,
  scope: 'design',
  check({ design, reportAt }) {
    for (const problem of design.catalogue.source?.problems ?? []) reportAt(problem.file, problem.message, problem.range);
  },
};
