/** The keys a configuration file may use, level by level, and the value lists it is checked against. */
export { ARTIFACT_KINDS, CONTENT_CHECKS, CONTENT_CUES, TRACE_ROLES } from '../catalogue/step-types';

export const TOP_KEYS = ['extends', 'name', 'steps', 'statuses', 'rules', 'overrides', 'design'] as const;
export const STEP_KEYS = ['step', 'remove', 'title', 'file', 'purpose', 'aliases', 'optional', 'artifacts'] as const;
export const ARTIFACT_KEYS = ['id', 'remove', 'title', 'aliases', 'add-aliases', 'kind', 'summary', 'questions', 'checks', 'cues', 'role', 'columns', 'optional'] as const;
export const STATUS_KEYS = ['values', 'initial', 'review', 'approved', 'reviewers'] as const;
export const OVERRIDE_KEYS = ['files', 'rules'] as const;
export const DESIGN_KEYS = ['title', 'files'] as const;
