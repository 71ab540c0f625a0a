/** The one checker: designs → findings and per-step summaries, for the editor, the tree and the CLI. */
import { checkStepFile, type RawFinding } from './check-file';
import type { Design, StepFile } from '../files/design';
import { catalogueLevels, isApproved } from '../catalogue/catalogue';
import { atLeast } from '../catalogue/levels';
import { artifactStatuses, levelOf, RULE_LIST, type ArtifactState, type RuleConfig } from '../rules';
import type { DesignRule } from '../rules/rule';
import type { Finding, OffsetRange, Range, StepStatus } from '../types';
import { findingsByStep } from './step-findings';

export interface CheckOptions {
  /** Levels from the user's settings or the command line: they win over the configuration file's. */
  rules?: RuleConfig;
}

export interface ArtifactReport {
  id: string;
  title: string;
  /** What belongs in the section (from the catalogue). */
  summary: string;
  state: ArtifactState;
  /** Set for an artifact the catalogue marks optional: missing, it is no gap. */
  optional?: true;
  /** The heading's range, when the section exists. */
  range?: Range;
  /**
   * Set when the section is marked not applicable: `reason` is what it says after the marker
   * (state `not-applicable`), or '' when it gives no reason (state `empty`).
   */
  notApplicable?: { reason: string };
}

/** True when the artifact counts as done: written, or marked not applicable with a reason. */
export function isArtifactDone(artifact: { state: ArtifactState }): boolean {
  return artifact.state === 'present' || artifact.state === 'not-applicable';
}

/** True when the artifact is an open gap: missing or empty, unless it is optional and not there at all. */
export function isArtifactGap(artifact: { state: ArtifactState; optional?: true }): boolean {
  return !isArtifactDone(artifact) && !(artifact.optional && artifact.state === 'missing');
}

/** "3 of 4 written": the artifacts done, out of those that count (a missing optional one does not). */
export function artifactCounts(artifacts: readonly Pick<ArtifactReport, 'state' | 'optional'>[]): { done: number; total: number } {
  const counted = artifacts.filter((artifact) => isArtifactDone(artifact) || isArtifactGap(artifact));
  return { done: counted.filter(isArtifactDone).length, total: counted.length };
}

export interface StepReport {
  step: number;
  title: string;
  /** Why the step exists (from the catalogue). */
  purpose: string;
  file?: string;
  /** In a one-file design: the step's `#` heading, which the step reveals. */
  range?: Range;
  /** In a one-file design: the step's part of the file, from its `#` heading to the next `#` heading or the end of the file. */
  part?: Range;
  status: StepStatus | 'missing';
  /** True when `status` is the value the catalogue calls approved. */
  approved: boolean;
  reviewers: string[];
  complete: boolean;
  artifacts: ArtifactReport[];
}

export interface DesignReport {
  folder: string;
  title: string;
  complete: boolean;
  steps: StepReport[];
  findings: Finding[];
}

const perFileCache = new WeakMap<StepFile['doc'], RawFinding[]>();

/** Per-file findings are cached on the parsed document, so an unchanged file is never re-checked. */
function fileFindings(file: StepFile): RawFinding[] {
  let cached = perFileCache.get(file.doc);
  if (!cached) {
    cached = checkStepFile(file.path, file.doc);
    perFileCache.set(file.doc, cached);
  }
  return cached.map((finding) => (finding.file === file.path ? finding : { ...finding, file: file.path }));
}

const DESIGN_RULES = RULE_LIST.filter((rule): rule is DesignRule => rule.scope === 'design');

