import { itemsIn } from '../markdown/blocks';
import type { ContentRule } from './rule';
import { checkTableColumn } from './support/content';

const ACCESS_COLUMN = /\b(?:access|pattern|queries|query|reads?|usage|how\b[^\n]{0,60}\b(?:read|used|accessed|written|queried))\b/i;
const ACCESS_WORDS = /\b(?:read|write|quer|look ?up|scan|append|access|fetch|update|delet|insert|get|put|stream|batch|index|key|range|sort|join|search|partition|shard)\w*/i;

export const storedDataWithoutAccessPattern: ContentRule = {
  id: 'stored-data-without-access-pattern',
  defaultSeverity: 'warning',
  description: 'A kind of stored data has no access pattern.',
  accepts:
    'a kind of stored data has no access pattern: a table without an access column or with an empty cell, or a list item whose text after its name (or whole sentence, when the item is one sentence) says nothing about how it is read, written, queried, keyed or scanned',
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
      // "We keep pastes in an object store, keyed by short link": an item written as one sentence
      // has no separate name, so the access pattern is read from the whole sentence
      const sentence = item.name.length >= item.text.trim().length - 1 || item.name.split(/\s+/).length > 6;
      const rest = sentence ? item.text : item.text.slice(item.name.length);
      if (!ACCESS_WORDS.test(rest)) context.report(`"${item.name}" has no access pattern. Say how it is read and written.`, item.range);
    }
  },
};
