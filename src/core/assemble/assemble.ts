/**
 * A design → one Markdown document: the title, a status table, the contents, then the seven steps
 * in order with each step's headings one level under the step's heading. User text is kept byte
 * for byte except heading markers, front matter and HTML comments; line ends become LF.
 */
import { escapeHeading, escapeInline } from './assemble-text';
import { missingStepBlocks, stepBlocks, type AssembledBlock } from './assemble-step';
import { artifactCounts, type ArtifactReport, type DesignReport, type StepReport } from '../check/check';
import type { Design } from '../files/design';
import { parseMarkdown } from '../markdown/parse';
import { joinPath } from '../files/paths';
import { headingSlugs } from '../markdown/slug';
import type { StepSpec } from '../catalogue/step-types';

export interface AssembleOptions {
  /** Show missing steps, missing sections and empty sections as marked gaps (default true). */
  showGaps: boolean;
}

/** Where a heading of the assembled document comes from, so a preview can open it at the source. */
export interface SourceMapEntry {
  /** 0-based line of the heading in the assembled Markdown. */
  line: number;
  /** The step file (as the design names it); for a missing step, the file it would be. */
  file: string;
  /** Offset of the heading in the file's text (BOM included); where missing content would go for gaps. */
  offset: number;
  /** Set when the heading stands for something missing: the file or section does not exist yet. */
  gap?: true;
  /** The heading's id in the rendered HTML (numbered like GitHub's when headings repeat). */
  id?: string;
}

export interface AssembledDocument {
  markdown: string;
  sourceMap: SourceMapEntry[];
}

interface StepPart {
  spec: StepSpec;
  report: StepReport | undefined;
  shown: boolean;
  slug?: string;
}

/** "In review" for `in-review`: a status as a label (statuses are the catalogue's own words). */
function statusLabel(status: StepReport['status']): string {
  if (status === 'missing') return 'No file yet';
  const words = status.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function assembleDesign(design: Design, report: DesignReport, options: AssembleOptions = { showGaps: true }): AssembledDocument {
  const blocks: AssembledBlock[] = [];
  const userLabels = new Set<string>();
  const references: string[] = [];
  const parts: StepPart[] = [];
  for (const spec of design.catalogue.steps) {
    const step = report.steps.find((candidate) => candidate.step === spec.step);
    const file = step?.file === undefined ? undefined : design.files.find((candidate) => candidate.path === step.file && (candidate.doc.step === step.step || !candidate.doc.part));
    if (file && step) {
      const assembled = stepBlocks(file, spec, step, options.showGaps);
      blocks.push(...assembled.blocks);
      assembled.definitions.forEach((label) => userLabels.add(label));
      references.push(...assembled.references);
      parts.push({ spec, report: step, shown: true });
    } else {
      if (options.showGaps) blocks.push(...missingStepBlocks(spec, joinPath(design.folder, spec.fileName)));
      parts.push({ spec, report: step, shown: options.showGaps });
    }
  }

  const title = `# ${escapeHeading(design.title)}`;
  const body = layout(blocks);
  const slugs = assignSlugs(title, body, parts, references);

  const header = [
    title,
    "Assembled from this design's step files: edit those, not this document.",
    '## Status',
    statusTable(parts, userLabels),
    '## Contents',
    contents(parts),
  ].join('\n\n');
  const bodyStart = lineCount(header) + 1;
  const sourceMap = body.headings.map(({ line, file, offset, gap }, index) => {
    const id = slugs[index];
    return { line: bodyStart + line, file, offset, ...(gap ? { gap } : {}), ...(id ? { id } : {}) };
  });
  return { markdown: `${header}\n\n${body.text}\n`, sourceMap };
}

/** The blocks joined by blank lines, and every heading's line in the result. */
function layout(blocks: AssembledBlock[]): { text: string; headings: (AssembledBlock['headings'][number] & { line: number })[] } {
  const headings: (AssembledBlock['headings'][number] & { line: number })[] = [];
  let line = 0;
  for (const block of blocks) {
    for (const heading of block.headings) headings.push({ ...heading, line: line + heading.line });
    line += lineCount(block.text) + 1;
  }
  return { text: blocks.map((block) => block.text).join('\n\n'), headings };
}

/**
 * Slugs come from parsing every heading as it will read in the output, in document order, so
 * duplicates are numbered exactly as the renderer (and GitHub, and markdownlint) number them.
 * Only the heading lines are parsed (with stand-ins for the definitions their references need),
 * not the whole document again.
 */
function assignSlugs(title: string, body: ReturnType<typeof layout>, parts: StepPart[], references: string[]): string[] {
  const generated = [title, '## Status', '## Contents'];
  const probe = [...generated, ...body.headings.map((heading) => heading.text), ...references].join('\n\n');
  const slugs = headingSlugs(parseMarkdown(probe)).map(({ slug }) => slug);
  body.headings.forEach((heading, index) => {
    if (heading.step === undefined) return;
    const part = parts.find((candidate) => candidate.spec.step === heading.step);
    const slug = slugs[generated.length + index];
    if (part && slug) part.slug = slug;
  });
  return slugs.slice(generated.length, generated.length + body.headings.length);
}

function statusTable(parts: StepPart[], userLabels: Set<string>): string {
  const rows = ['| Step | Status | Reviewers | Artifacts done |', '| --- | --- | --- | --- |'];
  const definitions: string[] = [];
  for (const part of parts) {
    const name = escapeInline(`${part.spec.step}. ${part.spec.title}`);
    let cell = name;
    if (part.shown && part.slug) {
      const label = uniqueLabel(`step-${part.spec.step}`, userLabels);
      cell = `[${name}][${label}]`;
      definitions.push(`[${label}]: #${part.slug}`);
    }
    const status = statusLabel(part.report?.status ?? 'missing');
    const reviewers = part.report?.reviewers.length ? part.report.reviewers.map(escapeInline).join(', ') : '—';
    const artifacts: readonly Pick<ArtifactReport, 'state' | 'optional'>[] =
      part.report?.artifacts ?? part.spec.artifacts.map((artifact) => ({ state: 'missing' as const, ...(artifact.optional ? { optional: true as const } : {}) }));
    const { done, total } = artifactCounts(artifacts);
    const notApplicable = artifacts.filter((artifact) => artifact.state === 'not-applicable').length;
    rows.push(`| ${cell} | ${status} | ${reviewers} | ${done}/${total}${notApplicable > 0 ? ` (${notApplicable} N/A)` : ''} |`);
  }
  // Reference links keep each row short enough for MD013 (a table row cannot be wrapped).
  return definitions.length > 0 ? `${rows.join('\n')}\n\n${definitions.join('\n')}` : rows.join('\n');
}

function contents(parts: StepPart[]): string {
  const items = parts
    .filter((part) => part.shown)
    .map((part) => {
      const name = escapeInline(`${part.spec.step}. ${part.spec.title}`);
      // Unlinked, "3. …" would open an ordered list inside the item.
      return part.slug ? `- [${name}](#${part.slug})` : `- ${name.replace(/^(\d+)\./, '$1\\.')}`;
    });
  return items.join('\n');
}

/** A link label no step file defines: `step-3`, else `step-3-status`, `step-3-status-2`, … */
function uniqueLabel(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let count = 1; ; count++) {
    const candidate = count === 1 ? `${base}-status` : `${base}-status-${count}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function lineCount(text: string): number {
  return (text.match(/\n/g)?.length ?? 0) + 1;
}
