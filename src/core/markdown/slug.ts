/**
 * Heading anchors, GitHub style. One function for the assembled document's contents links and the
 * rendered HTML's heading ids, so the two always agree (and markdownlint's MD051 accepts them).
 */
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * The text a heading's anchor is made from: its text and inline code, link text included, image
 * alt text and raw HTML left out (what GitHub and markdownlint use).
 */
export function headingText(heading: Heading): string {
  return toString(heading, { includeImageAlt: false, includeHtml: false });
}

/** GitHub's slug: lower case, everything but letters, marks, digits, `_`, `-` and spaces dropped, spaces → `-`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Hands out unique slugs in document order: the second "Notes" becomes `notes-1`, as on GitHub. */
export class Slugger {
  private readonly occurrences = new Map<string, number>();

  /** The unique slug for the next heading; `''` when the heading has no letters or digits at all. */
  slug(text: string): string {
    const base = slugify(text);
    if (base === '') return '';
    let result = base;
    while (this.occurrences.has(result)) {
      const count = (this.occurrences.get(base) ?? 0) + 1;
      this.occurrences.set(base, count);
      result = `${base}-${count}`;
    }
    this.occurrences.set(result, 0);
    return result;
  }
}

/** Every heading of a parsed document in document order, with its unique slug. */
export function headingSlugs(tree: Root): { heading: Heading; slug: string }[] {
  const slugger = new Slugger();
  const found: { heading: Heading; slug: string }[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      found.push({ heading: node, slug: slugger.slug(headingText(node)) });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}
