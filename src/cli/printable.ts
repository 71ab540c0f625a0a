/**
 * Text as a terminal or a log shows it: a file name or a title may hold a newline, an escape
 * sequence or a bidirectional override, which would forge or disguise a line of output. Those
 * characters are shown as escapes instead (`\n`, `\u001b`), so one finding is always one line.
 */

/** C0 and C1 controls, DEL, the Unicode line and paragraph separators, and bidi formatting marks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with its control characters escaped; everything else, backslashes included, as it is. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A path as printed in a finding: control characters escaped, and backslashes doubled so that a
 * file named `a\nb.md` (a backslash and an n) cannot be mistaken for one with a newline. The CLI
 * prints paths with forward slashes on every platform, so a backslash here is part of a name.
 */
export function printablePath(file: string): string {
  return printable(file.replace(/\\/g, '\\\\'));
}
