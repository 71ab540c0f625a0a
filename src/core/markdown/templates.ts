/** Templates for new step files and missing sections, and the edits that insert them. */
import { yamlScalar } from './front-matter-edit';
import { partEnd, type StepDoc } from './parse';
import type { Catalogue } from '../catalogue/catalogue';
import type { ArtifactSpec, StepSpec } from '../catalogue/step-types';
import type { FileEdit, Fix } from '../types';

/** The guidance comment and starting shape of one artifact's section. */
export function sectionTemplate(artifact: ArtifactSpec, eol = '\n'): string {
  const lines = [`## ${artifact.title}`, '', `<!-- ${artifact.summary}`, 'Questions to answer:'];
  for (const question of artifact.questions) lines.push(`- ${question}`);
  lines.push(...exampleHint(artifact), '-->', '');
  if (artifact.columns) {
    lines.push(`| ${artifact.columns.join(' | ')} |`, `| ${artifact.columns.map(() => '---').join(' | ')} |`, '');
  }
  return lines.join(eol);
}

function exampleHint(artifact: ArtifactSpec): string[] {
  switch (artifact.role) {
    case 'use-cases':
      return ['Write one item per use case, its name in bold: "- **Shorten a link** — a user turns a long URL into a short one."'];
    case 'workflows':
      return ['Give each use case of step 2 its own "### <use case name>" heading, then the steps it takes.'];
    case 'components':
      return ['Write one item per component, its name in bold: "- **Redirect service** — resolves short codes."'];
    default:
      break;
  }
  if (artifact.kind === 'diagram') {
    return ['Draw it in a fenced block that starts with ```mermaid (for example "flowchart LR"), or link an image.'];
  }
  if (artifact.kind === 'api') return ['One row per operation, or an OpenAPI block instead of the table.'];
  return [];
}

/** How to scope a section out (see `not-applicable.ts`), said once per new step file. */
const NOT_APPLICABLE_HINT = 'If a section does not apply to this design, keep its heading and write "N/A: <why not>" under it.';

export function stepTemplate(spec: StepSpec, designTitle: string, catalogue: Catalogue, eol = '\n'): string {
  const head = ['---', `design: ${yamlScalar(designTitle)}`, `design-step: ${spec.step}`, `status: ${catalogue.statuses.initial}`, 'reviewers: []', '---', ''].join(eol);
  return head + stepSection(spec, eol);
}

/** A step's `#` heading, its guidance and its artifacts' sections: the body of a step file, or one step of a one-file design. */
export function stepSection(spec: StepSpec, eol = '\n'): string {
  const head = [`# ${spec.title}`, '', `<!-- ${spec.purpose}`, `${NOT_APPLICABLE_HINT} -->`, '', ''].join(eol);
  return head + spec.artifacts.map((artifact) => sectionTemplate(artifact, eol)).join(eol);
}

/**
 * The edit that puts `block` (ending with a line break) at `offset`: at the end of the file after
 * a blank line, elsewhere followed by one.
 */
export function insertBlockEdit(file: string, doc: StepDoc, offset: number, block: string): FileEdit {
  const text = doc.text;
  if (offset < text.length) return { kind: 'replace', file, offset, length: 0, text: block + doc.eol };
  const lead = text.endsWith(doc.eol + doc.eol) ? '' : text.endsWith(doc.eol) ? doc.eol : doc.eol + doc.eol;
  return { kind: 'replace', file, offset: text.length, length: 0, text: lead + block };
}

/** The files of a new design, one per step of the catalogue, keyed by file name. */
export function designTemplates(designTitle: string, catalogue: Catalogue): { fileName: string; text: string }[] {
  return catalogue.steps.map((spec) => ({ fileName: spec.fileName, text: stepTemplate(spec, designTitle, catalogue) }));
}

/** Where a missing section goes: after the artifact before it in step order, else before the next one. */
export function missingSectionFix(file: string, doc: StepDoc, artifact: ArtifactSpec): Fix | undefined {
  const edit = insertSectionEdit(file, doc, artifact, sectionTemplate(artifact, doc.eol));
  return edit && { title: `Add the "${artifact.title}" section`, edits: [edit] };
}

/**
 * The edit that inserts `section` (a whole `##` section ending with a line break, in the file's
 * line breaks) for a missing artifact: after the section of the artifact before it in step order,
 * else before the section of the next one, else at the end of the file.
 */
export function insertSectionEdit(file: string, doc: StepDoc, artifact: ArtifactSpec, section: string): FileEdit | undefined {
  const spec = doc.spec;
  if (!spec) return undefined;
  const order = spec.artifacts.findIndex((candidate) => candidate.id === artifact.id);
  const sectionOf = (candidate: ArtifactSpec) => doc.sections.find((existing) => existing.artifact?.id === candidate.id);
  const before = spec.artifacts.slice(0, order).reverse().map(sectionOf).find(Boolean);
  const after = spec.artifacts.slice(order + 1).map(sectionOf).find(Boolean);
  // In a one-file design the step's part ends before the next step's heading: the section goes inside it.
  const end = partEnd(doc);
  let offset: number;
  if (before && before.range.end < end) offset = before.range.end;
  else if (!before && after) offset = after.range.start;
  else offset = end;
  return insertBlockEdit(file, doc, offset, section);
}
