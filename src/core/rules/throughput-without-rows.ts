import { listItemsIn, plainText, tablesIn } from '../markdown/blocks';
import { spanOf } from '../markdown/parse';
import type { ContentRule } from './rule';

const TPS_COLUMN = /\b(?:tps|qps|rps|ops|requests?\s*(?:per|\/)\s*s(?:ec(?:ond)?)?|per second|\/\s*s(?:ec)?|throughput|rate)\b/i;

const RATE_ITEM = /\d[\d,.]*\s*k?\s*(?:[\w-]+\s+){0,4}?(?:per second|a second|\/\s?s(?:ec)?\b|tps|qps|rps)/i;

export const throughputWithoutRows: ContentRule = {
  id: 'throughput-without-rows',
  defaultSeverity: 'warning',
  description: 'The throughput table is missing, empty, or has a row without a numeric TPS.',
  accepts:
    'the throughput section has neither a table nor a list of rates ("400 writes per second"), a table is empty, or a row or list item has no number',
  fixAll: false,
  scope: 'content',
  contentCheck: 'throughput-rows',
  check({ doc, section, report }) {
  const tables = tablesIn(doc, section);
  const rates = listItemsIn(section).map((item) => ({ item, text: plainText(item) }));
  // "- 400 paste writes per second on average": a list of rates is as good as a table
  if (tables.length === 0 && rates.length > 0 && rates.some(({ text }) => RATE_ITEM.test(text))) {
    for (const { item, text } of rates) {
      if (!/\d/.test(text)) report(`"${text.trim().slice(0, 60)}" gives no number. Estimate its requests per second.`, spanOf(doc, item));
    }
    return;
  }
  if (tables.length === 0) {
    report(
      'Throughput needs a table: one row per operation with its TPS, such as "| Create short link | write | 40 | 400 |".',
      section.headingRange,
    );
    return;
  }
  for (const table of tables) {
    if (table.rows.length === 0) {
      report('The throughput table has no rows. Add one row per operation with its TPS.', table.range);
      continue;
    }
    const tpsColumns = table.header.map((cell, index) => (TPS_COLUMN.test(cell) ? index : -1)).filter((index) => index > 0);
    for (const row of table.rows) {
      const candidates = tpsColumns.length > 0 ? tpsColumns.map((index) => row.cells[index] ?? '') : row.cells.slice(1);
      if (!candidates.some((cell) => /\d/.test(cell))) {
        report(
          `The operation "${row.cells[0] ?? ''}" has no numeric TPS. Estimate its transactions per second.`,
          row.range,
        );
      }
    }
  }
  },
};
