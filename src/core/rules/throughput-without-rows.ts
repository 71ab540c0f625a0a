import { tablesIn } from '../markdown/blocks';
import type { ContentRule } from './rule';

const TPS_COLUMN = /\b(?:tps|qps|rps|ops|requests?\s*(?:per|\/)\s*s(?:ec(?:ond)?)?|per second|\/\s*s(?:ec)?|throughput|rate)\b/i;

export const throughputWithoutRows: ContentRule = {
  id: 'throughput-without-rows',
  defaultSeverity: 'warning',
  description: 'The throughput table is missing, empty, or has a row without a numeric TPS.',
  accepts: 'the throughput table is missing, empty, or a row has no numeric TPS',
  fixAll: false,
  scope: 'content',
  contentCheck: 'throughput-rows',
  check({ doc, section, report }) {
  const tables = tablesIn(doc, section);
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