export function checkDesign(design: Design, options: CheckOptions = {}): DesignReport {
  const raw: RawFinding[] = [];
  const held = new Map<number, StepFile>();
  for (const file of design.files) {
    raw.push(...fileFindings(file));
    const step = file.doc.step;
    if (step !== undefined && !held.has(step)) held.set(step, file);
  }
  for (const rule of DESIGN_RULES) {
    rule.check({
      design,
      held,
      report: (file, message, range, fix, artifact) => raw.push({ rule: rule.id, message, file, range, ...(fix ? { fix } : {}), ...(artifact ? { artifact } : {}) }),
      reportAt: (file, message, lineRange) => raw.push({ rule: rule.id, message, file, range: { start: 0, end: 0 }, lineRange }),
    });
  }
  const findings = applyConfig(design, raw, options.rules ?? {});
  return { folder: design.folder, title: design.title, ...summarise(design, held, findings), findings };
}

function applyConfig(design: Design, raw: RawFinding[], rules: RuleConfig): Finding[] {
  const docs = new Map(design.files.map((file) => [file.path, file.doc]));
  const findings: Finding[] = [];
  // The parts of a one-file design share its front matter: a finding on it is said once, not once per step.
  const seen = new Set<string>();
  for (const finding of raw) {
    const key = `${finding.rule}\0${finding.file}\0${finding.range.start}\0${finding.range.end}\0${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const level = rules[finding.rule] ?? levelOf(finding.rule, catalogueLevels(design.catalogue, finding.file));
    if (level === 'off') continue;
    const doc = docs.get(finding.file);
    findings.push({
      rule: finding.rule,
      severity: level,
      message: finding.message,
      file: finding.file,
      range: finding.lineRange ?? (doc ? doc.lines.range(finding.range) : zeroRange(finding.range)),
      ...(finding.fix ? { fix: finding.fix } : {}),
      ...(finding.artifact ? { artifact: finding.artifact } : {}),
    });
  }
  return findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column,
  );
}

function zeroRange(_range: OffsetRange): Range {
  return { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
}

function summarise(design: Design, held: Map<number, StepFile>, findings: Finding[]): { complete: boolean; steps: StepReport[] } {
  const blocking = findings.filter((finding) => atLeast(finding.severity, 'warning'));
  const steps = design.catalogue.steps.map((spec): StepReport => {
    const file = held.get(spec.step);
    if (!file) {
      return {
        step: spec.step,
        title: spec.title,
        purpose: spec.purpose,
        status: 'missing',
        approved: false,
        reviewers: [],
        complete: Boolean(spec.optional),
        artifacts: spec.artifacts.map((artifact) => ({
          id: artifact.id,
          title: artifact.title,
          summary: artifact.summary,
          state: 'missing',
          ...(artifact.optional ? { optional: true as const } : {}),
        })),
      };
    }
    const artifacts = artifactStatuses(file.doc).map(({ artifact, state, section, notApplicable }): ArtifactReport => ({
      id: artifact.id,
      title: artifact.title,
      summary: artifact.summary,
      state,
      ...(artifact.optional ? { optional: true as const } : {}),
      ...(section ? { range: file.doc.lines.range(section.headingRange) } : {}),
      ...(notApplicable ? { notApplicable: { reason: notApplicable.reason } } : {}),
    }));
    return {
      step: spec.step,
      title: spec.title,
      purpose: spec.purpose,
      file: file.path,
      ...(file.doc.part && file.doc.title ? { range: file.doc.lines.range(file.doc.title.range) } : {}),
      ...(file.doc.part ? { part: file.doc.lines.range(file.doc.part) } : {}),
      status: file.doc.status,
      approved: isApproved(design.catalogue, file.doc.status),
      reviewers: file.doc.reviewers,
      complete: !artifacts.some(isArtifactGap),
      artifacts,
    };
  });
  // A step with a warning about it is not complete: a finding of its file, or in a one-file design
  // of its part (as the completeness report counts them), missing steps aside.
  const blockingOf = findingsByStep({ steps, findings: blocking.filter((finding) => finding.rule !== 'missing-step') });
  for (const step of steps) if (step.file !== undefined && (blockingOf.get(step.step)?.length ?? 0) > 0) step.complete = false;
  return { complete: blocking.length === 0 && steps.every((step) => step.complete), steps };
}
