import { missingSectionFix } from '../markdown/templates';
import { lowerFirst } from '../markdown/text';
import type { ArtifactRule } from './rule';
import { anchorRange } from './support/step-file';

export const missingArtifact: ArtifactRule = {
  id: 'missing-artifact',
  defaultSeverity: 'warning',
  description: 'A step file lacks a required `##` section.',
  accepts: 'a step file lacks a required `##` section',
  fixAll: true,
  scope: 'artifact',
  check({ file, doc, spec, status: { artifact, state }, report }) {
    if (state !== 'missing') return;
    report(`Step ${spec.step} has no "## ${artifact.title}" section. Add it: ${lowerFirst(artifact.summary)}`, anchorRange(doc), missingSectionFix(file, doc, artifact), artifact.id);
  },
};
