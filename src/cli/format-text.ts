/** `file:line:col severity rule message`, one finding a line, then a summary. */
import { printable, printablePath } from './printable';
import type { CliReport } from './report-model';

/** Control characters in a path or message are escaped (see printable.ts): a finding never spans two lines. */
export function formatText(report: CliReport): string {
  const lines = report.findings.map(
    (finding) => `${printablePath(finding.file)}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule} ${printable(finding.message)}`,
  );
  lines.push(printable(summaryLine(report)));
  return lines.join('\n') + '\n';
}

export function summaryLine(report: CliReport): string {
  const designs = report.designs.length;
  const since = report.changedSince;
  if (designs === 0 && since !== undefined) return `No design has a file changed since ${since}: nothing to check.`;
  if (designs === 0) return 'No design found: no Markdown file with `design-step` in its front matter.';
  const complete = report.designs.filter((design) => design.complete).length;
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, report.findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`);
  const designWord = designs === 1 ? 'design' : 'designs';
  const which = since === undefined ? '' : ` (changed since ${since})`;
  return `${designs} ${designWord}${which} checked: ${complete} complete${counts.length ? `; ${counts.join(', ')}` : ''}.`;
}
