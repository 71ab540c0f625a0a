/** The one checker: designs → findings and per-step summaries, for the editor, the tree and the CLI. */
import { checkStepFile, type RawFinding } from './check-file';
import type { Design, StepFile } from '../files/design';
import { atLeast } from '../catalogue/levels';
import { STEPS } from '../catalogue/steps';
import { artifactStatuses, levelOf, RULE_LIST, type ArtifactState, type RuleConfig } from '../rules';
import type { DesignRule } from '../rules/rule';
import type { Finding, OffsetRange, Range, StepStatus } from '../types';

export interface CheckOptions {
  rules?: RuleConfig;
}

export interface ArtifactReport {
  id: string;
  title: string;
  state: ArtifactState;
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

export interface StepReport {
  step: number;
  title: string;
  file?: string;
  status: StepStatus | 'missing';
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
    });
  }
  const findings = applyConfig(design, raw, options.rules ?? {});
  return { folder: design.folder, title: design.title, ...summarise(design, held, findings), findings };
}

function applyConfig(design: Design, raw: RawFinding[], rules: RuleConfig): Finding[] {
  const docs = new Map(design.files.map((file) => [file.path, file.doc]));
  const findings: Finding[] = [];
  for (const finding of raw) {
    const level = levelOf(finding.rule, rules);
    if (level === 'off') continue;
    const doc = docs.get(finding.file);
    findings.push({
      rule: finding.rule,
      severity: level,
      message: finding.message,
      file: finding.file,
      range: doc ? doc.lines.range(finding.range) : zeroRange(finding.range),
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
  const steps = STEPS.map((spec): StepReport => {
    const file = held.get(spec.step);
    if (!file) {
      return {
        step: spec.step,
        title: spec.title,
        status: 'missing',
        reviewers: [],
        complete: false,
        artifacts: spec.artifacts.map((artifact) => ({ id: artifact.id, title: artifact.title, state: 'missing' })),
      };
    }
    const artifacts = artifactStatuses(file.doc).map(({ artifact, state, section, notApplicable }): ArtifactReport => ({
      id: artifact.id,
      title: artifact.title,
      state,
      ...(section ? { range: file.doc.lines.range(section.headingRange) } : {}),
      ...(notApplicable ? { notApplicable: { reason: notApplicable.reason } } : {}),
    }));
    const fileBlocked = blocking.some((finding) => finding.file === file.path && finding.rule !== 'missing-step');
    return {
      step: spec.step,
      title: spec.title,
      file: file.path,
      status: file.doc.status,
      reviewers: file.doc.reviewers,
      complete: !fileBlocked && artifacts.every(isArtifactDone),
      artifacts,
    };
  });
  return { complete: blocking.length === 0 && steps.every((step) => step.complete), steps };
}
