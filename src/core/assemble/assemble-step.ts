/**
 * One step of the assembled document: the step file's blocks in order, front matter and comments
 * left out, headings moved one level down under the step's heading, gap notes where a section is
 * missing or empty. The file is re-parsed here (once per parsed document, cached) because the
 * StepDoc keeps only the `##` sections, not the whole tree.
 */
import type { Heading, RootContent } from 'mdast';
import {
  applyEditsInRange,
  sortEdits,
  commentDeletions,
  endOf,
  headingEdit,
  isCommentOnly,
  lineStart,
  startOf,
  walk,
  type TextEdit,
} from './assemble-edits';
import { BLOCK_SEPARATOR, closerFor, wouldMerge } from './assemble-boundaries';
import { escapeHeading, escapeInline, gapNote, lowerFirst } from './assemble-text';
import type { StepReport } from '../check/check';
import type { StepFile } from '../files/design';
import { partEnd, sectionFor } from '../markdown/parse';
import { basename } from '../files/paths';
import { trimEndOf } from '../markdown/text';
import type { StepSpec } from '../catalogue/step-types';

/** A heading the assembler emits: where it sits in its block and where it comes from. */
export interface BlockHeading {
  /** 0-based line within the block. */
  line: number;
  /** The heading as it reads in the output, as one ATX line without container markers such as `>`. */
  text: string;
  file: string;
  /** Offset into the source file's text (BOM included), or where the missing content would go. */
  offset: number;
  /** Set for headings the assembler made up for a missing step or section. */
  gap?: true;
  /** Set on the heading that opens a step. */
  step?: number;
}

/** A top-level block of the assembled document: Markdown with LF line ends and no trailing newline. */
export interface AssembledBlock {
  text: string;
  headings: BlockHeading[];
}

export interface StepBlocks {
  blocks: AssembledBlock[];
  /** Link reference labels the step file defines (lower case), so generated ones can avoid them. */
  definitions: string[];
  /**
   * Stand-ins for the file's link and footnote definitions (`[label]: #`, `[^label]: …`): heading
   * text can hold references, and they only read as links where their definitions exist.
   */
  references: string[];
}

const STEP_LEVEL = 2;

/** The blocks for a step with no file: a heading from the catalogue and a gap note. */
export function missingStepBlocks(spec: StepSpec, path: string): AssembledBlock[] {
  return [
    generatedHeading(2, spec.title, { file: path, offset: 0, gap: true, step: spec.step }),
    {
      text: gapNote(
        `step ${spec.step} has no file yet. Create \`${spec.fileName}\` in this design's folder. What it is for: ${escapeInline(lowerFirst(spec.purpose))}`,
      ),
      headings: [],
    },
  ];
}

