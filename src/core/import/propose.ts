/**
 * Where each section of an imported document goes: a step and an artifact, or a step only (an
 * unplaced section, kept where it was read). In document order, each section is placed:
 *  1. by its heading: the catalogue's titles and aliases with the near-miss matcher (plurals,
 *     "Step 2:" prefixes, "API changes"). A heading that only contains a name counts when it adds
 *     one word to it besides little words ("Call credentials", "Scale the design"): a longer one
 *     ("Use case: user pays a bill") is about something else and merely mentions the name. The
 *     system's own name, written as a name in the title ("OTLP/HTTP", "gRPC"), is no extra word;
 *  2. else, when nothing above it is placed, by what its own blocks show (see content-cues.ts);
 *  3. else it goes with the section above it (a sub-section travels with its parent), or, at the
 *     top, stays unplaced in the step of the section before it.
 * A sub-section whose heading names another artifact than its parent's leaves it for its own.
 */
import type { Nodes } from 'mdast';
import type { ArtifactSpec, StepSpec } from '../catalogue/step-types';
import { plainText } from '../markdown/blocks';
import { normalizeName } from '../markdown/text';
import { headingWords, matchHeading } from '../markdown/heading-match';
import { artifactsForCue, cuesOf, CUE_REASONS } from './content-cues';
import type { ImportSection, ImportSource } from './import-source';

export interface Placement {
  section: number;
  /** The step the section goes to (for one that goes with its parent: the parent's, as proposed). */
  step: number;
  /** The artifact's id; undefined for a section that is kept but not placed. */
  artifact?: string;
  /** True when the section goes wherever its parent goes (its step and artifact follow the parent's). */
  withParent: boolean;
  /** Why, in a sentence for the user. */
  reason: string;
}

/**
 * How many words (not counting little words such as "the" or "and") a heading may add to the name
 * it contains and still name the artifact: "API changes", "Call credentials"; "gRPC service
 * definition" is about the API, not about "Services", and "Outline use cases and constraints" not
 * about the use cases alone.
 */
const MAX_EXTRA_WORDS = { title: 1, alias: 1 } as const;
const LITTLE_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'with', 'vs', 'our']);

