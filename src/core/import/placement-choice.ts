/**
 * The proposed placement as the user reviews it before an import: one row per section that holds
 * text, each with a choice among the same options (go with the section above; a step and one of its
 * artifacts; a step, unplaced). A choice is one string, so a select can hold it, and the user's
 * choices turn back into placements here, each checked against the document and the catalogue.
 */
import type { StepSpec } from '../catalogue/step-types';
import { plainText } from '../markdown/blocks';
import type { ImportSection, ImportSource } from './import-source';
import type { Placement } from './propose';

/** `parent`, `step:3` (the step, unplaced) or `step:3:throughput` (the step and an artifact). */
export type PlacementChoice = string;

export const WITH_PARENT: PlacementChoice = 'parent';

export interface ChoiceOption {
  value: PlacementChoice;
  step: number;
  stepTitle: string;
  /** Absent for "in this step, unplaced". */
  artifactTitle?: string;
}

export interface ProposalRow {
  section: number;
  /** 1-based line of the heading in the document (of the first block for the text before any heading). */
  line: number;
  /** Empty for the text before the first heading. */
  heading: string;
  /** How deep under the document's top level of headings: 0 for a top-level section and the preamble. */
  level: number;
  /** The section this one is a sub-section of: only then can `parent` be chosen. */
  parent?: number;
  choice: PlacementChoice;
  /** Why the proposal placed it so, in a sentence. */
  reason: string;
  /** The start of the section's own text, to tell sections apart at a glance. */
  excerpt: string;
}

const EXCERPT_LENGTH = 140;

export function choiceOf(placement: Placement): PlacementChoice {
  if (placement.withParent) return WITH_PARENT;
  return placement.artifact === undefined ? `step:${placement.step}` : `step:${placement.step}:${placement.artifact}`;
}

/** Every choice but `parent`, in catalogue order: each artifact of a step, then the step unplaced. */
export function choiceOptions(steps: readonly StepSpec[]): ChoiceOption[] {
  return steps.flatMap((step) => [
    ...step.artifacts.map((artifact) => ({ value: `step:${step.step}:${artifact.id}`, step: step.step, stepTitle: step.title, artifactTitle: artifact.title })),
    { value: `step:${step.step}`, step: step.step, stepTitle: step.title },
  ]);
}

/** Whether a section is shown for review: it has a heading or text of its own. */
export function sectionShown(source: ImportSource, section: ImportSection): boolean {
  return section.depth > 0 || source.text.slice(section.range.start, section.range.end).trim() !== '';
}

/** The rows the user reviews, in document order. */
export function proposalRows(source: ImportSource, placements: readonly Placement[]): ProposalRow[] {
  const shown = source.sections.filter((section) => sectionShown(source, section));
  const top = Math.min(6, ...shown.filter((section) => section.depth > 0).map((section) => section.depth));
  const byId = new Map(placements.map((placement) => [placement.section, placement]));
  return shown.flatMap((section) => {
    const placement = byId.get(section.id);
    if (!placement) return [];
    return [
      {
        section: section.id,
        line: section.line,
        heading: section.heading,
        level: section.depth === 0 ? 0 : Math.max(0, section.depth - top),
        ...(section.parent === undefined ? {} : { parent: section.parent }),
        choice: choiceOf(placement),
        reason: placement.reason,
        excerpt: excerptOf(section),
      },
    ];
  });
}

