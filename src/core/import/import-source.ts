/**
 * An existing Markdown document cut into sections for import: every heading at any level opens a
 * section that runs to the next heading, whatever its level (the section's own text; its
 * sub-sections are the sections after it with a deeper level). Front matter and a title heading
 * are read apart, and the text before the first section is the preamble (section 0, no heading).
 */
import type { Definition, Heading, RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { headingText } from '../markdown/slug';
import { parseMarkdown } from '../markdown/parse';
import { BOM, detectEol, LineIndex } from '../markdown/text';
import type { OffsetRange } from '../types';

export interface ImportSection {
  /** 0 for the preamble, then 1, 2, … in document order. */
  id: number;
  /** The heading's text; empty for the preamble. */
  heading: string;
  /** 1–6; 0 for the preamble. */
  depth: number;
  /** The section this one is a sub-section of (the nearest shallower heading above it). */
  parent?: number;
  /** 1-based line of the heading (of the first block for the preamble). */
  line: number;
  /** The heading and the section's own text, up to the next heading (offsets into `ImportSource.text`). */
  range: OffsetRange;
  /** The heading's lines; absent for the preamble. */
  headingRange?: OffsetRange;
  headingNode?: Heading;
  /** The blocks under the heading, before the next heading. */
  nodes: RootContent[];
}

export interface ImportSource {
  /** The document without a BOM; every offset of a section is into this text. */
  text: string;
  eol: '\n' | '\r\n';
  /** The front matter's lines between the `---` fences, as written (no line break at the end). */
  frontMatterLines: string[];
  /** Its fields, read as YAML (empty when it is not valid YAML or not a mapping). */
  frontMatterFields: Record<string, unknown>;
  /** A heading that titles the whole document: inside the preamble's range, but not part of its text. */
  title?: { text: string; range: OffsetRange };
  /** Section 0 is the preamble (its range may be empty); the rest follow in document order. */
  sections: ImportSection[];
  /** Reference definitions by normalised label (the first one counts, as in CommonMark). */
  definitions: Map<string, Definition>;
}

/** How CommonMark compares reference labels: case-folded, runs of white space as one space. */
export function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function offsetOf(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

export function readImportSource(raw: string): ImportSource {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  const tree = parseMarkdown(text);
  const lines = new LineIndex(text);
  const blocks = [...tree.children];
  const source: ImportSource = {
    text,
    eol: detectEol(text),
    frontMatterLines: [],
    frontMatterFields: {},
    sections: [],
    definitions: new Map(),
  };
  let bodyStart = 0;
  const first = blocks[0];
  if (first?.type === 'yaml') {
    blocks.shift();
    source.frontMatterLines = first.value === '' ? [] : first.value.split(/\r?\n/);
    source.frontMatterFields = readFields(first.value);
    bodyStart = lineAfter(text, endOf(first));
  }
  // A document whose front matter names its design already keeps its title heading as a section.
  const titleIndex = typeof source.frontMatterFields['design'] === 'string' ? undefined : titleHeadingIndex(blocks, text);
  const title = titleIndex === undefined ? undefined : (blocks[titleIndex] as Heading);
  if (title) source.title = { text: headingText(title).trim(), range: { start: offsetOf(title), end: lineAfter(text, endOf(title)) } };

  const preamble: ImportSection = { id: 0, heading: '', depth: 0, line: 1, range: { start: bodyStart, end: text.length }, nodes: [] };
  source.sections.push(preamble);
  const open: ImportSection[] = [];
  let current = preamble;
  blocks.forEach((node, index) => {
    if (node.type === 'definition' && !source.definitions.has(labelKey(node.identifier))) source.definitions.set(labelKey(node.identifier), node);
    if (index === titleIndex) return;
    if (node.type !== 'heading') {
      if (current === preamble && preamble.nodes.length === 0) preamble.line = lines.position(offsetOf(node)).line + 1;
      current.nodes.push(node);
      return;
    }
    const start = offsetOf(node);
    current.range.end = start;
    while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= node.depth) open.pop();
    const parent = open[open.length - 1];
    current = {
      id: source.sections.length,
      heading: headingText(node).trim(),
      depth: node.depth,
      ...(parent ? { parent: parent.id } : {}),
      line: lines.position(start).line + 1,
      range: { start, end: text.length },
      headingRange: { start, end: endOf(node) },
      headingNode: node,
      nodes: [],
    };
    source.sections.push(current);
    open.push(current);
  });
  return source;
}

/** The offset of the start of the line after the one holding `offset` (or the end of the text). */
function lineAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

function readFields(yaml: string): Record<string, unknown> {
  try {
    const value: unknown = parseYaml(yaml);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Which block titles the document: its only `#` heading, when no other heading comes before it;
 * or a Setext heading (a line underlined with `===` or `---`) that opens the document, as gRFCs
 * write their title above `##` sections.
 */
function titleHeadingIndex(blocks: readonly RootContent[], text: string): number | undefined {
  const headings = blocks.flatMap((node, index) => (node.type === 'heading' ? [{ node, index }] : []));
  const first = headings[0];
  if (!first) return undefined;
  if (first.node.depth === 1 && headings.filter(({ node }) => node.depth === 1).length === 1) return first.index;
  const setext = !/^ {0,3}#/.test(text.slice(offsetOf(first.node), endOf(first.node)));
  return setext && first.index === 0 && first.node.depth <= 2 ? first.index : undefined;
}

/** The sections under `id` at any depth, in document order. */
export function descendantsOf(source: ImportSource, id: number): ImportSection[] {
  const result: ImportSection[] = [];
  const inside = new Set([id]);
  for (const section of source.sections) {
    if (section.parent !== undefined && inside.has(section.parent)) {
      inside.add(section.id);
      result.push(section);
    }
  }
  return result;
}
