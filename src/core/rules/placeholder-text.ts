import type { Nodes } from 'mdast';
import { isSectionEmpty } from '../markdown/blocks';
import { spanOf } from '../markdown/parse';
import { findPlaceholderTokens } from '../markdown/text';
import type { FileRule } from './rule';

export const placeholderText: FileRule = {
  id: 'placeholder-text',
  defaultSeverity: 'warning',
  description: '`TODO` or `TBD` is left inside an otherwise written section.',
  accepts: '`TODO` or `TBD` is left in an otherwise written section (code is ignored)',
  fixAll: false,
  scope: 'file',
  // Left-over placeholders are found even when the front matter names no valid step.
  check({ doc, report }) {
    for (const section of doc.sections) {
      if (isSectionEmpty(section)) continue;
      const visit = (node: Nodes) => {
        if (node.type === 'text') {
          const range = spanOf(doc, node);
          for (const { index, token } of findPlaceholderTokens(doc.text.slice(range.start, range.end))) {
            report(`"${token}" is left in "${section.heading}". Replace it with the missing content or remove it.`, { start: range.start + index, end: range.start + index + token.length });
          }
          return;
        }
        if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
        if ('children' in node) (node.children as Nodes[]).forEach(visit);
      };
      section.nodes.forEach(visit);
    }
  },
};
