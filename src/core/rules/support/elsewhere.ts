/**
 * Where a missing artifact's content is written instead. Real documents are organised by their
 * own logic: the architecture picture sits in "Scale the design", the request rates in the
 * assumptions, the protobuf messages in "Protocol details", the goals under "### Goals". Before
 * `missing-artifact` calls a section missing, this looks for such signs; what it finds becomes an
 * `artifact-elsewhere` hint that says where, instead of a warning that says "nothing".
 *
 * Signs, in order: a deeper heading in the step file that names the artifact; a paragraph in the
 * design labelled with its name ("Data flow: …"); then the artifact's content cues (catalogue
 * `cues`). Diagrams, rates, operations and lifecycle words are looked for in the artifact's own
 * step file only (a step 6 diagram does not stand for step 7's); type definitions and decision
 * headings anywhere in the design.
 */
import type { Nodes, RootContent } from 'mdast';
import type { ArtifactSpec, ContentCue, StepSpec } from '../../catalogue/step-types';
import type { Design, StepFile } from '../../files/design';
import { plainText } from '../../markdown/blocks';
import { matchHeading } from '../../markdown/heading-match';
import { spanOf, type StepDoc } from '../../markdown/parse';
import { headingText, Slugger } from '../../markdown/slug';
import type { OffsetRange } from '../../types';
import { isDiagram } from './diagram';
import { artifactStatuses } from './step-file';

export interface Elsewhere {
  /** The file it was found in. */
  file: StepFile;
  /** The heading it was found under (the nearest one above it), if any. */
  heading?: { text: string; depth: number; range: OffsetRange };
  /** What was found, as a phrase for a message: "a diagram", "request rates". */
  what: string;
  /** True when the sign is a heading that names the artifact at a level below `##`. */
  deeperHeading: boolean;
}

interface Block {
  node: RootContent;
  heading?: Elsewhere['heading'];
  /** The `##` section's artifact, when the block is inside one. */
  artifact?: string;
}

const blockCache = new WeakMap<StepDoc, Block[]>();

/** The file's top-level blocks, each with the heading above it and the artifact whose section holds it. */
function blocksOf(doc: StepDoc): Block[] {
  let blocks = blockCache.get(doc);
  if (blocks) return blocks;
  blocks = [];
  let heading: Elsewhere['heading'];
  for (const node of doc.tree.children) {
    const start = (node.position?.start.offset ?? 0) + doc.shift;
    const section = doc.sections.find((candidate) => candidate.range.start <= start && start < candidate.range.end);
    if (node.type === 'heading') heading = { text: plainText(node).trim(), depth: node.depth, range: spanOf(doc, node) };
    blocks.push({ node, ...(heading ? { heading } : {}), ...(section?.artifact ? { artifact: section.artifact.id } : {}) });
  }
  blockCache.set(doc, blocks);
  return blocks;
}

