/**
 * HTML comments in Markdown, found by one linear scan (a regular expression with a lazy body is
 * quadratic — or worse — on unclosed or back-to-back comments, and runs on every keystroke).
 *
 * As CommonMark reads them: `<!--` opens a comment; `<!-->` and `<!--->` are complete, empty
 * comments; otherwise the first `-->` after the opener closes it. An unclosed comment runs to the
 * end of the text.
 */

export interface HtmlComment {
  start: number;
  /** Just after the closing `-->`, or the end of the text when the comment is unclosed. */
  end: number;
  /** The text between `<!--` and `-->`. */
  body: string;
  closed: boolean;
}

const OPEN = '<!--';
const CLOSE = '-->';

/** Every comment of `text`, in order. */
export function htmlComments(text: string): HtmlComment[] {
  const found: HtmlComment[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf(OPEN, from);
    if (start < 0) return found;
    const bodyStart = start + OPEN.length;
    if (text.startsWith('>', bodyStart) || text.startsWith('->', bodyStart)) {
      const end = text.indexOf('>', bodyStart) + 1;
      found.push({ start, end, body: '', closed: true });
      from = end;
      continue;
    }
    const close = text.indexOf(CLOSE, bodyStart);
    if (close < 0) {
      found.push({ start, end: text.length, body: text.slice(bodyStart), closed: false });
      return found;
    }
    found.push({ start, end: close + CLOSE.length, body: text.slice(bodyStart, close), closed: true });
    from = close + CLOSE.length;
  }
}

/** `text` with its comments removed (an unclosed one to the end). */
export function withoutComments(text: string): string {
  const comments = htmlComments(text);
  if (comments.length === 0) return text;
  let result = '';
  let at = 0;
  for (const comment of comments) {
    result += text.slice(at, comment.start);
    at = comment.end;
  }
  return result + text.slice(at);
}

/** True when `text` holds at least one comment and nothing else but white space, every comment closed. */
export function isCommentsOnlyText(text: string): boolean {
  const comments = htmlComments(text);
  return comments.length > 0 && comments.every((comment) => comment.closed) && withoutComments(text).trim() === '';
}
