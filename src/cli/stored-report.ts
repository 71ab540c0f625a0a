/**
 * A design's report as the cache keeps it: everything the CLI prints or summarises, without the
 * text edits of fixes (only their titles are ever printed) or the ranges of headings (a one-file
 * design's step keeps its part: the summary counts findings by it).
 * A state or status the core adds later is kept as it is (only its type is checked).
 * `isStoredReport` checks a report read back from disk before anything trusts its shape.
 */
import type { DesignReport } from '../core';

export function storedReport(report: DesignReport): DesignReport {
  return {
    folder: report.folder,
    title: report.title,
    complete: report.complete,
    steps: report.steps.map((step) => ({
      step: step.step,
      title: step.title,
      purpose: step.purpose,
      ...(step.file !== undefined ? { file: step.file } : {}),
      ...(step.part ? { part: step.part } : {}),
      status: step.status,
      approved: step.approved,
      reviewers: step.reviewers,
      complete: step.complete,
      artifacts: step.artifacts.map((artifact) => ({
        id: artifact.id,
        title: artifact.title,
        summary: artifact.summary,
        state: artifact.state,
        ...(artifact.optional ? { optional: true as const } : {}),
        ...(artifact.notApplicable ? { notApplicable: { reason: artifact.notApplicable.reason } } : {}),
      })),
    })),
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      file: finding.file,
      range: finding.range,
      ...(finding.fix ? { fix: { title: finding.fix.title, edits: [] } } : {}),
      ...(finding.artifact !== undefined ? { artifact: finding.artifact } : {}),
    })),
  };
}

type Check = (value: unknown) => boolean;
const isString: Check = (value) => typeof value === 'string';
const isBoolean: Check = (value) => typeof value === 'boolean';
const isCount: Check = (value) => Number.isInteger(value) && (value as number) >= 0;
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const oneOf =
  (...allowed: string[]): Check =>
  (value) =>
    typeof value === 'string' && allowed.includes(value);
const arrayOf =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(check);
const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.entries(fields).every(([name, check]) => check((value as Record<string, unknown>)[name]));

const position = shape({ line: isCount, column: isCount });
const range = shape({ start: position, end: position });
const finding = shape({
  rule: isString,
  severity: oneOf('error', 'warning', 'info'),
  message: isString,
  file: isString,
  range,
  fix: optional(shape({ title: isString, edits: arrayOf(() => false) })),
  artifact: optional(isString),
});
const step = shape({
  step: isCount,
  title: isString,
  purpose: isString,
  file: optional(isString),
  part: optional(range),
  status: isString,
  approved: isBoolean,
  reviewers: arrayOf(isString),
  complete: isBoolean,
  artifacts: arrayOf(
    shape({ id: isString, title: isString, summary: isString, state: isString, optional: optional((value) => value === true), notApplicable: optional(shape({ reason: isString })) }),
  ),
});
const report = shape({ folder: isString, title: isString, complete: isBoolean, steps: arrayOf(step), findings: arrayOf(finding) });

export function isStoredReport(value: unknown): value is DesignReport {
  return report(value);
}
