import { missingSectionFix } from '../markdown/templates';
import { lowerFirst } from '../markdown/text';
import type { DesignRule } from './rule';
import { missingArtifacts } from './support/elsewhere';
import { anchorRange } from './support/step-file';

export const missingArtifact: DesignRule = {
  id: 'missing-artifact',
  defaultSeverity: 'warning',
  description: 'A step file lacks a required `##` section, and its content is nowhere else in the design.',
  accepts:
    'a step file has no `##` heading that is, or contains, the section title or an alias (plurals, numbering and a "Step N:" prefix allowed), and nothing suggests the content is written elsewhere (then `artifact-elsewhere` reports it instead)',
  fixAll: true,
  scope: 'design',
  check({ design, report }) {
    for (const { file, spec, artifact, elsewhere } of missingArtifacts(design)) {
      if (elsewhere) continue;
      report(
        file.path,
        `Step ${spec.step} has no "## ${artifact.title}" section. Add it: ${lowerFirst(artifact.summary)}`,
        anchorRange(file.doc),
        missingSectionFix(file.path, file.doc, artifact),
        artifact.id,
      );
    }
  },
};
