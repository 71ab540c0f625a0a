/** Command-line parsing for design-check; every mistake becomes a one-line usage error. */
import { LEVELS, RULE_IDS, type RuleConfig } from '../core';
import type { RuleLevel } from '../core';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
export type FailOn = 'error' | 'warning' | 'info' | 'never';

export interface CliArgs {
  paths: string[];
  format: OutputFormat;
  rules: RuleConfig;
  failOn: FailOn;
  help: boolean;
  version: boolean;
  /** `--assemble <design folder>`: print or write the design as one document instead of checking. */
  assemble?: string;
  /** `-o/--output <file>` with `--assemble`: `.md` for Markdown, `.html` for a web page. */
  output?: string;
  /** `--hide-gaps` with `--assemble`: leave missing steps and sections out instead of marking them. */
  hideGaps: boolean;
  /** `--force` with `-o`: replace an existing output file (never a step file of the design, a folder or a link). */
  force: boolean;
  /** `--changed-since <git ref>`: check only the designs with a file changed since that ref (see git-changes.ts). */
  changedSince?: string;
  /** `--summary <file>`: append a Markdown completeness table per design to this file. */
  summary?: string;
  /** `--cache`, or `--cache-location <file>` (which implies it): reuse the findings of unchanged designs. */
  cache: boolean;
  cacheLocation?: string;
  /** `--config <file>`: the configuration for every design checked, instead of the nearest `.design-docs.yaml`. */
  config?: string;
}

export class UsageError extends Error {}

/** One argument as read: the flag (a long flag's part before `=`) and the value written after `=`. */
export interface ReadArg {
  arg: string;
  flag: string;
  inline: string | undefined;
}

/** Reads a command line one argument at a time; `--flag=value` and `--flag value` alike. */
export class ArgReader {
  private index = -1;

  /** `prefix` starts each usage message ("import: "). */
  constructor(
    private readonly argv: readonly string[],
    private readonly prefix = '',
  ) {}

  /** Each argument with its flag and a way to take the flag's value (which then is not read as an argument). */
  *[Symbol.iterator](): Generator<ReadArg & { value: () => string }> {
    for (let read = this.next(); read; read = this.next()) {
      const current = read;
      yield { ...current, value: () => this.value(current) };
    }
  }

  private next(): ReadArg | undefined {
    this.index++;
    if (this.index >= this.argv.length) return undefined;
    const arg = this.argv[this.index] ?? '';
    const cut = arg.startsWith('--') ? arg.indexOf('=') : -1;
    return cut < 0 ? { arg, flag: arg, inline: undefined } : { arg, flag: arg.slice(0, cut), inline: arg.slice(cut + 1) };
  }

