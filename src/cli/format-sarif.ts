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
                artifactLocation: { uri: encodeURI(finding.file), uriBaseId: '%SRCROOT%' },
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
