/** design-check: the core checker from a terminal or CI. */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { atLeast, checkDesign, forEachDesign, type DesignReport, type Finding } from '../core';
import { version } from '../../package.json';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { runAssemble } from './assemble-command';
import { relativeTo, toPosix } from './cli-paths';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { nodeFileSystem } from './node-file-system';
import { toCliReport, type CliReport } from './report-model';

export interface CliIo {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`design-check: ${error.message}. Run design-check --help for usage.\n`);
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
  const absolute = args.paths.map((given) => toPosix(path.resolve(io.cwd, given)));
  // One design at a time: only its findings are kept, not its parsed files (see bench/RESULTS.md).
  const reports: DesignReport[] = [];
  const discovery = await forEachDesign(nodeFileSystem, absolute, (design) => {
    reports.push(checkDesign(design, { rules: args.rules }));
  });
  if (discovery.errors.length > 0) {
    const given = new Map(absolute.map((file, index) => [file, args.paths[index] ?? file]));
    for (const error of discovery.errors) io.err(`design-check: ${given.get(error.path) ?? relativeTo(io.cwd, error.path)}: ${error.message.replace(/^.*?: /, '')}\n`);
    return 2;
  }
  const report = toCliReport(reports, (file) => relativeTo(io.cwd, file), focusFilter(absolute));
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
function focusFilter(absolute: string[]): (finding: Finding) => boolean {
  const files = new Set(absolute.filter((given) => statSync(given, { throwIfNoEntry: false })?.isFile()));
  const folders = absolute.filter((given) => !files.has(given)).map((folder) => (folder.endsWith('/') ? folder : `${folder}/`));
  if (files.size === 0) return () => true;
  return (finding) => files.has(finding.file) || folders.some((folder) => finding.file.startsWith(folder));
}
