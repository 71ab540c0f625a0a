/**
 * The step form's model, read from a step file: one field per artifact of the step, in step
 * order, plus the status and reviewers. Values use '\n' line breaks whatever the file uses.
 *
 * - A field's Markdown starts after the section's leading guidance comments (the template's
 *   `<!-- … -->`); their text is the field's `placeholder`. Without such a comment the
 *   placeholder is the catalogue's guidance for the artifact (the text the template would write).
 * - A value is the Markdown between the guidance (or heading) and the next heading, leading and
 *   trailing blank lines left out. Nothing else is dropped: a section holding only `TODO` is
 *   `empty` (as the checker says) but its value is `TODO`; one marked `N/A: <reason>` is
 *   `not-applicable` and its value is that Markdown, marker included.
 * - Table artifacts (the catalogue gives them `columns`) show the section's first table as a
 *   table, with the Markdown before and after it. An API section written without a table (an
 *   OpenAPI block, a list), and a section marked not applicable that holds no table, is shown as
 *   one text area instead.
 */
import { readSection, type SectionState } from '../markdown/not-applicable';
import { sectionLayout, slotValue, type SectionLayout } from './form-layout';
import { htmlComments } from '../markdown/html-comment';
import { tableModelOf, type TableModel } from './form-table';
import { sectionFor, type StepDoc } from '../markdown/parse';
import type { ArtifactKind, ArtifactSpec } from '../catalogue/step-types';
import { sectionTemplate } from '../markdown/templates';
import type { StepStatus } from '../types';

export type { TableModel } from './form-table';

/** Which part of a field a text change writes: the whole Markdown, or the text before or after its table. */
export type FieldPart = 'body' | 'before' | 'after';

export interface TextPart {
  value: string;
  placeholder: string;
}

export interface TablePart {
  /** Markdown between the guidance and the first table (all of it when there is no table yet). */
  before: string;
  /** The first table; when the section has none, the catalogue's columns and no rows. */
  table: TableModel;
  /** Markdown after the first table. */
  after: string;
  /** False while the section has no table: the first table change inserts one. */
  hasTable: boolean;
  placeholder: string;
}

export interface ArtifactField {
  id: string;
  title: string;
  kind: ArtifactKind;
  summary: string;
  questions: string[];
  /** As the checker says: `not-applicable` is a section marked `N/A: <reason>` (its Markdown is shown as written). */
  state: SectionState | 'missing';
  /** Set when the section is marked not applicable: its reason, or '' when the marker gives none. */
  notApplicable?: { reason: string };
  /** The heading as written in the file, when present. */
  heading?: string;
  /** The heading's 0-based line, when present. */
  line?: number;
  /** Prose, list and diagram artifacts, and API sections written without a table. */
  body?: TextPart;
  /** Table artifacts, and API sections with a table (or none yet). */
  table?: TablePart;
}

export interface StepFormModel {
  step: number;
  title: string;
  purpose: string;
  designTitle?: string;
  status: StepStatus;
  /** How many steps the design's catalogue has ("step 3 of 7"). */
  stepCount: number;
  /** The statuses the step's catalogue allows, in order (the form's choices). */
  statuses: string[];
  reviewers: string[];
  fields: ArtifactField[];
}

/** The form model of a step file, or undefined when the file names no known step. */
export function formModel(doc: StepDoc): StepFormModel | undefined {
  const spec = doc.spec;
  if (!spec) return undefined;
  const model: StepFormModel = {
    step: spec.step,
    title: spec.title,
    purpose: spec.purpose,
    status: doc.status,
    stepCount: doc.catalogue.steps.length,
    statuses: [...doc.catalogue.statuses.values],
    reviewers: [...doc.reviewers],
    fields: spec.artifacts.map((artifact) => artifactField(doc, artifact)),
  };
  if (doc.design !== undefined) model.designTitle = doc.design;
  return model;
}

/** One artifact's field; exported for adapters that refresh a single field. */
export function artifactField(doc: StepDoc, artifact: ArtifactSpec): ArtifactField {
  const field: ArtifactField = {
    id: artifact.id,
    title: artifact.title,
    kind: artifact.kind,
    summary: artifact.summary,
    questions: [...artifact.questions],
    state: 'missing',
  };
  const section = sectionFor(doc, artifact.id);
  const layout = section ? sectionLayout(doc, section) : undefined;
  if (section && layout) {
    const reading = readSection(doc, section);
    field.state = reading.state;
    if (reading.notApplicable) field.notApplicable = { reason: reading.notApplicable.reason };
    field.heading = section.heading;
    field.line = doc.lines.position(section.headingRange.start).line;
  }
  const placeholder = layout?.guidance || catalogueGuidance(artifact);
  if (usesTable(artifact, doc, layout, field.notApplicable !== undefined)) field.table = tablePart(doc, artifact, layout, placeholder);
  else field.body = { value: layout ? slotValue(doc, layout.body) : '', placeholder };
  return field;
}

/** True when the field is edited as a table: see the module comment. */
export function usesTable(artifact: ArtifactSpec, doc: StepDoc, layout: SectionLayout | undefined, notApplicable = false): boolean {
  if (!artifact.columns) return false;
  if (!layout) return true;
  if (artifact.kind !== 'api' && !notApplicable) return true;
  return layout.table !== undefined || layout.body.empty;
}

function tablePart(doc: StepDoc, artifact: ArtifactSpec, layout: SectionLayout | undefined, placeholder: string): TablePart {
  const table = layout?.table;
  if (!table) {
    return {
      before: layout ? slotValue(doc, layout.body) : '',
      table: { header: [...(artifact.columns ?? [])], rows: [] },
      after: '',
      hasTable: false,
      placeholder,
    };
  }
  return {
    before: slotValue(doc, table.before),
    table: tableModelOf(table.source),
    after: slotValue(doc, table.after),
    hasTable: true,
    placeholder,
  };
}

/** The guidance the template writes for the artifact, as a placeholder. */
export function catalogueGuidance(artifact: ArtifactSpec): string {
  const guidance = htmlComments(sectionTemplate(artifact)).find((comment) => comment.closed);
  return (guidance?.body ?? artifact.summary).trim();
}
