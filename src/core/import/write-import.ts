/**
 * An imported document written out from its (possibly user-edited) placement: one file holding
 * its steps as `#` headings, or one step file per step. Nothing is dropped or reworded:
 *  - a section placed by its heading keeps the heading, moved to `##`; one placed by its content
 *    (or by the user) keeps its heading one level lower, under an added `## <artifact title>`;
 *  - an unplaced section keeps its heading at `##`, after the marker comment the checker reports;
 *  - sub-sections move with their section, their levels shifted by as much;
 *  - the document's front matter lines are kept, and `design`, the steps and `status` are added
 *    when it lacks them; its title heading becomes `design`.
 */
import type { Nodes } from 'mdast';
import type { StepSpec } from '../catalogue/step-types';
import { yamlScalar } from '../markdown/front-matter-edit';
import { matchHeading } from '../markdown/heading-match';
import { Slugger, headingText } from '../markdown/slug';
import { joinPath } from '../files/paths';
import { descendantsOf, labelKey, type ImportSection, type ImportSource } from './import-source';
import { UNPLACED_MARKER } from './marker';
import type { Placement } from './propose';
import { applyTextEdits, relinkEdits, type TextEdit } from './relink';

export type ImportLayout = 'one-file' | 'per-step';

export interface ImportTarget {
  layout: ImportLayout;
  /** The folder of the imported document ('/'-separated). */
  sourceFolder: string;
  /** one-file: the file to write; per-step: the folder the step files go to. */
  output: string;
  /** The design's title when the document names none (no title heading, no `title` field): its file name, say. */
  fallbackTitle: string;
}

export interface ImportedFile {
  path: string;
  text: string;
  /** The steps the file holds. */
  steps: number[];
}

interface Unit {
  root: ImportSection;
  members: ImportSection[];
  step: number;
  artifact?: string;
}

/** Sections grouped into what moves together: a section whose placement is its own, with those that go with it. */
function unitsOf(source: ImportSource, placements: readonly Placement[]): Unit[] {
  const byId = new Map(placements.map((placement) => [placement.section, placement]));
  const rootOf = (section: ImportSection): ImportSection => {
    let current = section;
    while (byId.get(current.id)?.withParent && current.parent !== undefined) current = source.sections[current.parent] ?? current;
    return current;
  };
  const units = new Map<number, Unit>();
  for (const section of source.sections) {
    const root = rootOf(section);
    let unit = units.get(root.id);
    if (!unit) {
      const placement = byId.get(root.id);
      unit = { root, members: [], step: placement?.step ?? 1, ...(placement?.artifact !== undefined ? { artifact: placement.artifact } : {}) };
      units.set(root.id, unit);
    }
    unit.members.push(section);
  }
  return [...units.values()].filter((unit) => unit.members.some((member) => hasText(source, member)));
}

function hasText(source: ImportSource, section: ImportSection): boolean {
  return sectionText(source, section).trim() !== '';
}

/** The section's own text with `edits` applied, without the title heading (which sits inside the preamble's range). */
function sectionText(source: ImportSource, section: ImportSection, edits: readonly TextEdit[] = []): string {
  const piece = (start: number, end: number) => applyTextEdits(source.text.slice(start, end), start, edits);
  const { start, end } = section.range;
  const title = source.title?.range;
  if (section.depth === 0 && title && title.start >= start && title.end <= end) return piece(start, title.start) + piece(title.end, end);
  return piece(start, end);
}

/** The heading written at `depth`: an ATX heading gets its `#`s changed, a Setext one is written as ATX. */
function relevelHeading(source: ImportSource, section: ImportSection, depth: number, text: string): string {
  const hashes = '#'.repeat(Math.min(6, Math.max(1, depth)));
  const atx = /^( {0,3})#{1,6}(?=[ \t]|$|\r?\n)/.exec(text);
  if (atx) return atx[1] + hashes + text.slice(atx[0].length);
  const lines = text.split(/\r?\n/);
  // a Setext heading: its text lines, then the underline, then whatever follows the heading
  const headingLines = (source.text.slice(section.headingRange?.start ?? 0, section.headingRange?.end ?? 0).split(/\r?\n/).length) - 1;
  const content = lines.slice(0, headingLines).map((line) => line.trim()).join(' ');
  return [`${hashes} ${content}`, ...lines.slice(headingLines + 1)].join(source.eol);
}

function trimBlankEnd(text: string): string {
  return text.replace(/(?:[ \t]*\r?\n)+$/, '');
}

interface StepWriter {
  spec: StepSpec;
  file: string;
  units: Unit[];
}

