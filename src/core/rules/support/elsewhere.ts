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
 * step file only (a step 6 diagram does not stand for step 7's); type definitions, decisions and
 * the prose signs of `prose-cues.ts` (callers' needs, a proposal's data flow, security headings)
 * anywhere in the design, as are use-case headings that walk a request through the components.
 * A step with no file at all is looked for the same way, by its leading artifact.
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
import { callerNeeds, capabilities, isDecisionParagraph, isRequestPath, isStorageStatement, proposalFlow, proposals, responsibilities, securitySection, useCasePaths } from './prose-cues';
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
  security: 'security measures',
  'caller-needs': 'what named callers need',
  capabilities: 'what callers need or must be able to do',
  storage: 'where data is kept',
  flow: 'who writes the data and who reads it',
  'request-paths': 'the path of an API request',
  proposals: 'what the design proposes',
  responsibilities: 'which part is in charge of what',
  'use-case-paths': 'the path each use case takes',
};

/** Cues looked for in the whole design rather than the artifact's own step file. */
const DESIGN_WIDE: ReadonlySet<ContentCue> = new Set(['type-definitions', 'decisions', 'security', 'caller-needs', 'capabilities', 'flow', 'proposals', 'responsibilities', 'use-case-paths']);
/**
 * Cues looked for only outside the artifact's step file: "stored in" inside the step's own data
 * flow is part of that flow, while the same words in a proposal are where the author told it.
 */
const OTHER_FILES: ReadonlySet<ContentCue> = new Set(['storage']);

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
      return (node.type === 'heading' && DECISION_HEADING.test(plainText(node))) || isDecisionParagraph(block);
    case 'storage':
      return isStorageStatement(block);
    case 'request-paths':
      return isRequestPath(block);
    case 'security':
    case 'caller-needs':
    case 'capabilities':
    case 'flow':
    case 'proposals':
    case 'responsibilities':
    case 'use-case-paths':
      return false; // read over several blocks: see findCue
    case 'introduction':
      // prose under the title, before any section: where a proposal says what it is
      return node.type === 'paragraph' && block.heading?.depth === 1 && plainText(node).split(/\s+/).length >= 20;
    case 'status-quo':
      return (node.type === 'paragraph' || node.type === 'list') && STATUS_QUO.test(plainText(node));
  }
}

/** The ids of the catalogue's artifacts that carry `cue`. */
function artifactsWithCue(steps: readonly StepSpec[], cue: ContentCue): Set<string> {
  return new Set(steps.flatMap((spec) => spec.artifacts).filter((artifact) => artifact.cues?.includes(cue)).map((artifact) => artifact.id));
}

/**
 * Where a design tells what moves between whom: its proposal (the sections an introduction stands
 * for), and the paths of API requests told outside a workflows section ("POST /alerts goes to any
 * replica, which writes…"); inside one, a request path is that workflow and nothing more.
 */
function tellsMovement(steps: readonly StepSpec[]): (block: Block) => boolean {
  const proposals = artifactsWithCue(steps, 'introduction');
  const workflows = artifactsWithCue(steps, 'request-paths');
  return (block) =>
    block.artifact !== undefined ? proposals.has(block.artifact) || (!workflows.has(block.artifact) && isRequestPath(block)) : isRequestPath(block);
}

/** The block of `blocks` that shows `cue`, if any; `skip` leaves out blocks that stand for another artifact. */
function findCue(cue: ContentCue, blocks: readonly Block[], skip: (block: Block) => boolean, steps: readonly StepSpec[]): Block | undefined {
  // prose under a section that has this cue itself (an Access control section, for the security
  // requirements) is that section's content, wherever it is: it does not stand for another
  const sameCue = artifactsWithCue(steps, cue);
  const prose = blocks.filter((block) => !(block.artifact && sameCue.has(block.artifact)));
  switch (cue) {
    case 'security':
      return securitySection(prose);
    case 'caller-needs':
      return callerNeeds(prose);
    case 'capabilities':
      return capabilities(prose);
    case 'proposals':
      return proposals(prose);
    case 'responsibilities':
      return responsibilities(prose);
    case 'flow':
      return proposalFlow(prose, tellsMovement(steps));
    case 'use-case-paths':
      return useCasePaths(prose);
    default:
      return blocks.find((each) => !skip(each) && blockShows(cue, each));
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
function search(design: Design, file: StepFile, artifacts: readonly ArtifactSpec[], artifact: ArtifactSpec, steps: readonly StepSpec[]): Elsewhere | undefined {
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
    const files = OTHER_FILES.has(cue) ? others : DESIGN_WIDE.has(cue) ? [file, ...others] : [file];
    for (const candidate of files) {
      // content under another artifact of the same kind (a second diagram section) stands for that one
      const sameKind = new Set(artifacts.filter((other) => other.cues?.includes(cue)).map((other) => other.id));
      const block = findCue(cue, blocksOf(candidate.doc), (each) => candidate === file && each.artifact !== undefined && sameKind.has(each.artifact), steps);
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
      const elsewhere = search(design, file, spec.artifacts, artifact, design.catalogue.steps);
      result.push({ file, spec, artifact, ...(elsewhere ? { elsewhere } : {}) });
    }
  }
  return result;
}

/** Where the content of a missing step's leading artifact seems to be written, if anywhere. */
function searchForStep(design: Design, spec: StepSpec, steps: readonly StepSpec[]): Elsewhere | undefined {
  const lead = spec.artifacts[0];
  if (!lead) return undefined;
  for (const candidate of design.files) {
    const block = blocksOf(candidate.doc).find((each) => isLabelled(each, lead));
    if (block) return found(candidate, block, `a paragraph labelled "${lead.title}"`);
  }
  // only cues that may stand anywhere in the design: a diagram in step 6 is no step 7 diagram
  for (const cue of (lead.cues ?? []).filter((each) => DESIGN_WIDE.has(each) || OTHER_FILES.has(each))) {
    for (const candidate of design.files) {
      const block = findCue(cue, blocksOf(candidate.doc), () => false, steps);
      if (block) return found(candidate, block, CUE_WHAT[cue]);
    }
  }
  return undefined;
}

export interface MissingStep {
  spec: StepSpec;
  /** Where the content of the step's leading artifact seems to be written instead, if anywhere. */
  elsewhere?: Elsewhere;
}

const missingStepCache = new WeakMap<Design, MissingStep[]>();

/**
 * Every step with no file, with where its leading artifact (what the step is for: the data flow
 * of step 5, the users of step 2) is told instead. A proposal that tells who writes the data and
 * who reads it has a data flow, even with no step 5 file; that is a matter of layout, not a gap.
 */
export function missingSteps(design: Design, held: ReadonlyMap<number, StepFile>): MissingStep[] {
  const cached = missingStepCache.get(design);
  if (cached) return cached;
  const steps = design.catalogue.steps;
  const result = steps.filter((spec) => !held.has(spec.step) && !spec.optional).map((spec) => {
    const elsewhere = searchForStep(design, spec, steps);
    return { spec, ...(elsewhere ? { elsewhere } : {}) };
  });
  missingStepCache.set(design, result);
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
