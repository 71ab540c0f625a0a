/**
 * The catalogue a design is checked against, as one value: its steps, the status words it allows,
 * rule levels and the files of a design that has no front matter. Built-in catalogues live in
 * `builtin.ts`; a workspace's configuration file (`config/`) extends one of them.
 */
import { matchesGlob } from './glob';
import type { Range, RuleLevel } from '../types';
import type { ArtifactSpec, StepSpec, TraceRole } from './step-types';

/** A problem in a configuration file, at its line: what is wrong and what to write instead. */
export interface ConfigProblem {
  file: string;
  range: Range;
  message: string;
}

/** The `status` values a step may have, and which of them gate approval. */
export interface StatusPolicy {
  /** Allowed values, in the order work moves through them. */
  values: readonly string[];
  /** The value a new step starts with. */
  initial: string;
  /** The value that means the step is approved. */
  approved: string;
  /** The value an approval is taken back to. */
  review: string;
  /** How many reviewers an approved step must name. */
  reviewers: number;
}

/** Per-rule levels, as in the `designDocs.rules` setting, the CLI's `--rule` and the configuration file. */
export type RuleConfig = Readonly<Record<string, RuleLevel>>;

/** Rule levels that apply only to files whose path (relative to the configuration's folder) matches a glob. */
export interface RuleOverride {
  files: readonly string[];
  rules: RuleConfig;
  /** The folder the globs are relative to. */
  base: string;
}

/** For document sets without front matter: files whose name matches `pattern` hold `step`. */
export interface StepFilePattern {
  pattern: string;
  step: number;
  /** The folder the pattern is relative to. */
  base: string;
}

export interface Catalogue {
  /** `seven-steps`, `arc42`, or the path of the configuration file that made it. */
  id: string;
  /** What the user calls it ("Seven steps", "arc42", "Acme template"). */
  name: string;
  steps: readonly StepSpec[];
  statuses: StatusPolicy;
  rules: RuleConfig;
  overrides: readonly RuleOverride[];
  stepFiles: readonly StepFilePattern[];
  /** The design title of document sets found through `stepFiles`. */
  designTitle?: string;
  /** The configuration file it was made from, and what is wrong in it (or in a file it extends). */
  source?: { path: string; problems: readonly ConfigProblem[] };
}

export function stepOf(catalogue: Catalogue, step: number | undefined): StepSpec | undefined {
  return step === undefined ? undefined : catalogue.steps.find((spec) => spec.step === step);
}

export function artifactByRole(catalogue: Catalogue, role: TraceRole): { step: StepSpec; artifact: ArtifactSpec } | undefined {
  for (const step of catalogue.steps) {
    const artifact = step.artifacts.find((candidate) => candidate.role === role && !candidate.optional);
    if (artifact) return { step, artifact };
  }
  for (const step of catalogue.steps) {
    const artifact = step.artifacts.find((candidate) => candidate.role === role);
    if (artifact) return { step, artifact };
  }
  return undefined;
}

/** "1 to 7", "1 to 12": the step numbers the catalogue knows, for messages. */
export function stepRange(catalogue: Catalogue): string {
  const numbers = catalogue.steps.map((spec) => spec.step);
  if (numbers.length === 0) return 'none';
  return `${Math.min(...numbers)} to ${Math.max(...numbers)}`;
}

/** "seven", "12": how many steps, in words for small counts. */
export function stepCountWords(catalogue: Catalogue): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
  return words[catalogue.steps.length] ?? String(catalogue.steps.length);
}

/** The step a file holds by its name, when the configuration maps file names to steps (`design.files`). */
export function impliedStep(catalogue: Catalogue, path: string): number | undefined {
  for (const { pattern, step, base } of catalogue.stepFiles) {
    const relative = relativeTo(base, path);
    if (relative !== undefined && matchesGlob(pattern, relative)) return step;
  }
  return undefined;
}

export function isApproved(catalogue: Catalogue, status: string): boolean {
  return status === catalogue.statuses.approved;
}

/** The configuration's rule levels for one file: its `rules`, then each override whose globs match the file. */
export function catalogueLevels(catalogue: Catalogue, file: string): RuleConfig {
  if (catalogue.overrides.length === 0) return catalogue.rules;
  let levels: RuleConfig = catalogue.rules;
  for (const override of catalogue.overrides) {
    const relative = relativeTo(override.base, file);
    if (relative !== undefined && override.files.some((glob) => matchesGlob(glob, relative))) levels = { ...levels, ...override.rules };
  }
  return levels;
}

/** `path` relative to `folder`, or undefined when it is not inside it. */
export function relativeTo(folder: string, path: string): string | undefined {
  if (folder === '' || folder === '.') return path.replace(/^\.\//, '');
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}
