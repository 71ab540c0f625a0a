/**
 * A folder found while searching that cannot be listed (no permission, gone meanwhile) must not
 * end the run with nothing reported, nor pass unnoticed: the designs elsewhere are reported as
 * usual, and the folder is an `unreadable-file` finding of its own, so CI fails (exit 1) until
 * it is fixed, or until the user turns the rule off.
 */
import { levelOf, type DiscoveryResult, type RuleConfig } from '../core';
import type { CliFinding } from './report-model';

type DiscoveryError = DiscoveryResult['errors'][number];

export function unlistedFolderFindings(errors: readonly DiscoveryError[], rules: RuleConfig, relative: (path: string) => string): CliFinding[] {
  const severity = levelOf('unreadable-file', rules);
  if (severity === 'off') return [];
  return errors.map((error) => ({
    rule: 'unreadable-file',
    severity,
    message: `The folder cannot be listed (${reasonOf(error)}), so the step files in it were not checked. Check its permissions.`,
    file: relative(error.path),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  }));
}

/** `EACCES` from the core's "<folder>: cannot list the folder (EACCES)", else its message without the path. */
function reasonOf(error: DiscoveryError): string {
  return /\(([^()]+)\)$/.exec(error.message)?.[1] ?? withoutPath(error);
}

/** The core's message less the path it starts with (a path may itself hold ": "). */
export function withoutPath(error: DiscoveryError): string {
  return error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message;
}
