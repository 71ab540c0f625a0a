import { itemsIn } from '../markdown/blocks';
import type { ContentRule } from './rule';
import { checkTableColumn } from './support/content';

const ACCESS_COLUMN = /\b(?:access|pattern|queries|query|reads?|usage|how\b[^\n]{0,60}\b(?:read|used|accessed|written|queried))\b/i;
const ACCESS_WORDS = /\b(?:read|write|quer|look ?up|scan|append|access|fetch|update|delet|insert|get|put|stream|batch|index|key)\w*/i;

export const storedDataWithoutAccessPattern: ContentRule = {
  id: 'stored-data-without-access-pattern',
  defaultSeverity: 'warning',
  description: 'A kind of stored data has no access pattern.',
  accepts: 'a kind of stored data has no access pattern',
  fixAll: false,
  scope: 'content',
  contentCheck: 'stored-data-access',
  check(context) {
    const tables = checkTableColumn(context, ACCESS_COLUMN, {
      noColumn: 'The stored data table has no access pattern column. Add one saying how each kind of data is read and written.',
      emptyCell: (name) => `"${name}" has no access pattern. Say how it is read and written.`,
    });
    // As for technology choices: next to a table, list items are notes, not kinds of data.
    if (tables > 0) return;
    for (const item of itemsIn(context.doc, context.section).filter((candidate) => candidate.source === 'list')) {
      if (!ACCESS_WORDS.test(item.text.slice(item.name.length))) context.report(`"${item.name}" has no access pattern. Say how it is read and written.`, item.range);
    }
  },
};