interface CatalogueMatch {
  step: StepSpec;
  artifact: ArtifactSpec;
  closeness: 0 | 1 | 2;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/** The longest of the artifact's names that `words` contain, in words. */
function longestName(artifact: ArtifactSpec, words: readonly string[]): number {
  let longest = 0;
  for (const name of [artifact.title, ...artifact.aliases]) {
    const run = headingWords(name);
    if (run.length > longest && run.length > 0 && containsRun(words, run)) longest = run.length;
  }
  return longest;
}

/**
 * The artifact of the whole catalogue a heading names. The closest match wins; among equally close
 * ones, the one in the step the reader is in (`nearStep`: "Scale the design" after the component
 * design is about scaling those components), else the earliest step.
 */
export function matchInCatalogue(steps: readonly StepSpec[], heading: string, nearStep?: number, ownName: ReadonlySet<string> = new Set()): CatalogueMatch | undefined {
  const words = headingWords(heading);
  // the system's own name is no subject of its own: "OTLP/HTTP protocol details" are its protocol details
  const counted = words.filter((word) => !LITTLE_WORDS.has(word) && !ownName.has(word));
  let best: CatalogueMatch | undefined;
  for (const step of steps) {
    const match = matchHeading(step.artifacts, heading);
    if (!match) continue;
    const extra = counted.length - longestName(match.artifact, counted);
    if (match.closeness < 2 && extra > (match.closeness === 1 ? MAX_EXTRA_WORDS.title : MAX_EXTRA_WORDS.alias)) continue;
    const closer = !best || match.closeness > best.closeness || (match.closeness === best.closeness && step.step === nearStep && best.step.step !== nearStep);
    if (closer) best = { step, artifact: match.artifact, closeness: match.closeness };
  }
  return best;
}

function headingReason(match: CatalogueMatch, heading: string): string {
  const title = match.artifact.title;
  if (match.closeness < 2) return `the heading names ${title}`;
  return headingWords(heading).join(' ') === headingWords(title).join(' ') ? `the heading is ${title}` : `the heading is another name for ${title}`;
}

/** The proposed placement of every section of `source`, in document order (section 0, the preamble, first). */
export function proposePlacement(source: ImportSource, steps: readonly StepSpec[]): Placement[] {
  const placements: Placement[] = [];
  const byId = new Map<number, Placement>();
  /** The step and artifact a section ends up in, following parents. */
  const effective = (id: number | undefined): Placement | undefined => {
    let placement = id === undefined ? undefined : byId.get(id);
    while (placement?.withParent) placement = byId.get(source.sections[placement.section]?.parent ?? -1);
    return placement;
  };
  const recurring = recurringHeadings(source);
  const containers = containerSections(source);
  const ownName = ownNameWords(source);
  /** The step the section before landed in: where an unplaced section stays. */
  let lastStep: number | undefined;
  const leading: Placement[] = [];
  for (const section of source.sections) {
    const placement = placeOne(section, { parent: effective(section.parent), lastStep, steps, recurring, containers, ownName });
    placements.push(placement);
    byId.set(section.id, placement);
    if (placement.artifact === undefined && !placement.withParent) {
      if (lastStep === undefined) leading.push(placement);
      else placement.step = lastStep;
    }
    const landed = effective(section.id);
    if (landed && (landed.artifact !== undefined || lastStep !== undefined)) lastStep = landed.step;
  }
  // Unplaced sections before anything was placed go to the first step something was placed in.
  const firstStep = placements.find((placement) => placement.artifact !== undefined && !placement.withParent)?.step ?? steps[0]?.step ?? 1;
  for (const placement of leading) placement.step = firstStep;
  for (const placement of placements) {
    if (placement.withParent) placement.step = effective(placement.section)?.step ?? placement.step;
  }
  return placements;
}

/** A word written as a name rather than as English: "OTLP", "gRPC", "EndpointSlice". */
const NAME_SHAPED = /^[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/;

/**
 * The name-shaped words of the document's title heading (or front matter `title`): the system's
 * name, as headings repeat it. Ordinary title words ("Retry" of "gRPC Retry Design") still count.
 */
function ownNameWords(source: ImportSource): Set<string> {
  const title = source.title?.text ?? source.frontMatterFields['title'];
  if (typeof title !== 'string') return new Set();
  return new Set(title.split(/[^A-Za-z0-9]+/).filter((word) => NAME_SHAPED.test(word)).flatMap((word) => headingWords(word)));
}

interface PlaceContext {
  parent: Placement | undefined;
  lastStep: number | undefined;
  steps: readonly StepSpec[];
  recurring: ReadonlySet<string>;
  containers: ReadonlySet<number>;
  /** The name-shaped words of the document's title: the system's name, as headings repeat it. */
  ownName: ReadonlySet<string>;
}

/** Of all the words under a container's heading, at most this share is its own text. */
const CONTAINER_SHARE = 0.2;

/** Sections whose own text is a small part of what is written under them, the rest in sub-sections. */
function containerSections(source: ImportSource): Set<number> {
  const own = source.sections.map((section) => section.nodes.reduce((sum, node) => sum + wordCount(plainText(node)), 0));
  const total = [...own];
  for (const section of [...source.sections].reverse()) {
    if (section.parent !== undefined) total[section.parent] = (total[section.parent] ?? 0) + (total[section.id] ?? 0);
  }
  return new Set(source.sections.filter((section) => (own[section.id] ?? 0) <= CONTAINER_SHARE * (total[section.id] ?? 0)).map((section) => section.id));
}

/**
 * Headings written under several sections ("Assumptions" and "Goals" under each growth stage,
 * "Example" under each heuristic): they describe their section, not an artifact of the design.
 */
function recurringHeadings(source: ImportSource): Set<string> {
  const seen = new Set<string>();
  const recurring = new Set<string>();
  for (const section of source.sections) {
    if (section.parent === undefined) continue;
    const key = normalizeName(section.heading);
    if (seen.has(key)) recurring.add(key);
    seen.add(key);
  }
  return recurring;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function linkedWords(node: Nodes): number {
  if (node.type === 'link' || node.type === 'linkReference') return wordCount(plainText(node));
  return 'children' in node ? (node.children as Nodes[]).reduce((sum, child) => sum + linkedWords(child), 0) : 0;
}

/**
 * A section that is a reading list: a third or more of its words are links ("See [Latency numbers every
 * programmer should know](…)"). It points to where a topic is written, so its heading names a
 * topic, not content of the design.
 */
function pointsElsewhere(section: ImportSection): boolean {
  const linked = section.nodes.reduce((sum, node) => sum + linkedWords(node), 0);
  const total = section.nodes.reduce((sum, node) => sum + wordCount(plainText(node)), 0);
  return linked > 0 && linked * 3 >= total;
}

function placeOne(section: ImportSection, context: PlaceContext): Placement {
  const { parent, lastStep, steps } = context;
  const base = { section: section.id };
  const byHeading = section.depth > 0 && !pointsElsewhere(section) && !(section.parent !== undefined && context.recurring.has(normalizeName(section.heading)));
  const match = byHeading ? matchInCatalogue(steps, section.heading, parent?.step ?? lastStep, context.ownName) : undefined;
  // Leaving a placed parent takes a heading that names the artifact itself or contains its title
  // ("Feature gate" under "Details" merely contains an alias, "Features"), unless the parent is a
  // mere container ("## Design" with a line of text above its sub-sections): then the sub-sections
  // are what the document has to say, each on its own.
  const leaves = parent?.artifact === undefined || (match !== undefined && match.closeness >= 1) || context.containers.has(section.parent ?? -1);
  if (match && match.artifact.id !== parent?.artifact && leaves) {
    return { ...base, step: match.step.step, artifact: match.artifact.id, withParent: false, reason: headingReason(match, section.heading) };
  }
  if (parent?.artifact !== undefined) {
    return { ...base, step: parent.step, artifact: parent.artifact, withParent: true, reason: 'it is part of the section above it' };
  }
  for (const cue of pointsElsewhere(section) ? [] : cuesOf(section.nodes)) {
    const candidates = artifactsForCue(steps, cue);
    const chosen = candidates.find((candidate) => candidate.step.step === (parent?.step ?? lastStep)) ?? candidates[0];
    if (chosen) return { ...base, step: chosen.step.step, artifact: chosen.artifact.id, withParent: false, reason: CUE_REASONS[cue] };
  }
  if (parent) return { ...base, step: parent.step, withParent: true, reason: 'it is part of the section above it, which is not placed either' };
  return { ...base, step: lastStep ?? steps[0]?.step ?? 1, withParent: false, reason: 'no artifact fits it; it stays in the step of the section before it' };
}
