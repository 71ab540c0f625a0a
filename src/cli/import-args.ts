/** Command-line parsing for `design-check import <file>`; every mistake becomes a one-line usage error. */
import { ArgReader, UsageError } from './args';
import type { ImportLayout } from '../core';

export interface ImportArgs {
  file: string;
  /** A file (one-file layout, `.md`) or a folder (either layout); see `import-command.ts` for the defaults. */
  out?: string;
  layout: ImportLayout;
  force: boolean;
  dryRun: boolean;
  help: boolean;
  /** `--config <file>`: place sections in this configuration's catalogue instead of the nearest one's. */
  config?: string;
}

export const IMPORT_USAGE = `Usage: design-check import <file> [--out <file or folder>] [--layout one-file|per-step]
                           [--force] [--dry-run]

Places each section of an existing Markdown document in a step and artifact of the design's
catalogue, prints where each one goes, and writes the design:
  one-file  (default) one Markdown file holding the steps as # headings; written to
            <name>.design.md beside the document unless --out names a .md file or a folder
  per-step  one file per step (01-justification.md …) in the folder --out names;
            default: a folder named after the document, beside it
Nothing is dropped or reworded. A section no artifact fits stays in the step of the section
before it, after the comment <!-- design-docs: unplaced --> (the unplaced-section rule
reports it until you place it).

Options:
  --out <file or folder>     where to write (see above)
  --layout one-file|per-step how to write the design (default: one-file)
  --force                    replace files that already exist (the document itself too,
                             to convert it in place with --out <file>)
  --config <file>            place sections in this configuration's steps (default: the
                             nearest .design-docs.yaml above the document, else the seven steps)
  --dry-run                  print the placement and the files it would write; write nothing
  -h, --help                 show this help

Exit codes: 0 written (or, with --dry-run, planned), 2 usage error, a file that exists
without --force, or a document that cannot be read.`;

const LAYOUTS: readonly ImportLayout[] = ['one-file', 'per-step'];

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const args: ImportArgs = { file: '', layout: 'one-file', force: false, dryRun: false, help: false };
  const files: string[] = [];
  const reader = new ArgReader(argv, 'import: ');
  for (const { arg, flag, value } of reader) {
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--out':
      case '-o': {
        const out = value();
        // `-` would be a file named "-": import writes files, never to standard output.
        if (out.trim() === '' || out === '-') throw new UsageError('import: --out needs a file or folder name');
        args.out = out;
        break;
      }
      case '--layout': {
        const layout = value();
        if (!(LAYOUTS as readonly string[]).includes(layout)) throw new UsageError(`import: --layout must be one-file or per-step, not "${layout}"`);
        args.layout = layout as ImportLayout;
        break;
      }
      case '--force':
        args.force = true;
        break;
      case '--dry-run':
        args.dryRun = true;
        break;
      case '--config':
        args.config = value();
        break;
      case '--':
        files.push(...reader.rest());
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`import: unknown option ${arg}`);
        files.push(arg);
    }
  }
  if (args.help) return args;
  if (files.length === 0) throw new UsageError('import needs the Markdown file to import, such as design-check import docs/proposal.md');
  if (files.length > 1) throw new UsageError(`import takes one file at a time, not ${files.length} (${files.join(', ')})`);
  args.file = files[0] ?? '';
  if (args.layout === 'per-step' && args.out !== undefined && /\.(?:md|markdown)$/i.test(args.out)) {
    throw new UsageError(`import: --layout per-step writes one file per step into a folder; --out names a file (${args.out})`);
  }
  return args;
}
