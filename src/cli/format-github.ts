/**
 * `--format github`: one GitHub Actions workflow command a finding, which GitHub shows as an
 * annotation on that line of the pull request's diff, then the summary line as plain text.
 *
 *   ::warning file=docs/a.md,line=3,endLine=3,col=1,endColumn=9,title=placeholder-text::"TODO" is left…
 *
 * Escaping is GitHub's own (the runner's `CommandExtensions`): in the message `%` → `%25`,
 * CR → `%0D`, LF → `%0A`; in a property value also `:` → `%3A` and `,` → `%2C`. The runner
 * turns those back, so a file name with a comma or a newline still names the right file, and a
 * message can never end the command early or start another one. Other control characters (an
 * escape sequence, a bidirectional override) would reach the log as they are, so they are shown
 * as `\u001b`-style escapes instead (printable.ts); a file whose name holds one gets its
 * annotation on a name GitHub will not find, rather than a forged log line.
 */
import { printable } from './printable';
import { summaryLine } from './format-text';
import type { CliFinding, CliReport } from './report-model';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(report: CliReport): string {
  const lines = report.findings.map(annotation);
  lines.push(printable(summaryLine(report)));
  return lines.join('\n') + '\n';
}

export function annotation(finding: CliFinding): string {
  const properties: [string, string | number][] = [
    ['file', finding.file],
    ['line', finding.line],
    ['endLine', finding.endLine],
    ['col', finding.column],
    ['endColumn', finding.endColumn],
    ['title', finding.rule],
  ];
  const list = properties.map(([name, value]) => `${name}=${escapeProperty(typeof value === 'number' ? String(value) : value)}`).join(',');
  return `::${COMMAND[finding.severity]} ${list}::${escapeData(finding.message)}`;
}

/** Control characters other than CR and LF (which GitHub's escaping carries), shown as escapes. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const OTHER_UNSAFE = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

function withoutOtherControls(text: string): string {
  return text.replace(OTHER_UNSAFE, (run) => printable(run));
}

/** A command's message (after the second `::`). */
export function escapeData(text: string): string {
  return withoutOtherControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property's value (`file=…`, `title=…`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
