/** `design-check --assemble <design folder> [-o file.md|file.html]`: one document for CI to publish. */
import * as path from 'node:path';
import { assembleDesign, checkDesign, discoverDesigns, htmlDocument, rebaseImageSrc, renderMarkdown } from '../core';
import type { CliArgs } from './args';
import { relativeTo, toPosix } from './cli-paths';
import type { CliIo } from './io';
import { nodeFileSystem } from './node-file-system';
import { printable } from './printable';
import { refusal, writeOutput, type OutputTarget } from './write-output';

export async function runAssemble(given: string, args: CliArgs, io: CliIo): Promise<number> {
  const usage = (message: string) => {
    io.err(`design-check: ${printable(message)}. Run design-check --help for usage.\n`);
    return 2;
  };
  const fs = io.fs ?? nodeFileSystem;
  const folder = toPosix(path.resolve(io.cwd, given));
  const stat = await fs.stat(folder);
  if (!stat) return usage(`${given}: no such folder`);
  if (stat.type !== 'directory') return usage(`${given} is not a folder; --assemble takes the folder that holds a design's step files`);

  const discovery = await discoverDesigns(fs, [folder]);
  const design = discovery.designs.find((candidate) => candidate.folder === folder);
  if (!design) {
    const below = discovery.designs.map((candidate) => relativeTo(io.cwd, candidate.folder));
    const hint = below.length > 0 ? `; designs below it: ${below.join(', ')}` : '';
    return usage(`${given} holds no step files (Markdown files with \`design-step\` in their front matter)${hint}`);
  }

  const report = checkDesign(design, { rules: args.rules });
  const { markdown } = assembleDesign(design, report, { showGaps: !args.hideGaps });
  if (args.output === undefined) {
    io.out(markdown);
    return 0;
  }

  const target = path.resolve(io.cwd, args.output);
  const output: OutputTarget = { file: target, designFiles: [...design.files, ...design.unreadable].map((file) => file.path), force: args.force };
  const refused = await refusal(output);
  if (refused) return usage(`${args.output} ${refused}`);
  const html = /\.html?$/i.test(target);
  const text = html
    ? htmlDocument({
        title: design.title,
        body: renderMarkdown(markdown, { allowRemoteImages: true, mapImageSrc: (src) => rebaseImageSrc(src, design.folder, toPosix(path.dirname(target))) }),
      })
    : markdown;
  try {
    await writeOutput(output, text);
  } catch (error) {
    const reason = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
    if (reason === 'EEXIST' && (error as { syscall?: string }).syscall === 'open') {
      return usage(`${args.output} appeared while the design was being assembled; pass --force to replace it, or choose another path with -o`);
    }
    io.err(`design-check: cannot write ${printable(args.output)} (${printable(reason)}).\n`);
    return 2;
  }
  const gaps = report.steps.filter((step) => !step.complete).length;
  const state = gaps === 0 ? 'every step complete' : `${gaps} of ${report.steps.length} steps not complete yet`;
  io.out(`Assembled "${printable(design.title)}" into ${printable(relativeTo(io.cwd, target))} (${state}).\n`);
  return 0;
}
