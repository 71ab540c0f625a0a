/**
 * Path globs of the configuration file (`docs/drafts/**`, `*.md`, `0[1-9]_*.md`, `{a,b}/*.md`),
 * matched against `/`-separated relative paths. Small on purpose: the core runs in a browser too.
 */

const cache = new Map<string, RegExp>();

/** True when `relativePath` (no leading `./`, `/` separators) matches `glob`. */
export function matchesGlob(glob: string, relativePath: string): boolean {
  let pattern = cache.get(glob);
  if (!pattern) {
    pattern = globToRegExp(glob);
    cache.set(glob, pattern);
  }
  return pattern.test(relativePath);
}

function globToRegExp(glob: string): RegExp {
  // A pattern without a slash matches a name at any depth, as in .gitignore and markdownlint.
  const anchored = glob.replace(/^\.\//, '');
  const source = anchored.includes('/') ? anchored.replace(/^\//, '') : `**/${anchored}`;
  let regex = '';
  for (let index = 0; index < source.length; index++) {
    const char = source[index] ?? '';
    if (char === '*' && source[index + 1] === '*') {
      const slashAfter = source[index + 2] === '/';
      regex += slashAfter ? '(?:[^/]*/)*' : '.*';
      index += slashAfter ? 2 : 1;
    } else if (char === '*') regex += '[^/]*';
    else if (char === '?') regex += '[^/]';
    else if (char === '{') {
      const close = source.indexOf('}', index);
      if (close < 0) regex += '\\{';
      else {
        regex += `(?:${source.slice(index + 1, close).split(',').map(escapeRegExp).join('|')})`;
        index = close;
      }
    } else if (char === '[') {
      const close = source.indexOf(']', index);
      if (close < 0) regex += '\\[';
      else {
        regex += `[${source.slice(index + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        index = close;
      }
    } else regex += escapeRegExp(char);
  }
  // A folder pattern (`docs/drafts`) covers what is inside it.
  return new RegExp(`^${regex}(?:/.*)?$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
