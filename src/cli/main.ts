/** design-check: the core checker from a terminal or CI. */
import { version } from '../../package.json';
export type { CliIo } from './io';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import type { CliIo } from './io';
import { runAssemble } from './assemble-command';
import { runCheck } from './check-command';
import { runImport } from './import-command';
import { printable } from './printable';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // `design-check import …` is a sub-command; a folder named "import" is still checked as ./import
  if (argv[0] === 'import') return runImport(argv.slice(1), io);
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
  return runCheck(args, io);
}
