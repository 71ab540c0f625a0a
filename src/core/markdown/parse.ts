/** Text of one file → StepDoc: front matter, title and `##` sections with exact offsets. */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import './micromark-linear-edits';
import { parseStepMarkdown } from './markdown-syntax';
import { readFrontMatterFields, recoverStepField, type FrontMatter, type FrontMatterProblem } from './front-matter';
import { SEVEN_STEPS } from '../catalogue/builtin';
import { stepOf, type Catalogue } from '../catalogue/catalogue';
import type { ArtifactSpec, StepSpec } from '../catalogue/step-types';
import { matchHeading } from './heading-match';
import { stepOfHeading } from './step-heading';
import { BOM, LineIndex, detectEol, normalizeName } from './text';
import type { OffsetRange } from '../types';

export interface Section {
  heading: string;
  /** The heading in comparable form (see `normalizeName`). */
  key: string;
  artifact?: ArtifactSpec;
  /** How closely the heading names the artifact (see heading-match): 2 is its title or an alias itself. */
  closeness?: 0 | 1 | 2;
  /** The heading line, without its line break. */
  headingRange: OffsetRange;
  /** From the heading to the next `#`/`##` heading or the end of the file. */
  range: OffsetRange;
  /** The section's blocks; their positions are relative to `StepDoc.body`. */
  nodes: RootContent[];
}

export interface StepDoc {
  /** The file's text exactly as read. */
  text: string;
  hasBom: boolean;
  eol: '\n' | '\r\n';
  lines: LineIndex;
  /** Add to an mdast offset to get an offset into `text` (1 when the file starts with a BOM). */
  shift: number;
  isStepFile: boolean;
  frontMatter?: FrontMatter;
  step?: number;
  /** The catalogue the file was read with, and its step the front matter names (when it names a known one). */
  catalogue: Catalogue;
  spec?: StepSpec;
  design?: string;
  status: string;
  /** True when the front matter said `status:` at all. */
  hasStatus: boolean;
  reviewers: string[];
  problems: FrontMatterProblem[];
  fieldRanges: Record<string, OffsetRange>;
  keyRanges: Record<string, OffsetRange>;
  valueRanges: Record<string, OffsetRange>;
  title?: { text: string; range: OffsetRange };
  sections: Section[];
  /** Set when the front matter has `design-steps`: the file holds several steps (a one-file design). */
  oneFile?: OneFileLayout;
  /**
   * In a one-file design, the part of the file this view holds: from its step's `#` heading to the
   * next `#` heading or the end of the file. `sections`, `title` and `tree` are those of the part;
   * `text` and every offset stay the whole file's.
   */
  part?: OffsetRange;
  /** Of a one-file design's whole-file parse: one view per claimed step that has its heading, in file order. */
  parts?: StepDoc[];
  /** Of a one-file design's view: the whole file's parse tree (anchors are the whole file's). */
  fileTree?: Root;
  /** The whole parse (offsets relative to the text after the BOM), for readers that need every block. */
  tree: Root;
}

/** What a one-file design's front matter claims and where its `#` headings put the steps. */
export interface OneFileLayout {
  /** The steps `design-steps` names, in catalogue order. */
  claimed: number[];
  /** The `design-steps` field, where a finding about the claim points. */
  claimRange: OffsetRange;
  /** Each claimed step's `#` heading, in file order. */
  headings: { step: number; range: OffsetRange }[];
  /** `#` headings that name no claimed step, or one already started above: each ends the part before it. */
  stray: { heading: string; range: OffsetRange; step?: number; repeated?: boolean }[];
}

export function parseMarkdown(text: string): Root {
  return parseStepMarkdown(text);
}

const OPENING_FENCE = /^---[ \t]*\r?\n/;

/**
 * `catalogue` decides which steps exist and which headings name their artifacts; `impliedStep` is
 * the step the file holds by its name when its front matter does not say.
 */
