/** design-check: the core checker from a terminal or CI. */
import * as path from 'node:path';
import { atLeast, checkDesign, forEachDesign, type DesignFileSystem, type DesignReport, type Finding } from '../core';
import { version } from '../../package.json';
export type { CliIo } from './io';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import type { CliIo } from './io';
import { runAssemble } from './assemble-command';
import { relativeTo, toPosix } from './cli-paths';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { nodeFileSystem } from './node-file-system';
import { printable } from './printable';
import { toCliReport, type CliReport } from './report-model';
import { unlistedFolderFindings, withoutPath } from './unlisted-folders';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`design-check: ${printable(error.message)}. Run design-check --help for usage.\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    io.out(USAGE + '\n');
    return 0;
  }
  if (args.version) {
    io.out(version + '\n');
    return 0;
  }
  if (args.assemble !== undefined) return runAssemble(args.assemble, args, io);
  const fs = io.fs ?? nodeFileSystem;
  const absolute = args.paths.map((given) => toPosix(path.resolve(io.cwd, given)));
  // One design at a time: only its findings are kept, not its parsed files (see bench/RESULTS.md).
  const reports: DesignReport[] = [];
  const discovery = await forEachDesign(fs, absolute, (design) => {
    reports.push(checkDesign(design, { rules: args.rules }));
  });
  // A path named on the command line that cannot be looked at is a usage error; a folder found
  // below it that cannot be listed is reported with the rest (see unlisted-folders.ts).
  const given = new Map(absolute.map((file, index) => [file, args.paths[index] ?? file]));
  const named = discovery.errors.filter((error) => given.has(error.path));
  if (named.length > 0) {
    // Printed with the path as the user typed it.
    for (const error of named) io.err(`design-check: ${printable(given.get(error.path) ?? error.path)}: ${printable(withoutPath(error))}\n`);
    return 2;
  }
  const relative = (file: string) => relativeTo(io.cwd, file);
  const report = toCliReport(reports, relative, await focusFilter(fs, absolute));
  report.findings.push(...unlistedFolderFindings(discovery.errors, args.rules, relative));
  io.out(render(report, args));
  if (args.failOn === 'never') return 0;
  return report.findings.some((finding) => atLeast(finding.severity, args.failOn as Finding['severity'])) ? 1 : 0;
}

function render(report: CliReport, args: CliArgs): string {
  switch (args.format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'sarif':
      return formatSarif(report, version);
    default:
      return formatText(report);
  }
}

/**
 * Files named on the command line are checked with the rest of their design (for the cross-step
 * rules), but only their own findings are reported, unless a folder argument covers the others.
 */
async function focusFilter(fs: DesignFileSystem, absolute: string[]): Promise<(finding: Finding) => boolean> {
  const stats = await Promise.all(absolute.map((given) => fs.stat(given).catch(() => undefined)));
  const files = new Set(absolute.filter((_given, index) => stats[index]?.type === 'file'));
  const folders = absolute.filter((given) => !files.has(given)).map((folder) => (folder.endsWith('/') ? folder : `${folder}/`));
  if (files.size === 0) return () => true;
  return (finding) => files.has(finding.file) || folders.some((folder) => finding.file.startsWith(folder));
}
