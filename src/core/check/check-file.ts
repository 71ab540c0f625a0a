/** Findings that one step file earns on its own: front matter, sections, content, approval. */
import type { Nodes } from 'mdast';
import { isSectionEmpty } from '../markdown/blocks';
import { CONTENT_RULES } from './content-rules';
import { spanOf, type Section, type StepDoc } from '../markdown/parse';
import { stepSpec, type ArtifactSpec } from '../catalogue/steps';
import { missingSectionFix } from '../markdown/templates';
import { findPlaceholderTokens, lowerFirst } from '../markdown/text';
import { setReviewersEdit, setStatusEdit } from '../markdown/front-matter-edit';
import type { FileEdit, Fix, OffsetRange } from '../types';

/** A finding before severity and line numbers are applied. */
export interface RawFinding {
  rule: string;
  message: string;
  file: string;
  range: OffsetRange;
  fix?: Fix;
  /** The artifact the finding is about, when it is about one. */
  artifact?: string;
}

export type ArtifactState = 'present' | 'missing' | 'empty';

export interface ArtifactStatus {
  artifact: ArtifactSpec;
  state: ArtifactState;
  section?: Section;
}

export function artifactStatuses(doc: StepDoc): ArtifactStatus[] {
  const spec = doc.step === undefined ? undefined : stepSpec(doc.step);
  if (!spec) return [];
  return spec.artifacts.map((artifact) => {
    const section = doc.sections.find((candidate) => candidate.artifact?.id === artifact.id);
    if (!section) return { artifact, state: 'missing' };
    return { artifact, state: isSectionEmpty(section) ? 'empty' : 'present', section };
  });
}

export function checkStepFile(file: string, doc: StepDoc): RawFinding[] {
  const findings: RawFinding[] = [];
  const report = (rule: string, message: string, range: OffsetRange, fix?: Fix) =>
    findings.push({ rule, message, file, range, ...(fix ? { fix } : {}) });

  for (const problem of doc.problems) report('invalid-front-matter', problem.message, problem.range);
  // Left-over placeholders are found even when the front matter names no valid step.
  for (const section of doc.sections) {
    if (!isSectionEmpty(section)) reportPlaceholders(doc, section, report);
  }
  const spec = doc.step === undefined ? undefined : stepSpec(doc.step);
  if (!spec) return findings;

  const statuses = artifactStatuses(doc);
  for (const { artifact, state, section } of statuses) {
    if (state === 'missing') {
      report(
        'missing-artifact',
        `Step ${spec.step} has no "## ${artifact.title}" section. Add it: ${lowerFirst(artifact.summary)}`,
        anchorRange(doc),
        missingSectionFix(file, doc, artifact),
      );
      const last = findings[findings.length - 1];
      if (last) last.artifact = artifact.id;
    } else if (state === 'empty' && section) {
      report('empty-artifact', `"${section.heading}" is still empty. What belongs here: ${lowerFirst(artifact.summary)}`, section.headingRange);
    } else if (section) {
      for (const check of artifact.checks) {
        CONTENT_RULES[check]({ doc, section, report: (rule, message, range) => report(rule, message, range) });
      }
    }
  }
  checkApproval(file, doc, statuses, report);
  return attachArtifacts(doc, findings);
}

/** A finding inside an artifact's section belongs to that artifact (the form shows it there). */
function attachArtifacts(doc: StepDoc, findings: RawFinding[]): RawFinding[] {
  for (const finding of findings) {
    if (finding.artifact) continue;
    const section = doc.sections.find((candidate) => candidate.artifact && candidate.range.start <= finding.range.start && finding.range.start < candidate.range.end);
    if (section?.artifact) finding.artifact = section.artifact.id;
  }
  return findings;
}

function checkApproval(
  file: string,
  doc: StepDoc,
  statuses: ArtifactStatus[],
  report: (rule: string, message: string, range: OffsetRange, fix?: Fix) => void,
): void {
  if (doc.status !== 'approved') return;
  const statusRange = doc.fieldRanges['status'] ?? anchorRange(doc);
  if (doc.reviewers.length === 0) {
    report(
      'approved-without-reviewers',
      'This step is approved but names no reviewers. List who validated it, for example `reviewers: [ana, li]`.',
      doc.fieldRanges['reviewers'] ?? statusRange,
      fixOf('Add a reviewer', withPlaceholder(setReviewersEdit(file, doc, [REVIEWER_PLACEHOLDER]), REVIEWER_PLACEHOLDER)),
    );
  }
  const gaps = statuses.filter((status) => status.state !== 'present').map((status) => status.artifact.title);
  if (gaps.length > 0) {
    report(
      'approved-incomplete',
      `This step is approved but ${gaps.map((title) => `"${title}"`).join(', ')} ${gaps.length === 1 ? 'is' : 'are'} missing or empty. Finish ${gaps.length === 1 ? 'it' : 'them'} or set the status back to in-review.`,
      statusRange,
      fixOf('Set the status back to in-review', setStatusEdit(file, doc, 'in-review')),
    );
  }
}

const REVIEWER_PLACEHOLDER = 'reviewer';

function withPlaceholder(edit: FileEdit | undefined, placeholder: string): FileEdit | undefined {
  if (!edit || edit.kind !== 'replace') return edit;
  // The value comes after the key, and the key `reviewers` itself contains the word `reviewer`.
  const offset = edit.text.lastIndexOf(placeholder);
  return offset < 0 ? edit : { ...edit, placeholders: [{ offset, length: placeholder.length }] };
}

function fixOf(title: string, edit: FileEdit | undefined): Fix | undefined {
  return edit ? { title, edits: [edit] } : undefined;
}

function reportPlaceholders(
  doc: StepDoc,
  section: Section,
  report: (rule: string, message: string, range: OffsetRange) => void,
): void {
  const visit = (node: Nodes) => {
    if (node.type === 'text') {
      const range = spanOf(doc, node);
      const source = doc.text.slice(range.start, range.end);
      for (const { index, token } of findPlaceholderTokens(source)) {
        report(
          'placeholder-text',
          `"${token}" is left in "${section.heading}". Replace it with the missing content or remove it.`,
          { start: range.start + index, end: range.start + index + token.length },
        );
      }
      return;
    }
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  section.nodes.forEach(visit);
}

/** Where file-level findings point: the `design-step` field, else the title, else the start. */
export function anchorRange(doc: StepDoc): OffsetRange {
  return doc.fieldRanges['design-step'] ?? doc.title?.range ?? { start: doc.shift, end: doc.shift };
}
