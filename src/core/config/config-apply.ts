/**
 * A configuration file applied to the catalogue it extends: steps and artifacts added, changed or
 * removed, statuses, rule levels and design files. Whatever cannot be applied is a problem at its
 * line and is left out; the rest still applies, so a design is never checked with nothing.
 */
import type { Catalogue, StatusPolicy } from '../catalogue/catalogue';
import type { ArtifactSpec, StepSpec } from '../catalogue/step-types';
import { dirname } from '../files/paths';
import { LineIndex } from '../markdown/text';
import type { OffsetRange } from '../types';
import type { ArtifactEntry, ConfigFile, ConfigProblem, StepEntry } from './config-model';

export function applyConfig(base: Catalogue, config: ConfigFile, text: string): { catalogue: Catalogue; problems: ConfigProblem[] } {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const problem = (range: OffsetRange, message: string) => problems.push({ file: config.path, range: lines.range(range), message });
  const folder = dirname(config.path);

  let steps = base.steps.map((step) => ({ ...step, artifacts: [...step.artifacts] }));
  for (const entry of config.steps) steps = applyStep(steps, entry, problem);
  steps.sort((a, b) => a.step - b.step);

  const catalogue: Catalogue = {
    id: config.path,
    name: config.name ?? base.name,
    steps,
    statuses: applyStatuses(base.statuses, config, problem),
    rules: { ...base.rules, ...config.rules },
    overrides: [...base.overrides, ...config.overrides.map((override) => ({ ...override, base: folder }))],
    stepFiles: [...base.stepFiles],
  };
  const title = config.design?.title ?? base.designTitle;
  if (title !== undefined) catalogue.designTitle = title;
  for (const file of config.design?.files ?? []) {
    if (!steps.some((step) => step.step === file.step.value)) problem(file.step.range, `There is no step ${file.step.value} in this catalogue; the steps are ${steps.map((step) => step.step).join(', ')}.`);
    else catalogue.stepFiles = [...catalogue.stepFiles, { pattern: file.pattern, step: file.step.value, base: folder }];
  }
  return { catalogue, problems };
}

type Problem = (range: OffsetRange, message: string) => void;

function applyStep(steps: StepSpec[], entry: StepEntry, problem: Problem): StepSpec[] {
  const number = entry.step.value;
  const existing = steps.find((step) => step.step === number);
  if (entry.remove) {
    if (!existing) problem(entry.step.range, `There is no step ${number} to remove.`);
    return steps.filter((step) => step.step !== number);
  }
  let step: StepSpec;
  if (existing) step = existing;
  else {
    if (entry.title === undefined) {
      problem(entry.step.range, `Step ${number} is new here: give it a \`title\` (and a \`purpose\` and \`artifacts\`).`);
      return steps;
    }
    step = { step: number, title: entry.title, fileName: `${String(number).padStart(2, '0')}-${slug(entry.title)}.md`, purpose: '', artifacts: [] };
    steps = [...steps, step];
  }
  if (entry.title !== undefined) step.title = entry.title;
  if (entry.file !== undefined) step.fileName = entry.file;
  if (entry.purpose !== undefined) step.purpose = entry.purpose;
  if (entry.aliases !== undefined) step.aliases = entry.aliases;
  if (entry.optional !== undefined) step.optional = entry.optional;
  for (const artifact of entry.artifacts) applyArtifact(steps, step, artifact, problem);
  return steps;
}

function applyArtifact(steps: StepSpec[], step: StepSpec, entry: ArtifactEntry, problem: Problem): void {
  const id = entry.id.value;
  const index = step.artifacts.findIndex((artifact) => artifact.id === id);
  if (entry.remove) {
    if (index < 0) problem(entry.id.range, `Step ${step.step} has no artifact \`${id}\` to remove; its artifacts are ${step.artifacts.map((artifact) => artifact.id).join(', ')}.`);
    else step.artifacts.splice(index, 1);
    return;
  }
  if (index < 0) {
    const elsewhere = steps.find((other) => other !== step && other.artifacts.some((artifact) => artifact.id === id));
    if (elsewhere) {
      problem(entry.id.range, `The id \`${id}\` is already an artifact of step ${elsewhere.step}: give the new artifact another id.`);
      return;
    }
    if (entry.title === undefined || entry.summary === undefined) {
      problem(entry.id.range, `\`${id}\` is a new artifact of step ${step.step}: give it a \`title\` and a \`summary\` (one sentence on what belongs in it).`);
      return;
    }
    step.artifacts.push(changed({ id, title: entry.title, aliases: [], kind: 'prose', summary: entry.summary, questions: [], checks: [] }, entry));
    return;
  }
  const current = step.artifacts[index];
  if (current) step.artifacts[index] = changed(current, entry);
}

function changed(artifact: ArtifactSpec, entry: ArtifactEntry): ArtifactSpec {
  const next: ArtifactSpec = { ...artifact };
  if (entry.title !== undefined && entry.title !== artifact.title) {
    next.title = entry.title;
    // The old title still names the section in files written before the rename.
    if (entry.aliases === undefined) next.aliases = [...new Set([...artifact.aliases, artifact.title])];
  }
  if (entry.aliases !== undefined) next.aliases = entry.aliases;
  if (entry.addAliases !== undefined) next.aliases = [...new Set([...next.aliases, ...entry.addAliases])];
  if (entry.kind !== undefined) next.kind = entry.kind;
  if (entry.summary !== undefined) next.summary = entry.summary;
  if (entry.questions !== undefined) next.questions = entry.questions;
  if (entry.checks !== undefined) next.checks = entry.checks;
  if (entry.cues !== undefined) next.cues = entry.cues;
  if (entry.role !== undefined) next.role = entry.role;
  if (entry.columns !== undefined) next.columns = entry.columns;
  if (entry.optional !== undefined) next.optional = entry.optional;
  return next;
}

function applyStatuses(base: StatusPolicy, config: ConfigFile, problem: Problem): StatusPolicy {
  const given = config.statuses;
  if (!given) return base;
  const values = given.values?.value ?? base.values;
  const pick = (key: 'initial' | 'review' | 'approved', fallback: string): string => {
    const chosen = given[key];
    if (!chosen) return values.includes(fallback) ? fallback : (key === 'approved' ? values[values.length - 1] : values[0]) ?? fallback;
    if (values.includes(chosen.value)) return chosen.value;
    problem(chosen.range, `\`statuses.${key}\` must be one of the statuses in \`values\` (${values.join(', ')}), not \`${chosen.value}\`.`);
    return values.includes(fallback) ? fallback : (values[0] ?? fallback);
  };
  const approved = pick('approved', base.approved);
  const reviewIndex = Math.max(0, values.indexOf(approved) - 1);
  return {
    values,
    initial: pick('initial', base.initial),
    review: pick('review', values.includes(base.review) ? base.review : (values[reviewIndex] ?? base.review)),
    approved,
    reviewers: given.reviewers ?? base.reviewers,
  };
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^\p{Letter}\p{Number}]+/gu, '-').replace(/^-|-$/g, '') || 'step';
}