export function parseStepDoc(text: string, catalogue: Catalogue = SEVEN_STEPS, impliedStep?: number): StepDoc {
  const hasBom = text.startsWith(BOM);
  const shift = hasBom ? 1 : 0;
  const body = hasBom ? text.slice(1) : text;
  const tree = parseMarkdown(body);
  const doc: StepDoc = {
    text,
    hasBom,
    eol: detectEol(text),
    lines: new LineIndex(text),
    shift,
    isStepFile: false,
    catalogue,
    status: catalogue.statuses.initial,
    hasStatus: false,
    reviewers: [],
    problems: [],
    fieldRanges: {},
    keyRanges: {},
    valueRanges: {},
    sections: [],
    tree,
  };
  const first = tree.children[0];
  if (first?.type === 'yaml' && first.position) {
    readFrontMatterBlock(doc, body, first.position.start.offset ?? 0, first.position.end.offset ?? 0);
  } else if (OPENING_FENCE.test(body) && /^design-steps?[ \t]*:/m.test(body.slice(0, 4000))) {
    doc.isStepFile = true;
    doc.problems.push({
      message: 'The front matter has no closing `---` line. Add one after the last field.',
      range: { start: shift, end: shift + 3 },
    });
    const recovered = recoverStepField(body.slice(0, 4000), shift, catalogue);
    if (recovered) {
      doc.step = recovered.step;
      doc.fieldRanges['design-step'] = recovered.range;
    }
  }
  if (doc.step === undefined && impliedStep !== undefined && !doc.fieldRanges['design-step'] && !doc.oneFile) {
    // Named by the configuration's `design.files`: a step file without front matter of its own.
    doc.step = impliedStep;
    doc.isStepFile = true;
  }
  const spec = stepOf(catalogue, doc.step);
  if (spec) doc.spec = spec;
  collectSections(doc, tree.children, body.length);
  if (doc.oneFile) splitIntoParts(doc, body.length);
  return doc;
}

/**
 * A one-file design's views: for each claimed step with a `#` heading, the doc restricted to its
 * part. Front matter problems go with the first view only, so they are reported once.
 */
function splitIntoParts(doc: StepDoc, bodyLength: number): void {
  const layout = doc.oneFile;
  if (!layout) return;
  const starts: { step?: StepSpec; index: number; offset: number }[] = [];
  doc.tree.children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== 1) return;
    const heading = toString(node).trim();
    const range = spanOf(doc, node);
    const named = stepOfHeading(doc.catalogue.steps, heading);
    const claimed = named && layout.claimed.includes(named.step);
    const repeated = claimed && layout.headings.some((seen) => seen.step === named.step);
    if (claimed && !repeated) layout.headings.push({ step: named.step, range });
    else layout.stray.push({ heading, range, ...(named ? { step: named.step } : {}), ...(repeated ? { repeated: true } : {}) });
    starts.push({ ...(claimed && !repeated ? { step: named } : {}), index, offset: range.start - doc.shift });
  });
  doc.parts = [];
  starts.forEach((start, order) => {
    if (!start.step) return;
    const next = starts[order + 1];
    const children = doc.tree.children.slice(start.index, next?.index ?? doc.tree.children.length);
    const end = next?.offset ?? bodyLength;
    const view: StepDoc = {
      ...doc,
      step: start.step.step,
      spec: start.step,
      problems: doc.parts?.length === 0 ? doc.problems : [],
      part: { start: start.offset + doc.shift, end: end + doc.shift },
      sections: [],
      tree: { ...doc.tree, children },
      fileTree: doc.tree,
    };
    delete view.title;
    delete view.parts;
    collectSections(view, children, end);
    doc.parts?.push(view);
  });
}

/** `text` (an edited version of the doc's file) read the way `doc` was: the same catalogue, and the same step's part of a one-file design. */
export function reparse(doc: StepDoc, text: string): StepDoc {
  const next = parseStepDoc(text, doc.catalogue, doc.oneFile ? undefined : doc.step);
  return (doc.part && next.parts?.find((part) => part.step === doc.step)) || next;
}

/** Where a step's text ends: its part's end in a one-file design, else the end of the file. */
export function partEnd(doc: StepDoc): number {
  return doc.part?.end ?? doc.text.length;
}

function readFrontMatterBlock(doc: StepDoc, body: string, start: number, end: number): void {
  const firstBreak = body.indexOf('\n', start);
  const contentStart = firstBreak + 1;
  const closingLineStart = body.lastIndexOf('\n', end - 1) + 1;
  const contentEnd = Math.max(contentStart, closingLineStart);
  const range = { start: start + doc.shift, end: end + doc.shift };
  doc.frontMatter = {
    range,
    contentRange: { start: contentStart + doc.shift, end: contentEnd + doc.shift },
    fieldRanges: {},
  };
  const fields = readFrontMatterFields(body.slice(contentStart, contentEnd), contentStart + doc.shift, range, doc.catalogue);
  doc.isStepFile = fields.hasStepField;
  doc.frontMatter.fieldRanges = fields.fieldRanges;
  doc.fieldRanges = fields.fieldRanges;
  doc.keyRanges = fields.keyRanges;
  doc.valueRanges = fields.valueRanges;
  doc.problems.push(...fields.problems);
  doc.step = fields.step;
  if (fields.steps) {
    delete doc.step;
    doc.oneFile = { claimed: fields.steps, claimRange: fields.fieldRanges['design-steps'] ?? range, headings: [], stray: [] };
  }
  doc.design = fields.design;
  doc.reviewers = fields.reviewers;
  if (fields.status) {
    doc.status = fields.status;
    doc.hasStatus = true;
  }
}

