/** Check throughput: the core checker vs markdownlint's default rules vs a bare parse, over the same texts. */
import type { LintResults } from 'markdownlint';
import { lint } from 'markdownlint/promise';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CatalogueResolver, checkDesign, designsFrom, forEachDesign, parseStepDoc, type DesignReport, type LoadedFile } from '../src/core';
import { stepFileSyntax } from '../src/core/markdown/markdown-syntax';
import type { GeneratedFile } from './generate';
import { MemoryFileSystem } from './memory-fs';
import { interleaveChunks, matchedRatio, ratio, type Limits, type Timing } from './timing';

/** markdownlint recurses once per string it lints synchronously; batches keep its stack shallow. */
export const MARKDOWNLINT_BATCH = 100;

const bareProcessor = unified().use(remarkParse);

/** CommonMark only: what any Markdown tool must at least do with the text. */
export function bareParse(text: string): unknown {
  return bareProcessor.parse(text);
}

const grammarProcessor = unified().use(remarkParse).use(stepFileSyntax);

/**
 * The grammar the checker needs (CommonMark + GFM tables, task lists… + YAML front matter) through
 * remark, to an mdast tree: the tree the checker's own parser must build (it skips remark's work
 * that changes nothing, so it can cost less than this).
 */
export function grammarParse(text: string): unknown {
  return grammarProcessor.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
}

/** Text → loaded files, as discovery does after reading them. */
export function loadAll(files: readonly GeneratedFile[], onStep?: () => void): LoadedFile[] {
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    const doc = parseStepDoc(file.text);
    loaded.push({ path: file.path, explicit: false, outcome: doc.isStepFile ? { kind: 'step', file: { path: file.path, doc } } : { kind: 'other' } });
    onStep?.();
  }
  return loaded;
}

/** Every file parsed, then every design checked, all kept: how the editor holds a workspace. */
export function checkAll(files: readonly GeneratedFile[], onStep?: () => void, keep?: LoadedFile[]): DesignReport[] {
  const loaded = loadAll(files, onStep);
  keep?.push(...loaded);
  return designsFrom(loaded).map((design) => {
    const report = checkDesign(design);
    onStep?.();
    return report;
  });
}

/** markdownlint's default rule set (`default: true`) through its promise API, on the same strings. */
export async function markdownlintAll(files: readonly GeneratedFile[], batch = MARKDOWNLINT_BATCH, onStep?: () => void): Promise<LintResults[]> {
  const all: LintResults[] = [];
  for (let start = 0; start < files.length; start += batch) {
    const strings = Object.fromEntries(files.slice(start, start + batch).map((file) => [file.path, file.text]));
    all.push(await lint({ strings, config: { default: true } }));
    onStep?.();
  }
  return all;
}

function issueCount(all: LintResults[]): number {
  return all.reduce((sum, results) => sum + Object.values(results).reduce((count, list) => count + list.length, 0), 0);
}

export interface ThroughputResult {
  bare: Timing;
  /** Ran on a third of the chunks each pass; compare it with `matchedRatio`. */
  grammar: Timing;
  check: Timing;
  markdownlint: Timing;
  findings: number;
  markdownlintIssues: number;
  chunks: number;
}

/** The files split into `count` runs of whole designs. */
function chunksOf(files: readonly GeneratedFile[], count: number): GeneratedFile[][] {
  const designs = new Set(files.map((file) => file.design)).size;
  const size = Math.ceil(designs / count);
  const chunks: GeneratedFile[][] = Array.from({ length: count }, () => []);
  for (const file of files) chunks[Math.min(count - 1, Math.floor(file.design / size))]?.push(file);
  return chunks.filter((chunk) => chunk.length > 0);
}

const CHUNKS = 6;
const ROOT = '/workspace';

/**
 * The checker as a batch check runs it: `forEachDesign` over the files (from memory, so no disk
 * I/O), one design read, parsed and checked at a time, each with the catalogue of the nearest
 * configuration file (there is none here: the lookup itself is what is measured).
 */
async function batchCheck(fs: MemoryFileSystem): Promise<number> {
  let findings = 0;
  const catalogues = new CatalogueResolver(fs);
  await forEachDesign(
    fs,
    [ROOT],
    (design) => {
      findings += checkDesign(design).findings.length;
    },
    { catalogueFor: (folder) => catalogues.catalogueFor(folder) },
  );
  return findings;
}

export async function measureThroughput(files: readonly GeneratedFile[], limits: Limits, log: (line: string) => void): Promise<ThroughputResult> {
  const chunks = chunksOf(files, Math.min(CHUNKS, files.length));
  const systems = chunks.map((chunk) => new MemoryFileSystem(chunk.map((file) => [`${ROOT}/${file.path}`, file.text])));
  const of = (chunk: number) => chunks[chunk] ?? [];
  let findings = 0;
  let markdownlintIssues = 0;
  const [bare, grammar, check, markdownlint] = await interleaveChunks(
    [
      { name: 'bare remark-parse', run: (chunk) => of(chunk).forEach((file) => bareParse(file.text)) },
      {
        name: 'remark-parse + gfm + frontmatter',
        run: (chunk) => of(chunk).forEach((file) => grammarParse(file.text)),
        // Its ratio to the bare parse is steady; a third of the files each pass keeps the run short.
        covers: (chunk, pass) => chunk % 3 === pass % 3,
      },
      {
        name: 'checker (forEachDesign + checkDesign)',
        run: async (chunk) => {
          const found = await batchCheck(systems[chunk] ?? new MemoryFileSystem([]));
          if (chunk === 0) findings = 0;
          findings += found;
        },
      },
      {
        name: 'markdownlint (default rules)',
        run: async (chunk) => {
          const issues = issueCount(await markdownlintAll(of(chunk)));
          if (chunk === 0) markdownlintIssues = 0;
          markdownlintIssues += issues;
        },
      },
    ],
    chunks.length,
    limits,
    0,
    (pass, elapsed) => log(`  throughput pass ${pass + 1} done (${(elapsed / 1000).toFixed(0)} s)`),
  );
  if (!bare || !grammar || !check || !markdownlint) throw new Error('missing timing');
  return { bare, grammar, check, markdownlint, findings, markdownlintIssues, chunks: chunks.length };
}

/** Same-grammar parse / bare parse, over the chunks both ran on. */
export function grammarCost(t: ThroughputResult): { value: number; low: number; high: number } {
  return matchedRatio(t.grammar, t.bare);
}

/** What the checker adds on top of a same-grammar parse: (checker / bare) / (grammar / bare). */
export function rulesCost(t: ThroughputResult): number {
  return ratio(t.check, t.bare).value / grammarCost(t).value;
}

/** The same-grammar parse of every file, estimated from the chunks it ran on. */
export function grammarEstimate(t: ThroughputResult): Timing {
  const factor = grammarCost(t).value;
  return { ...t.grammar, name: `${t.grammar.name} (est. from ⅓ of the files per pass)`, samples: t.bare.samples.map((value) => value * factor), median: t.bare.median * factor, min: t.bare.min * factor, max: t.bare.max * factor, wallMedian: t.bare.wallMedian * factor };
}