const RATE = /\b\d[\d,.]*\s*(?:k|thousand|million)?\s+(?:[\w-]+\s+){0,4}?(?:per second|a second|\/\s?s(?:ec)?\b)|\b\d[\d,.]*\s*k?\s*(?:QPS|TPS|RPS|ops\/s|req\/s)\b/i;
const OPERATION = /\bcurl\s+(?:-\S+\s+)*['"]?https?:|\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/[\w{}]|\brpc\s+\w+\s*\(|^\s*service\s+\w+\s*\{|^\s*(?:func\s+)?[A-Z]\w*\([^()\n]*\)\s*(?:->|returns?\b|\(|[*\w[])/m;
const TYPE_DEFINITION = /\bmessage\s+\w+\s*\{|\btype\s+\w+\s+(?:struct|interface)\b|\bstruct\s+\w+\s*\{|^\s*(?:export\s+)?(?:class|interface|enum|record)\s+[A-Z]\w*|\bcreate\s+table\b/im;
const LIFECYCLE = /\b(?:retention|retain(?:s|ed)?|expir(?:e|es|ed|y|ation)|ttl|purg(?:e|es|ed|ing)|garbage[- ]collect\w*|archiv(?:e|es|ed|al)|compaction|clean(?:s|ed)?[- ]?up|deleted after|flush(?:es|ed)?)\b/i;
const STATUS_QUO = /\b(?:existing|current(?:ly)?|today|at present|status quo|as it stands)\b/i;
const DECISION_HEADING = /\b(?:alternatives?|rationale|trade-?offs?|decisions?|considered|versus|vs)\b/i;

const CUE_WHAT: Record<ContentCue, string> = {
  diagram: 'a diagram',
  rates: 'request rates',
  operations: 'API operations',
  'type-definitions': 'type definitions',
  lifecycle: 'what happens to data over time',
  decisions: 'design decisions',
  'status-quo': 'what exists today',
  introduction: 'an introduction that sums up the proposal',
};

/** Cues looked for in the whole design rather than the artifact's own step file. */
const DESIGN_WIDE: ReadonlySet<ContentCue> = new Set(['type-definitions', 'decisions']);

function blockShows(cue: ContentCue, block: Block): boolean {
  const node = block.node as Nodes;
  switch (cue) {
    case 'diagram':
      return isDiagram(node);
    case 'rates':
      return node.type !== 'code' && node.type !== 'definition' && RATE.test(plainText(node));
    case 'operations':
      return OPERATION.test(node.type === 'code' ? node.value : plainText(node));
    case 'type-definitions':
      return node.type === 'code' && TYPE_DEFINITION.test(node.value);
    case 'lifecycle':
      return (node.type === 'paragraph' || node.type === 'list') && LIFECYCLE.test(plainText(node));
    case 'decisions':
      return node.type === 'heading' && DECISION_HEADING.test(plainText(node));
    case 'introduction':
      // prose under the title, before any section: where a proposal says what it is
      return node.type === 'paragraph' && block.heading?.depth === 1 && plainText(node).split(/\s+/).length >= 20;
    case 'status-quo':
      return (node.type === 'paragraph' || node.type === 'list') && STATUS_QUO.test(plainText(node));
  }
}

/** A paragraph that opens with the artifact's name and a colon: "Data flow: the client …", "**Lifecycle:** …". */
function isLabelled(block: Block, artifact: ArtifactSpec): boolean {
  if (block.node.type !== 'paragraph') return false;
  const label = /^([^:\n]{2,60}):/.exec(plainText(block.node).trim())?.[1];
  return label !== undefined && matchHeading([artifact], label)?.closeness === 2;
}

function found(file: StepFile, block: Block, what: string, deeperHeading = false): Elsewhere {
  return { file, ...(block.heading ? { heading: block.heading } : {}), what, deeperHeading };
}

/** Where in `design` the missing `artifact` of `file`'s step seems to be written, if anywhere. */
function search(design: Design, file: StepFile, artifacts: readonly ArtifactSpec[], artifact: ArtifactSpec): Elsewhere | undefined {
  for (const block of blocksOf(file.doc)) {
    const node = block.node;
    // an alias inside a longer subheading ("Use case: Service extracts …" has "Services") is too weak a sign
    const match = node.type === 'heading' && node.depth > 2 ? matchHeading(artifacts, plainText(node)) : undefined;
    if (node.type === 'heading' && match?.artifact.id === artifact.id && match.closeness > 0) {
      return found(file, { ...block, heading: { text: plainText(node).trim(), depth: node.depth, range: spanOf(file.doc, node) } }, 'a heading that names it', true);
    }
  }
  const others = design.files.filter((candidate) => candidate !== file);
  for (const candidate of [file, ...others]) {
    const block = blocksOf(candidate.doc).find((each) => isLabelled(each, artifact));
    if (block) return found(candidate, block, `a paragraph labelled "${artifact.title}"`);
  }
  for (const cue of artifact.cues ?? []) {
    const files = DESIGN_WIDE.has(cue) ? [file, ...others] : [file];
    for (const candidate of files) {
      // content under another artifact of the same kind (a second diagram section) stands for that one
      const sameKind = new Set(artifacts.filter((other) => other.cues?.includes(cue)).map((other) => other.id));
      const block = blocksOf(candidate.doc).find((each) => !(candidate === file && each.artifact && sameKind.has(each.artifact)) && blockShows(cue, each));
      if (block) return found(candidate, block, CUE_WHAT[cue]);
    }
  }
  return undefined;
}

export interface MissingArtifact {
  file: StepFile;
  spec: StepSpec;
  artifact: ArtifactSpec;
  /** Where its content seems to be written instead, if anywhere. */
  elsewhere?: Elsewhere;
}

const missingCache = new WeakMap<Design, MissingArtifact[]>();

/**
 * Every artifact with no section in its step file, with where it seems to be written instead.
 * Computed once per design: `missing-artifact` and `artifact-elsewhere` both read it.
 */
export function missingArtifacts(design: Design): MissingArtifact[] {
  const cached = missingCache.get(design);
  if (cached) return cached;
  const result: MissingArtifact[] = [];
  missingCache.set(design, result);
  for (const file of design.files) {
    const spec = file.doc.spec;
    if (!spec) continue;
    for (const { artifact, state } of artifactStatuses(file.doc)) {
      if (state !== 'missing' || artifact.optional) continue;
      const elsewhere = search(design, file, spec.artifacts, artifact);
      result.push({ file, spec, artifact, ...(elsewhere ? { elsewhere } : {}) });
    }
  }
  return result;
}

/** The GitHub anchor of the heading at `range` in `doc`, counting earlier headings with the same text. */
export function anchorOf(doc: StepDoc, range: OffsetRange): string | undefined {
  const slugger = new Slugger();
  for (const node of doc.tree.children) {
    if (node.type !== 'heading') continue;
    const slug = slugger.slug(headingText(node));
    if (spanOf(doc, node).start === range.start) return slug || undefined;
  }
  return undefined;
}