  /** The flag's value: after its `=`, else the next argument, which must not be an option (`-` is stdin). */
  private value(read: ReadArg): string {
    if (read.inline !== undefined) return read.inline;
    const next = this.argv[this.index + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${this.prefix}${read.flag} needs a value`);
    this.index++;
    return next;
  }

  /** Every argument after the current one (after `--`), which ends the reading. */
  rest(): string[] {
    const rest = this.argv.slice(this.index + 1);
    this.index = this.argv.length;
    return rest;
  }
}

export const USAGE = `Usage: design-check [paths…] [options]
       design-check --assemble <design folder> [-o file.md|file.html [--force]] [--hide-gaps]
       design-check import <file> [--out <file or folder>] [--layout one-file|per-step]
                                  [--force] [--dry-run]   (see design-check import --help)

Checks the system design docs (Markdown step files) under the given files or folders
(default: the current folder) and reports what is missing. Each design is checked with
the nearest .design-docs.yaml at or above its folder (its catalogue, statuses and rule
levels), or with the built-in seven steps when there is none.

With --assemble, joins one design's step files into a single document instead: title,
status table, contents, then each step of its catalogue. Without -o it prints the Markdown.

Options:
  --format text|json|sarif|github
                             output format (default: text); github prints GitHub
                             workflow commands: an annotation on each finding's line
  --rule <id>=<level>        change a rule's level: off, info, warning or error (repeatable)
  --fail-on <level>          exit 1 when findings at or above this level remain:
                             error, warning (default), info or never
  --changed-since <ref>      check only the designs with a file changed since the git
                             ref (committed since the merge base, or not committed yet)
  --summary <file>           append a Markdown table per design to the file (such as
                             $GITHUB_STEP_SUMMARY); never overwrites it
  --config <file>            use this configuration for every design instead of the
                             nearest .design-docs.yaml above each design
  --cache                    reuse the results of designs whose files did not change
  --cache-location <file>    where the cache lives (default: .design-check-cache);
                             implies --cache
  --assemble <folder>        assemble the design in this folder into one document
  -o, --output <file>        with --assemble: write Markdown (.md) or a web page (.html);
                             a file that already exists is left alone unless --force
  --force                    with -o: replace an existing file. Never replaces a step
                             file of the design, and never writes to a folder or
                             through a symbolic link
  --hide-gaps                with --assemble: leave out missing steps and sections
                             instead of marking them as gaps
  -h, --help                 show this help
  --version                  show the version

Exit codes: 0 complete (or assembled), 1 findings at or above --fail-on, 2 usage error
(or git, or the --summary file, failing).`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { paths: [], format: 'text', rules: {}, failOn: 'warning', help: false, version: false, hideGaps: false, force: false, cache: false };
  const rules: Record<string, RuleLevel> = {};
  const reader = new ArgReader(argv);
  for (const { arg, flag, value } of reader) {
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--version':
        args.version = true;
        break;
      case '--format':
        args.format = oneOf(value(), FORMATS, '--format');
        break;
      case '--fail-on':
        args.failOn = oneOf(value(), FAIL_ON, '--fail-on');
        break;
      case '--rule': {
        const [id, level] = splitRule(value());
        rules[id] = level;
        break;
      }
      case '--assemble':
        args.assemble = value();
        break;
      case '-o':
      case '--output':
        args.output = outputFile(value());
        break;
      case '--hide-gaps':
        args.hideGaps = true;
        break;
      case '--force':
        args.force = true;
        break;
      case '--changed-since':
        args.changedSince = gitRef(value());
        break;
      case '--summary':
        args.summary = nonEmpty(value(), '--summary');
        break;
      case '--cache':
        args.cache = true;
        break;
      case '--config':
        args.config = nonEmpty(value(), '--config');
        break;
      case '--cache-location':
        args.cacheLocation = nonEmpty(value(), '--cache-location');
        args.cache = true;
        break;
      case '--':
        args.paths.push(...reader.rest());
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        args.paths.push(arg);
    }
  }
  args.rules = rules;
  if (args.assemble !== undefined) {
    const checkOnly = (['changedSince', 'summary', 'cacheLocation'] as const).filter((key) => args[key] !== undefined);
    if (checkOnly.length > 0 || args.cache) throw new UsageError(`--assemble does not check, so it takes no ${checkOnly.length > 0 ? FLAG_OF[checkOnly[0] ?? 'summary'] : '--cache'}`);
    if (args.paths.length > 0) throw new UsageError(`--assemble takes one design folder; remove the other paths (${args.paths.join(', ')})`);
    if (args.force && args.output === undefined) throw new UsageError('--force only goes with -o <file>: without -o nothing is written');
    return args;
  }
  if (args.output !== undefined) throw new UsageError(`${argv.includes('-o') ? '-o' : '--output'} only goes with --assemble <design folder>`);
  if (args.hideGaps) throw new UsageError('--hide-gaps only goes with --assemble <design folder>');
  if (args.force) throw new UsageError('--force only goes with --assemble <design folder> -o <file>');
  if (args.paths.length === 0) args.paths.push('.');
  return args;
}

const FLAG_OF = { changedSince: '--changed-since', summary: '--summary', cacheLocation: '--cache-location' } as const;

/** A git revision as git reads it; one that starts with `-` would be read as an option. */
function gitRef(ref: string): string {
  if (ref.trim() === '') throw new UsageError('--changed-since needs a git ref, such as origin/main or HEAD~1');
  if (ref.startsWith('-')) throw new UsageError(`--changed-since takes a git ref, not "${ref}"`);
  return ref;
}

function nonEmpty(value: string, flag: string): string {
  if (value === '') throw new UsageError(`${flag} needs a file name`);
  return value;
}

const OUTPUT_KINDS = /\.(?:md|markdown|html?)$/i;

function outputFile(file: string): string {
  if (OUTPUT_KINDS.test(file)) return file;
  throw new UsageError(`the output file must end in .md or .html (Markdown or a web page), not "${file}"`);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function splitRule(text: string): [string, RuleLevel] {
  const cut = text.indexOf('=');
  if (cut < 0) throw new UsageError(`--rule takes <id>=<level>, such as placeholder-text=off, not "${text}"`);
  const id = text.slice(0, cut).trim();
  const level = text.slice(cut + 1).trim();
  if (!RULE_IDS.includes(id)) throw new UsageError(`unknown rule "${id}"; known rules: ${RULE_IDS.join(', ')}`);
  return [id, oneOf(level, LEVELS, `--rule ${id}`)];
}
