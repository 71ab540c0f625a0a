/** The CLI's view of a check: findings with 1-based positions and paths relative to the working folder. */
import type { DesignReport, Finding } from '../core';

export interface CliFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: string;
}

export interface CliDesign {
  path: string;
  title: string;
  complete: boolean;
  steps: { step: number; title: string; status: string; complete: boolean; file?: string }[];
}

export interface CliReport {
  findings: CliFinding[];
  designs: CliDesign[];
  /** With `--changed-since`: the ref; only the designs with a file changed since it are in `designs`. */
  changedSince?: string;
}

export function toCliReport(reports: DesignReport[], relative: (path: string) => string, keep: (finding: Finding) => boolean): CliReport {
  // A configuration file shared by several designs has its problems in each design's report: list them once.
  const seen = new Set<string>();
  const once = (finding: Finding) => {
    if (finding.rule !== 'invalid-configuration') return true;
    const key = `${finding.file}|${finding.range.start.line}|${finding.range.start.column}|${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return {
    findings: reports.flatMap((report) =>
      report.findings.filter((finding) => keep(finding) && once(finding)).map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        file: relative(finding.file),
        line: finding.range.start.line + 1,
        column: finding.range.start.column + 1,
        endLine: finding.range.end.line + 1,
        endColumn: finding.range.end.column + 1,
        ...(finding.fix ? { fix: finding.fix.title } : {}),
      })),
    ),
    designs: reports.map((report) => ({
      path: relative(report.folder),
      title: report.title,
      complete: report.complete,
      steps: report.steps.map((step) => ({
        step: step.step,
        title: step.title,
        status: step.status,
        complete: step.complete,
        ...(step.file ? { file: relative(step.file) } : {}),
      })),
    })),
  };
}
