import type { RootContent } from 'mdast';
import { isUnplacedMarker } from '../import/marker';
import { plainText } from '../markdown/blocks';
import { spanOf } from '../markdown/parse';
import { lineBreakLength, lineEndAt } from '../markdown/text';
import type { FileRule } from './rule';

/**
 * Sections an import could not place: `design-check import` keeps them word for word in the step
 * of the section before them, after a marker comment, and this rule reminds the user to place them.
 */
export const unplacedSection: FileRule = {
  id: 'unplaced-section',
  defaultSeverity: 'warning',
  description: 'An imported section has not been placed in an artifact yet.',
  accepts:
    'a `<!-- design-docs: unplaced -->` comment that `design-check import` wrote above a section it could not place in any artifact. Move the section under the artifact (or into the step) it belongs to and delete the comment; the fix deletes the comment to keep the section where it is',
  fixAll: false,
  scope: 'file',
  check({ file, doc, report }) {
    const blocks = doc.tree.children;
    blocks.forEach((node: RootContent, index) => {
      if (node.type !== 'html' || !isUnplacedMarker(node.value)) return;
      const marker = spanOf(doc, node);
      const next = blocks[index + 1];
      const heading = next?.type === 'heading' ? plainText(next).trim() : undefined;
      // the marker's line, and the blank line after it, so no double blank line is left behind
      let end = lineEndAt(doc.text, marker.end);
      end += lineBreakLength(doc.text, end);
      const blankEnd = lineEndAt(doc.text, end);
      if (blankEnd < doc.text.length && doc.text.slice(end, blankEnd).trim() === '') end = blankEnd + lineBreakLength(doc.text, blankEnd);
      const removal = { kind: 'replace' as const, file, offset: marker.start, length: end - marker.start, text: '' };
      report(
        heading
          ? `The imported section "${heading}" is in no artifact yet. Move it under the section it belongs to, then delete the marker comment above it.`
          : 'The imported text below this marker is in no artifact yet. Move it under the section it belongs to, then delete the marker comment.',
        next?.type === 'heading' ? spanOf(doc, next) : marker,
        { title: 'Keep the section here and delete the import marker', edits: [removal] },
      );
    });
  },
};
