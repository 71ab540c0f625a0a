/** Table cells as Markdown writes them. */

/**
 * A cell's text as the file gets it: line breaks become spaces, outer white space goes, and every
 * `|` not already escaped (preceded by an odd number of backslashes) gets a backslash.
 */
export function escapeCell(value: string): string {
  const flat = value.replace(/\r\n|\r|\n/g, ' ').trim();
  let result = '';
  let slashes = 0;
  for (const char of flat) {
    if (char === '|' && slashes % 2 === 0) result += '\\';
    result += char;
    slashes = char === '\\' ? slashes + 1 : 0;
  }
  return result;
}
