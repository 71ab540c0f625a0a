/** SARIF 2.1.0, in the subset GitHub code scanning reads. */
import { RULES } from '../core';
import type { CliReport } from './report-model';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const HELP_BASE = 'https://github.com/system-design-docs/system-design-docs#rule-';

export function formatSarif(report: CliReport, version: string): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'design-check',
            informationUri: 'https://github.com/system-design-docs/system-design-docs',
            version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)(\w)/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
              shortDescription: { text: rule.description },
              helpUri: HELP_BASE + rule.id,
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: ruleIndex.get(finding.rule) ?? -1,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(finding.file),
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: Math.max(finding.endColumn, finding.endLine === finding.line ? finding.column + 1 : 1),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** encodeURIComponent throws on half a surrogate pair, which a Windows file name may hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A finding's file as a SARIF artifact location: a relative URI reference against %SRCROOT%, each
 * path segment percent-encoded on its own so that `#`, `?`, `%` and `:` in a name stay part of it
 * (`encodeURI` would let `a #b.md` resolve to `a`). A path the CLI could not make relative (another
 * drive on Windows) becomes a `file:` URI.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(LONE_SURROGATE, '\uFFFD');
  const drive = /^[A-Za-z]:\//.exec(path)?.[0];
  if (drive) return { uri: `file:///${drive}${encodeSegments(path.slice(drive.length))}` };
  if (path.startsWith('/')) return { uri: `file://${encodeSegments(path)}` };
  return { uri: encodeSegments(path), uriBaseId: '%SRCROOT%' };
}

function encodeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
