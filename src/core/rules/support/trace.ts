/** Cross-step tracing: the sections that play a role in a design, and how items match by name. */
import { artifactByRole, type StepSpec, type TraceRole } from '../../catalogue/steps';
import { fileForStep, type Design, type StepFile } from '../../files/design';
import { isSectionEmpty, type Item } from '../../markdown/blocks';
import { sectionFor, type Section } from '../../markdown/parse';
import { mentions } from '../../markdown/text';

export interface RoleSection {
  file: StepFile;
  section: Section;
  step: StepSpec;
}

/** The written (non-empty) section that plays `role` in the design, if any. */
export function roleSection(design: Design, role: TraceRole): RoleSection | undefined {
  const located = artifactByRole(role);
  if (!located) return undefined;
  const file = fileForStep(design, located.step.step);
  const section = file && sectionFor(file.doc, located.artifact.id);
  if (!file || !section || isSectionEmpty(section)) return undefined;
  return { file, section, step: located.step };
}

/** Rows such as "All other operations" that cover every item. */
export const CATCH_ALL = new Set([
  'all', 'all use cases', 'all operations', 'all other use cases', 'all other operations', 'default', 'every use case',
  'everything else', 'other use cases', 'other operations', 'others', 'any',
]);

export function matchesByNameOrMention(item: Item, key: string): boolean {
  return item.key === key || mentions(item.normalizedText, key);
}
