/** Findings that one step file earns on its own: the file, artifact and content rules of the rule list. */
import type { StepDoc } from '../markdown/parse';
import { artifactStatuses, RULE_LIST } from '../rules';
import type { ArtifactRule, ContentRule, FileRule } from '../rules/rule';
import type { Fix, OffsetRange, Range } from '../types';

/** A finding before severity and line numbers are applied. */
export interface RawFinding {
  rule: string;
  message: string;
  file: string;
  range: OffsetRange;
  /** Set for a file outside the design's parsed files (a configuration file): used instead of `range`. */
  lineRange?: Range;
  fix?: Fix;
  /** The artifact the finding is about, when it is about one. */
  artifact?: string;
}

const FILE_RULES = RULE_LIST.filter((rule): rule is FileRule => rule.scope === 'file');
const ARTIFACT_RULES = RULE_LIST.filter((rule): rule is ArtifactRule => rule.scope === 'artifact');
const CONTENT_RULES = RULE_LIST.filter((rule): rule is ContentRule => rule.scope === 'content');

export function checkStepFile(file: string, doc: StepDoc): RawFinding[] {
  const findings: RawFinding[] = [];
  const reporter = (rule: string) => (message: string, range: OffsetRange, fix?: Fix, artifact?: string) =>
    findings.push({ rule, message, file, range, ...(fix ? { fix } : {}), ...(artifact ? { artifact } : {}) });
  const spec = doc.spec;
  const statuses = artifactStatuses(doc);
  for (const rule of FILE_RULES) rule.check({ file, doc, spec, statuses, report: reporter(rule.id) });
  if (spec) {
    for (const status of statuses) {
      for (const rule of ARTIFACT_RULES) rule.check({ file, doc, spec, statuses, status, report: reporter(rule.id) });
      const section = status.section;
      if (status.state !== 'present' || !section) continue;
      for (const rule of CONTENT_RULES) {
        if (status.artifact.checks.includes(rule.contentCheck)) rule.check({ doc, section, report: reporter(rule.id) });
      }
    }
  }
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
