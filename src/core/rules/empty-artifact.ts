import { lowerFirst } from '../markdown/text';
import type { ArtifactRule } from './rule';

export const emptyArtifact: ArtifactRule = {
  id: 'empty-artifact',
  defaultSeverity: 'warning',
  description: 'A section holds nothing but template guidance, placeholders or white space.',
  accepts: 'a section holds nothing but template guidance, placeholders or white space',
  fixAll: false,
  scope: 'artifact',
  check({ status: { artifact, state, section }, report }) {
    if (state !== 'empty' || !section) return;
    report(`"${section.heading}" is still empty. What belongs here: ${lowerFirst(artifact.summary)}`, section.headingRange);
  },
};
