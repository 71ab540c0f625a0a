/** Command-line parsing for design-check; every mistake becomes a one-line usage error. */
import { LEVELS, RULE_IDS, type RuleConfig } from '../core';
import type { RuleLevel } from '../core';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'info' | 'never';

export interface CliArgs {
  paths: string[];
  format: OutputFormat;
  rules: RuleConfig;
  failOn: FailOn;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: design-check [paths…] [options]

Checks the system design docs (Markdown step files) under the given files or folders
(default: the current folder) and reports what is missing.

Options:
  --format text|json|sarif   output format (default: text)
  --rule <id>=<level>        change a rule's level: off, info, warning or error (repeatable)
  --fail-on <level>          exit 1 when findings at or above this level remain:
                             error, warning (default), info or never
  -h, --help                 show this help
  --version                  show the version

Exit codes: 0 complete, 1 findings at or above --fail-on, 2 usage error.`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { paths: [], format: 'text', rules: {}, failOn: 'warning', help: false, version: false };
  const rules: Record<string, RuleLevel> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[++index];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${flag} needs a value`);
      return next;
    };
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
      case '--':
        args.paths.push(...argv.slice(index + 1));
        index = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        args.paths.push(arg);
    }
  }
  args.rules = rules;
  if (args.paths.length === 0) args.paths.push('.');
  return args;
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
