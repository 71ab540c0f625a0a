/**
 * The rule list: every rule the checker knows, in the order the README and SARIF list them. The
 * only module that imports rule modules; adding a rule is one module here plus its tests (then
 * `npm run rules:docs` regenerates the settings, their strings and the README table).
 */
import type { RuleConfig } from '../catalogue/catalogue';
import type { RuleLevel } from '../types';
import { apiWithoutOperations } from './api-without-operations';
import { artifactElsewhere } from './artifact-elsewhere';
import { approvedIncomplete } from './approved-incomplete';
import { approvedWithoutReviewers } from './approved-without-reviewers';
import { availabilityWithoutTarget } from './availability-without-target';
import { brokenLink } from './broken-link';
import { diagramMissing } from './diagram-missing';
import { duplicateStep } from './duplicate-step';
import { emptyArtifact } from './empty-artifact';
import { invalidConfiguration } from './invalid-configuration';
import { invalidFrontMatter } from './invalid-front-matter';
import { latencyWithoutTarget } from './latency-without-target';
import { missingArtifact } from './missing-artifact';
import { missingStep } from './missing-step';
import { placeholderText } from './placeholder-text';
import type { Rule, RuleMeta } from './rule';
import { scaleWithoutNumbers } from './scale-without-numbers';
import { storedDataWithoutAccessPattern } from './stored-data-without-access-pattern';
import { technologyWithoutReason } from './technology-without-reason';
import { throughputWithoutRows } from './throughput-without-rows';
import { unknownStepHeading } from './unknown-step-heading';
import { unreadableFile } from './unreadable-file';
import { untracedComponent } from './untraced-component';
import { untracedOperation } from './untraced-operation';
import { untracedUseCase } from './untraced-use-case';
import { unplacedSection } from './unplaced-section';

export type { ArtifactState, ArtifactStatus, Rule, RuleMeta } from './rule';
export { anchorRange, artifactStatuses } from './support/step-file';
export { apiOperations, apiSpecBlocks, hasLatencyTarget } from './support/content';

export const RULE_LIST: readonly Rule[] = [
  missingStep,
  missingArtifact,
  artifactElsewhere,
  emptyArtifact,
  placeholderText,
  latencyWithoutTarget,
  availabilityWithoutTarget,
  scaleWithoutNumbers,
  throughputWithoutRows,
  apiWithoutOperations,
  diagramMissing,
  storedDataWithoutAccessPattern,
  technologyWithoutReason,
  untracedUseCase,
  untracedOperation,
  untracedComponent,
  brokenLink,
  unplacedSection,
  approvedWithoutReviewers,
  approvedIncomplete,
  invalidFrontMatter,
  invalidConfiguration,
  duplicateStep,
  unknownStepHeading,
  unreadableFile,
];

/** The rules' metadata (what adapters, settings and reports need), without their checks. */
export type RuleSpec = RuleMeta & { scope: Rule['scope'] };

export const RULES: readonly RuleSpec[] = RULE_LIST.map(({ id, defaultSeverity, description, accepts, fixAll, traces, scope }) => ({
  id,
  defaultSeverity,
  description,
  accepts,
  fixAll,
  ...(traces ? { traces } : {}),
  scope,
}));

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleSpec(id: string): RuleSpec | undefined {
  return RULES.find((rule) => rule.id === id);
}

export type { RuleConfig } from '../catalogue/catalogue';

export function levelOf(ruleId: string, config: RuleConfig): RuleLevel {
  return config[ruleId] ?? ruleSpec(ruleId)?.defaultSeverity ?? 'warning';
}
