import { itemsIn } from '../markdown/blocks';
import type { ContentRule } from './rule';
import { checkTableColumn } from './support/content';

const REASON_COLUMN = /\b(?:reasons?|why|rationale|justification|because)\b/i;

export const technologyWithoutReason: ContentRule = {
  id: 'technology-without-reason',
  defaultSeverity: 'warning',
  description: 'A technology choice gives no reason.',
  accepts: 'a technology choice has no reason',
  fixAll: false,
  scope: 'content',
  contentCheck: 'technology-reasons',
  check(context) {
    const tables = checkTableColumn(context, REASON_COLUMN, {
      noColumn: 'The technology choices table has no Reason column. Add one and say why each choice won.',
      emptyCell: (name) => `The choice for "${name}" gives no reason. Say why it beat the alternatives.`,
    });
    if (tables > 0) return;
    for (const item of itemsIn(context.doc, context.section).filter((candidate) => candidate.source === 'list')) {
      const rest = item.text.slice(item.text.indexOf(item.name) + item.name.length);
      if (rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length < 4) {
        context.report(`The choice for "${item.name}" gives no reason. Say why it beat the alternatives.`, item.range);
      }
    }
  },
};