export function stepBlocks(file: StepFile, spec: StepSpec, report: StepReport, showGaps: boolean): StepBlocks {
  const doc = file.doc;
  const body = doc.text.slice(doc.shift);
  const tree = doc.tree;
  const kept = tree.children.filter((node) => node.type !== 'yaml' && !(node.type === 'html' && isCommentOnly(node.value)));
  const first = kept[0];
  const stepHeading = first?.type === 'heading' && first.depth === 1 ? first : undefined;

  const edits: TextEdit[] = [];
  /** Each heading and the edit that rewrites it (where its line starts, what it becomes). */
  const headings = new Map<Heading, TextEdit>();
  const definitions: string[] = [];
  const references: string[] = [];
  walk(tree, (node, ancestors) => {
    if (node.type === 'heading') {
      const edit = headingEdit(body, node, node === stepHeading ? STEP_LEVEL : Math.min(6, Math.max(STEP_LEVEL + 1, node.depth + 1)));
      headings.set(node, edit);
      edits.push(edit);
    } else if (node.type === 'html' && !ancestors.some((ancestor) => ancestor.type === 'heading')) {
      edits.push(...commentDeletions(body, node));
    } else if (node.type === 'definition') {
      definitions.push(node.identifier.toLowerCase());
      references.push(`[${node.label ?? node.identifier}]: #`);
    } else if (node.type === 'footnoteDefinition') {
      references.push(`[^${node.label ?? node.identifier}]: .`);
    }
  });

  const emptyAt = new Set<number>();
  if (showGaps) {
    for (const artifact of report.artifacts) {
      const section = artifact.state === 'empty' ? sectionFor(doc, artifact.id) : undefined;
      if (section) emptyAt.add(section.headingRange.start - doc.shift);
    }
  }

  const blocks: AssembledBlock[] = [];
  if (!stepHeading) {
    const offset = doc.frontMatter?.range.end ?? doc.shift;
    blocks.push(generatedHeading(2, spec.title, { file: file.path, offset, step: spec.step }));
  }
  const sortedEdits = sortEdits(edits);
  const keptSet = new Set(kept);
  let dropped = false;
  let previous: AssembledBlock | undefined;
  for (const node of tree.children) {
    if (!keptSet.has(node)) {
      dropped ||= node.type === 'html';
      continue;
    }
    const block = emitBlock(body, node, sortedEdits, headings, file, doc.shift, node === stepHeading ? spec.step : undefined);
    if (node === kept[kept.length - 1]) {
      const closer = closerFor(node, block.text);
      if (closer) block.text += `\n${closer}`;
    }
    if (dropped && previous && wouldMerge(previous.text, block.text)) blocks.push({ text: BLOCK_SEPARATOR, headings: [] });
    blocks.push(block);
    previous = block;
    dropped = false;
    if (node.type === 'heading' && emptyAt.has(startOf(node))) {
      const artifact = report.artifacts.find((candidate) => sectionFor(doc, candidate.id)?.headingRange.start === startOf(node) + doc.shift);
      const summary = artifact ? spec.artifacts.find((candidate) => candidate.id === artifact.id)?.summary : undefined;
      const note = artifact?.notApplicable ? 'this section is marked not applicable but gives no reason.' : `this section is still empty.${whatBelongs(summary)}`;
      blocks.push({ text: gapNote(note), headings: [] });
    }
  }
  if (showGaps) blocks.push(...missingArtifactBlocks(spec, report, file));
  return { blocks, definitions, references };
}

function emitBlock(
  body: string,
  node: RootContent,
  edits: TextEdit[],
  headings: Map<Heading, TextEdit>,
  file: StepFile,
  shift: number,
  step: number | undefined,
): AssembledBlock {
  const start = lineStart(body, startOf(node));
  const end = endOf(node);
  const applied = applyEditsInRange(body, start, end, edits);
  const text = withoutTrailingBlankLines(applied.text);
  const found: BlockHeading[] = [];
  for (const [heading, edit] of headings) {
    const at = startOf(heading);
    if (at < startOf(node) || at >= end) continue;
    const line = countLineBreaks(applied.text.slice(0, applied.map(edit.start)));
    found.push({ line, text: edit.text, file: file.path, offset: at + shift, ...(heading === node && step !== undefined ? { step } : {}) });
  }
  return { text: text.replace(/\r\n?/g, '\n'), headings: found };
}

/** The text without the blank lines (and the line break) that end it; linear, unlike a `…+$` pattern. */
function withoutTrailingBlankLines(text: string): string {
  const contentEnd = trimEndOf(text, /[ \t\r\n]/).length;
  return /[\r\n]/.test(text.slice(contentEnd)) ? text.slice(0, contentEnd) : text;
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function missingArtifactBlocks(spec: StepSpec, report: StepReport, file: StepFile): AssembledBlock[] {
  const blocks: AssembledBlock[] = [];
  const name = basename(file.path);
  for (const artifact of report.artifacts) {
    if (artifact.state !== 'missing') continue;
    const summary = spec.artifacts.find((candidate) => candidate.id === artifact.id)?.summary;
    blocks.push(
      generatedHeading(3, artifact.title, { file: file.path, offset: partEnd(file.doc), gap: true }),
      {
        text: gapNote(`\`${name}\` has no "${escapeInline(artifact.title)}" section yet.${whatBelongs(summary)}`),
        headings: [],
      },
    );
  }
  return blocks;
}

function whatBelongs(summary: string | undefined): string {
  return summary ? ` What belongs here: ${escapeInline(lowerFirst(summary))}` : '';
}

function generatedHeading(level: number, title: string, source: Omit<BlockHeading, 'line' | 'text'>): AssembledBlock {
  const text = `${'#'.repeat(level)} ${escapeHeading(title)}`;
  return { text, headings: [{ line: 0, text, ...source }] };
}