function excerptOf(section: ImportSection): string {
  const text = section.nodes.map((node) => plainText(node)).join(' ').replace(/\s+/g, ' ').trim();
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

export type ChoicesApplied = { ok: true; placements: Placement[]; changed: number } | { ok: false; reason: string };

/**
 * The placements after the user's choices (by section id; a section not named keeps its proposal).
 * A choice that does not fit its section or the catalogue refuses the whole set, with the reason.
 */
export function applyChoices(source: ImportSource, proposed: readonly Placement[], choices: ReadonlyMap<number, PlacementChoice>, steps: readonly StepSpec[]): ChoicesApplied {
  const known = new Set(proposed.map((placement) => placement.section));
  for (const section of choices.keys()) {
    if (!known.has(section)) return { ok: false, reason: `the document has no section ${section}` };
  }
  const placements: Placement[] = [];
  let changed = 0;
  for (const placement of proposed) {
    const choice = choices.get(placement.section);
    if (choice === undefined || choice === choiceOf(placement)) {
      placements.push({ ...placement });
      continue;
    }
    const chosen = placementFor(source, placement.section, choice, steps);
    if (typeof chosen === 'string') return { ok: false, reason: chosen };
    placements.push(chosen);
    changed++;
  }
  followParents(source, placements);
  return { ok: true, placements, changed };
}

const CHOICE = /^step:(\d{1,4})(?::(.+))?$/s;

function placementFor(source: ImportSource, section: number, choice: PlacementChoice, steps: readonly StepSpec[]): Placement | string {
  const reason = 'you placed it here';
  if (choice === WITH_PARENT) {
    if (source.sections[section]?.parent === undefined) return `section ${section} has no section above it to go with`;
    return { section, step: 0, withParent: true, reason: 'you placed it with the section above it' };
  }
  const match = CHOICE.exec(choice);
  const step = match && steps.find((spec) => spec.step === Number(match[1]));
  if (!match || !step) return `"${choice.slice(0, 80)}" is not a step of this design`;
  const artifact = match[2];
  if (artifact === undefined) return { section, step: step.step, withParent: false, reason: 'you left it unplaced in this step' };
  if (!step.artifacts.some((spec) => spec.id === artifact)) return `step ${step.step} has no artifact "${artifact.slice(0, 80)}"`;
  return { section, step: step.step, artifact, withParent: false, reason };
}

/** A section going with its parent lands in the step its parent lands in. */
function followParents(source: ImportSource, placements: Placement[]): void {
  const byId = new Map(placements.map((placement) => [placement.section, placement]));
  for (const placement of placements) {
    let root = placement;
    const seen = new Set<number>();
    while (root.withParent && !seen.has(root.section)) {
      seen.add(root.section);
      const parent = byId.get(source.sections[root.section]?.parent ?? -1);
      if (!parent) break;
      root = parent;
    }
    if (placement.withParent) placement.step = root.step;
  }
}

/** A section as found again in a changed document: its level, its heading, and which of its namesakes it is. */
function sectionKeys(source: ImportSource): Map<number, string> {
  const seen = new Map<string, number>();
  const keys = new Map<number, string>();
  for (const section of source.sections) {
    const name = `${section.depth}\u0000${section.heading.trim().toLowerCase()}`;
    const nth = seen.get(name) ?? 0;
    seen.set(name, nth + 1);
    keys.set(section.id, `${name}\u0000${nth}`);
  }
  return keys;
}

/**
 * The user's choices for `from`'s sections, carried to the same sections of `to` (the document
 * after an edit): a section is the same when its level and heading are, counting namesakes in
 * order. Choices for sections that are gone, or that no longer fit (`parent` on a section that
 * became top-level), are dropped.
 */
export function carryChoices(from: ImportSource, choices: ReadonlyMap<number, PlacementChoice>, to: ImportSource): Map<number, PlacementChoice> {
  const fromKeys = sectionKeys(from);
  const byKey = new Map<string, PlacementChoice>();
  for (const [section, choice] of choices) {
    const key = fromKeys.get(section);
    if (key !== undefined) byKey.set(key, choice);
  }
  const carried = new Map<number, PlacementChoice>();
  for (const [section, key] of sectionKeys(to)) {
    const choice = byKey.get(key);
    if (choice === undefined || (choice === WITH_PARENT && to.sections[section]?.parent === undefined)) continue;
    carried.set(section, choice);
  }
  return carried;
}