function collectSections(doc: StepDoc, children: readonly RootContent[], bodyLength: number): void {
  const artifacts = doc.spec?.artifacts ?? [];
  let current: Section | undefined;
  const close = (endOffset: number) => {
    if (current) {
      current.range.end = endOffset + doc.shift;
      doc.sections.push(current);
      current = undefined;
    }
  };
  let titled: { node: Heading; nodes: RootContent[]; end: number } | undefined;
  for (const node of children) {
    const start = node.position?.start.offset ?? 0;
    if (node.type === 'heading' && node.depth <= 2) {
      close(start);
      if (titled && titled.end < 0) titled.end = start;
      if (node.depth === 1) {
        if (!doc.title) {
          doc.title = { text: toString(node).trim(), range: spanOf(doc, node) };
          titled = { node, nodes: [], end: -1 };
        }
        continue;
      }
      current = openSection(doc, node, artifacts);
      continue;
    }
    if (current) current.nodes.push(node);
    else if (titled && titled.end < 0 && node.type !== 'yaml') titled.nodes.push(node);
  }
  close(bodyLength);
  preferClosestMatches(doc.sections);
  if (titled) addTitleSection(doc, artifacts, titled.node, titled.nodes, titled.end < 0 ? bodyLength : titled.end);
}

/**
 * A step with a single artifact is often written with no sub-heading at all: arc42's
 * "Architecture constraints" is a table right under its title. When no `##` heading names that
 * artifact, what the title holds before the first `##` is the artifact, if it holds anything.
 */
function addTitleSection(doc: StepDoc, artifacts: readonly ArtifactSpec[], title: Heading, nodes: RootContent[], end: number): void {
  const [only, ...others] = artifacts;
  if (!only || others.length > 0 || doc.sections.some((section) => section.artifact === only)) return;
  if (!nodes.some((node) => node.type !== 'html' && node.type !== 'definition')) return;
  const heading = toString(title).trim();
  const headingRange = spanOf(doc, title);
  doc.sections.unshift({ heading, key: normalizeName(heading), artifact: only, closeness: 0, headingRange, range: { start: headingRange.start, end: end + doc.shift }, nodes });
}

/**
 * When several headings name one artifact, the closest keeps it: "## API" over "## API changes",
 * and "## API changes" over "## Protocol details". Equally close ones keep it; the first one counts.
 */
function preferClosestMatches(sections: Section[]): void {
  const closest = new Map<string, number>();
  for (const { artifact, closeness = 0 } of sections) {
    if (artifact) closest.set(artifact.id, Math.max(closest.get(artifact.id) ?? 0, closeness));
  }
  for (const section of sections) {
    if (section.artifact && (section.closeness ?? 0) < (closest.get(section.artifact.id) ?? 0)) {
      delete section.artifact;
      delete section.closeness;
    }
  }
}

function openSection(doc: StepDoc, node: Heading, artifacts: readonly ArtifactSpec[]): Section {
  const heading = toString(node).trim();
  const key = normalizeName(heading);
  const headingRange = spanOf(doc, node);
  const match = matchHeading(artifacts, heading);
  return {
    heading,
    key,
    ...(match ? { artifact: match.artifact } : {}),
    ...(match ? { closeness: match.closeness } : {}),
    headingRange,
    range: { start: headingRange.start, end: headingRange.end },
    nodes: [],
  };
}

/** The range of an mdast node in the file's original text. */
export function spanOf(doc: StepDoc, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): OffsetRange {
  return {
    start: (node.position?.start.offset ?? 0) + doc.shift,
    end: (node.position?.end.offset ?? 0) + doc.shift,
  };
}

/** The first section holding the artifact, if the file has one. */
export function sectionFor(doc: StepDoc, artifactId: string): Section | undefined {
  return doc.sections.find((section) => section.artifact?.id === artifactId);
}
