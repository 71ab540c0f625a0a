/**
 * `--summary <file>`: a Markdown completeness table per design, appended to the file — in GitHub
 * Actions, `$GITHUB_STEP_SUMMARY`, shown on the run's page (or a pull-request comment's body).
 * Appended, never overwritten: other steps of the job write to the same file.
 *
 * Titles and paths come from the repository, so every character of them that Markdown or HTML
 * could read as syntax (`|`, `<`, `*`, `[`…) is backslash-escaped and control characters are
 * shown as escapes: a design's title cannot break the table or inject a link or markup.
 */
import { appendFile } from 'node:fs/promises';
import { artifactCounts, findingsByStep, type ArtifactReport, type DesignReport, type Finding, type Severity } from '../core';
import { summaryLine } from './format-text';
import { printable } from './printable';
import type { CliFinding, CliReport } from './report-model';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface SummaryInput {
  reports: readonly DesignReport[];
  report: CliReport;
  /** Which of a design's findings are reported (files named on the command line: only theirs). */
  keep: (finding: Finding) => boolean;
  relative: (file: string) => string;
  /** Findings outside every design (a folder that cannot be listed). */
  outside: readonly CliFinding[];
}

export function summaryMarkdown({ reports, report, keep, relative, outside }: SummaryInput): string {
  const parts = ['## design-check', '', text(summaryLine(report)), ''];
  for (const design of reports) parts.push(...designTable(design, design.findings.filter(keep), relative), '');
  if (outside.length > 0) {
    parts.push('Not checked:', '', ...outside.map((finding) => `- ${text(finding.file)}: ${text(finding.message)}`), '');
  }
  return parts.join('\n') + '\n';
}

/**
 * Written of those that count (a missing optional one does not, as in the editor); a section marked
 * not applicable with a reason counts as written, and is counted apart too.
 */
function artifactCount(artifacts: readonly ArtifactReport[]): string {
  const { done, total } = artifactCounts(artifacts);
  const notApplicable = artifacts.filter((artifact) => artifact.state === 'not-applicable').length;
  return `${done}/${total}${notApplicable > 0 ? ` (${notApplicable} N/A)` : ''}`;
}

function designTable(design: DesignReport, findings: readonly Finding[], relative: (file: string) => string): string[] {
  // In a one-file design, a step's row counts the findings of its part, as the editor's report does.
  const ofStep = findingsByStep({ steps: design.steps, findings: findings.filter((finding) => finding.rule !== 'missing-step') });
  const rows = design.steps.map((step) => {
    const own = ofStep.get(step.step) ?? [];
    const name = `${step.step}. ${step.title}${step.file === undefined ? '' : ` (${relative(step.file).split('/').pop() ?? ''})`}`;
    return row([text(name), text(step.status), mark(step.complete), artifactCount(step.artifacts), ...counts(own)]);
  });
  const artifacts = design.steps.flatMap((step) => step.artifacts);
  return [
    `### ${text(design.title)} (${text(relative(design.folder))}): ${design.complete ? 'complete' : 'not complete'}`,
    '',
    row(['Step', 'Status', 'Complete', 'Artifacts written', 'Errors', 'Warnings', 'Info']),
    row(['---', '---', ':---:', '---:', '---:', '---:', '---:']),
    ...rows,
    row(['**Design**', '', mark(design.complete), artifactCount(artifacts), ...counts(findings)]),
  ];
}

function counts(findings: readonly Finding[]): string[] {
  return SEVERITIES.map((severity) => String(findings.filter((finding) => finding.severity === severity).length));
}

function mark(complete: boolean): string {
  return complete ? '✅' : '❌';
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Repository text as inert Markdown: control characters escaped, every ASCII punctuation mark backslash-escaped. */
export function text(value: string): string {
  return printable(value).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Appends the summary to `file`, creating it when it does not exist. */
export async function appendSummary(file: string, markdown: string): Promise<void> {
  await appendFile(file, markdown, 'utf8');
}
