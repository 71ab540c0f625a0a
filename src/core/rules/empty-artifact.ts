import { lowerFirst } from '../markdown/text';
import type { ArtifactRule } from './rule';

export const emptyArtifact: ArtifactRule = {
  id: 'empty-artifact',
  defaultSeverity: 'warning',
  description: 'A section holds nothing but template guidance, placeholders or white space, or is marked `N/A` without a reason.',
  accepts: 'a section holds nothing but template guidance, placeholders or white space, or says `N/A` / `Not applicable` without a reason',
  fixAll: false,
  scope: 'artifact',
  check({ status: { artifact, state, section, notApplicable }, report }) {
    if (state !== 'empty' || !section) return;
    if (notApplicable) {
      report(`"${section.heading}" is marked not applicable but gives no reason. Say why after the marker, as in "N/A: <why this does not apply to this design>".`, notApplicable.range);
      return;
    }
    report(`"${section.heading}" is still empty. What belongs here: ${lowerFirst(artifact.summary)}`, section.headingRange);
  },
};
