/** Facts about one step file that several rules and the report share. */
import { readSection } from '../../markdown/not-applicable';
import type { StepDoc } from '../../markdown/parse';
import type { OffsetRange } from '../../types';
import type { ArtifactStatus } from '../rule';

/** Each artifact of the file's step: missing, empty, present or not applicable, with its section. */
export function artifactStatuses(doc: StepDoc): ArtifactStatus[] {
  const spec = doc.spec;
  if (!spec) return [];
  return spec.artifacts.map((artifact) => {
    const section = doc.sections.find((candidate) => candidate.artifact?.id === artifact.id);
    if (!section) return { artifact, state: 'missing' };
    return { artifact, ...readSection(doc, section), section };
  });
}

/** Where file-level findings point: the `design-step` field, else the title, else the start. */
export function anchorRange(doc: StepDoc): OffsetRange {
  return doc.fieldRanges['design-step'] ?? doc.title?.range ?? { start: doc.shift, end: doc.shift };
}
