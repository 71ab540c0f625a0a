/** `design-check import <file>`: place an existing document's sections in the steps, print where, write the design. */
import * as path from 'node:path';
import {
  decodeText,
  DEFAULT_MAX_FILE_BYTES,
  parseStepDoc,
  proposePlacement,
  readImportSource,
  CatalogueResolver,
  writeImport,
  type ImportedFile,
  type ImportSource,
  type Placement,
  type StepSpec,
} from '../core';
import { UsageError } from './args';
import { relativeTo, toPosix } from './cli-paths';
import { IMPORT_USAGE, parseImportArgs, type ImportArgs } from './import-args';
import type { CliIo } from './io';
import { nodeFileSystem } from './node-file-system';
import { printable } from './printable';
import { refusal, writeOutput } from './write-output';

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

export async function runImport(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string) => {
    io.err(`design-check: ${printable(message)}\n`);
    return 2;
  };
  let args: ImportArgs;
  try {
    args = parseImportArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}. Run design-check import --help for usage.`);
    throw error;
  }
  if (args.help) {
    io.out(IMPORT_USAGE + '\n');
    return 0;
  }
  const fs = io.fs ?? nodeFileSystem;
  const file = toPosix(path.resolve(io.cwd, args.file));
  const stat = await fs.stat(file);
  if (!stat) return fail(`${args.file}: no such file`);
  if (stat.type !== 'file') return fail(`${args.file} is not a file; import takes one Markdown document`);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return fail(`cannot read ${args.file} (${error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error)})`);
  }
  const decoded = decodeText(bytes, DEFAULT_MAX_FILE_BYTES);
  if (!decoded.ok) return fail(`cannot import ${args.file}: ${decoded.reason}`);
  // The catalogue the design will be checked with: the nearest configuration's (or --config's).
  const catalogue = await new CatalogueResolver(fs, args.config === undefined ? undefined : toPosix(path.resolve(io.cwd, args.config))).catalogueFor(toPosix(path.dirname(file)));
  const STEPS = catalogue.steps;
  const source = readImportSource(decoded.text);
  if (source.frontMatterFields['design-steps'] !== undefined) return fail(`${args.file} is a one-file design already (it has \`design-steps\`); there is nothing to import`);
  if (parseStepDoc(decoded.text, catalogue).isStepFile) return fail(`${args.file} is a step file of a design already (it has \`design-step\`); there is nothing to import`);
  const placements = proposePlacement(source, STEPS);
  const base = path.basename(file).replace(MARKDOWN_FILE, '');
  const files = writeImport(source, placements, STEPS, {
    layout: args.layout,
    sourceFolder: toPosix(path.dirname(file)),
    output: outputPath(args, file, base, io.cwd),
    fallbackTitle: base,
  });
  if (files.length === 0) return fail(`${args.file} holds no text to import`);
  io.out(placementTable(args.file, source, placements, STEPS));

  const refusals: string[] = [];
  for (const written of files) {
    const refused = await refusal({ file: written.path, designFiles: [], force: args.force, pathOption: '--out' });
    if (refused) refusals.push(`${relativeTo(io.cwd, written.path)} ${refused}`);
  }
  if (refusals.length > 0) {
    for (const refused of refusals) io.err(`design-check: ${printable(refused)}.\n`);
    io.err('design-check: nothing was written.\n');
    return 2;
  }
  if (args.dryRun) {
    io.out(`\nWould write (nothing written, --dry-run):\n${fileList(files, io.cwd)}`);
    return 0;
  }
  for (const [index, written] of files.entries()) {
    try {
      await writeOutput({ file: written.path, designFiles: [], force: args.force }, written.text);
    } catch (error) {
      const reason = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
      const done = files.slice(0, index).map((each) => relativeTo(io.cwd, each.path));
      const already = done.length > 0 ? ` (already written: ${done.join(', ')})` : '';
      return fail(`cannot write ${relativeTo(io.cwd, written.path)} (${reason})${already}`);
    }
  }
  const unplaced = placements.filter((placement) => placement.artifact === undefined && !placement.withParent && sectionHasText(source, placement.section)).length;
  const note = unplaced > 0 ? `\n${unplaced} section${unplaced === 1 ? '' : 's'} could not be placed: each is marked <!-- design-docs: unplaced --> for you to move.\n` : '';
  io.out(`\nWrote:\n${fileList(files, io.cwd)}${note}`);
  return 0;
}

/** The output file (one-file) or folder (per-step); see IMPORT_USAGE for the defaults. */
function outputPath(args: ImportArgs, file: string, base: string, cwd: string): string {
  const folder = path.dirname(file);
  if (args.layout === 'per-step') return toPosix(args.out === undefined ? path.join(folder, base) : path.resolve(cwd, args.out));
  if (args.out === undefined) return toPosix(path.join(folder, `${base}.design.md`));
  const out = path.resolve(cwd, args.out);
  return toPosix(MARKDOWN_FILE.test(out) ? out : path.join(out, `${base}.md`));
}

function fileList(files: readonly ImportedFile[], cwd: string): string {
  return files.map((each) => `  ${printable(relativeTo(cwd, each.path))} (step${each.steps.length === 1 ? '' : 's'} ${each.steps.join(', ')})\n`).join('');
}

function sectionHasText(source: ImportSource, id: number): boolean {
  const section = source.sections[id];
  return section !== undefined && (section.depth > 0 || section.nodes.length > 0);
}

/** Where each section goes, one line each, indented by the section's level. */
export function placementTable(file: string, source: ImportSource, placements: readonly Placement[], steps: readonly StepSpec[]): string {
  const lines = [`Placement of ${printable(file)}:`];
  const top = Math.min(...source.sections.filter((section) => section.depth > 0).map((section) => section.depth), 6);
  for (const placement of placements) {
    const section = source.sections[placement.section];
    if (!section || !sectionHasText(source, section.id)) continue;
    const name = section.depth === 0 ? '(text before the first heading)' : printable(section.heading);
    const label = `${String(section.line).padStart(5)}  ${'  '.repeat(Math.max(0, section.depth - top))}${name}`;
    lines.push(`${label}  →  ${destination(placement, steps)}`);
  }
  return lines.join('\n') + '\n';
}

function destination(placement: Placement, steps: readonly StepSpec[]): string {
  if (placement.withParent) return 'with the section above';
  const step = steps.find((spec) => spec.step === placement.step);
  const artifact = step?.artifacts.find((candidate) => candidate.id === placement.artifact);
  const where = artifact ? `step ${placement.step} ${artifact.title}` : `step ${placement.step}, unplaced`;
  return `${where}: ${placement.reason}`;
}