/** The files of the design, in step order; none when the document holds no text at all. */
export function writeImport(source: ImportSource, placements: readonly Placement[], steps: readonly StepSpec[], target: ImportTarget): ImportedFile[] {
  const units = unitsOf(source, placements);
  const writers: StepWriter[] = [];
  for (const spec of steps) {
    const mine = units.filter((unit) => unit.step === spec.step);
    if (mine.length === 0) continue;
    const file = target.layout === 'one-file' ? target.output : joinPath(target.output, spec.fileName);
    writers.push({ spec, file, units: mine });
  }
  const outputFolder = target.layout === 'one-file' ? folderOf(target.output) : target.output;
  const fileOfSection = new Map<number, string>();
  for (const writer of writers) for (const unit of writer.units) for (const member of unit.members) fileOfSection.set(member.id, writer.file);
  const slugs = sectionSlugs(source);

  const relinkFor = (file: string) => (nodes: readonly Nodes[]) =>
    relinkEdits(
      {
        text: source.text,
        sourceFolder: target.sourceFolder,
        outputFolder,
        anchorFile: (fragment) => {
          const landed = fileOfSection.get(slugs.get(fragment) ?? -1);
          return landed === undefined || landed === file ? undefined : landed.slice(landed.lastIndexOf('/') + 1);
        },
      },
      nodes,
    );

  if (writers.length === 0) return [];
  const bodies = writers.map((writer) => ({ writer, ...stepBody(source, writer, relinkFor(writer.file)) }));
  const heldSteps = writers.map((writer) => writer.spec.step);
  if (target.layout === 'one-file') {
    const stepsField = heldSteps.length === steps.length ? 'all' : `[${heldSteps.join(', ')}]`;
    const text = frontMatter(source, target, 'design-steps', stepsField) + bodies.map((body) => body.text).join(source.eol);
    return [{ path: target.output, text, steps: heldSteps }];
  }
  return bodies.map(({ writer, text, uses, defines }) => {
    const missing = [...uses].filter((label) => !defines.has(label)).map((label) => source.definitions.get(label)).filter((node) => node !== undefined);
    const definitionEdits = missing.flatMap((node) => relinkFor(writer.file)([node]).edits);
    const definitions = missing.map((node) => applyTextEdits(source.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0), node.position?.start.offset ?? 0, definitionEdits));
    const tail = definitions.length > 0 ? source.eol + definitions.join(source.eol) + source.eol : '';
    return { path: writer.file, text: frontMatter(source, target, 'design-step', String(writer.spec.step)) + text + tail, steps: [writer.spec.step] };
  });
}

function folderOf(file: string): string {
  const cut = file.lastIndexOf('/');
  return cut < 0 ? '.' : cut === 0 ? '/' : file.slice(0, cut);
}

/** Each heading anchor of the document and the section it opens. */
function sectionSlugs(source: ImportSource): Map<string, number> {
  const slugger = new Slugger();
  const result = new Map<string, number>();
  for (const section of source.sections) {
    if (section.headingNode) {
      const slug = slugger.slug(headingText(section.headingNode));
      if (slug !== '') result.set(slug, section.id);
    }
  }
  return result;
}

function stepBody(
  source: ImportSource,
  writer: StepWriter,
  relink: (nodes: readonly Nodes[]) => { edits: TextEdit[]; uses: Set<string> },
): { text: string; uses: Set<string>; defines: Set<string> } {
  const eol = source.eol;
  const parts: string[] = [`# ${writer.spec.title}`];
  const uses = new Set<string>();
  const defines = new Set<string>();
  let openAddedHeading: string | undefined;
  for (const unit of writer.units) {
    const artifact = writer.spec.artifacts.find((candidate) => candidate.id === unit.artifact);
    const ownHeading = unit.root.depth > 0 && artifact !== undefined && matchHeading(writer.spec.artifacts, unit.root.heading)?.artifact.id === artifact.id;
    let rootDepth = 2;
    if (artifact && !ownHeading) {
      if (openAddedHeading !== artifact.id) parts.push(`## ${artifact.title}`);
      openAddedHeading = artifact.id;
      rootDepth = 3;
    } else {
      openAddedHeading = undefined;
      if (!artifact) parts.push(UNPLACED_MARKER);
    }
    for (const member of unit.members) {
      const nodes: Nodes[] = [...(member.headingNode ? [member.headingNode] : []), ...member.nodes];
      const { edits, uses: used } = relink(nodes);
      for (const label of used) uses.add(label);
      for (const node of member.nodes) if (node.type === 'definition') defines.add(labelKey(node.identifier));
      let text = sectionText(source, member, edits);
      if (member.depth > 0) text = relevelHeading(source, member, rootDepth + member.depth - unit.root.depth, text);
      text = trimBlankEnd(text).replace(/^(?:[ \t]*\r?\n)+/, '');
      if (text !== '') parts.push(text);
    }
  }
  return { text: parts.join(eol + eol) + eol, uses, defines };
}

function frontMatter(source: ImportSource, target: ImportTarget, stepsKey: string, stepsValue: string): string {
  const fields = source.frontMatterFields;
  const added: string[] = [];
  if (typeof fields['design'] !== 'string') added.push(`design: ${yamlScalar(designTitle(source, target))}`);
  added.push(`${stepsKey}: ${stepsValue}`);
  if (fields['status'] === undefined) added.push('status: draft');
  return ['---', ...added, ...source.frontMatterLines, '---', ''].join(source.eol);
}

function designTitle(source: ImportSource, target: ImportTarget): string {
  if (source.title) return source.title.text;
  const title = source.frontMatterFields['title'];
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : target.fallbackTitle;
}

/** The sections that go with `id` (for an editor that shows a section with what moves with it). */
export function sectionsMovingWith(source: ImportSource, placements: readonly Placement[], id: number): ImportSection[] {
  const withParent = new Set(placements.filter((placement) => placement.withParent).map((placement) => placement.section));
  const inside = new Set([id]);
  return descendantsOf(source, id).filter((section) => {
    if (!withParent.has(section.id) || section.parent === undefined || !inside.has(section.parent)) return false;
    inside.add(section.id);
    return true;
  });
}
