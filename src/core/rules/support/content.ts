/** Reading a section's content the way several content rules (and tracing) need it. */
import type { Code } from 'mdast';
import { columnIndex, itemsIn, plainText, tablesIn, type Item } from '../../markdown/blocks';
import type { Section, StepDoc } from '../../markdown/parse';
import { hasTimeValue, isPlaceholderText } from '../../markdown/text';
import type { ContentContext } from '../rule';

export function sectionText(section: Section): string {
  return section.nodes.map((node) => plainText(node)).join('\n');
}

const NOT_LATENCY_SENSITIVE = /\b(?:not latency[- ]sensitive|no latency (?:target|requirement)|best[- ]effort|asynchronous|async)\b/i;

export function hasLatencyTarget(text: string): boolean {
  return hasTimeValue(text) || NOT_LATENCY_SENSITIVE.test(text);
}

export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const HTTP_OPERATION = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\/|^[ \t]*\/[\w{}/:.-]/m;
const SPEC_BLOCK = /^[ \t]*(?:openapi|swagger)[ \t]*:|^[ \t]*paths[ \t]*:|"paths"\s*:|\brpc\s+\w+\s*\(|\btype\s+(?:Query|Mutation)\b/m;

/** The operations an API section defines: table rows, operation-like list items and headings. */
export function apiOperations(doc: StepDoc, section: Section): Item[] {
  return itemsIn(doc, section).filter((item) => item.source === 'row' || HTTP_OPERATION.test(item.text) || item.source === 'heading');
}

/** Code blocks holding an OpenAPI, gRPC or GraphQL definition. */
export function apiSpecBlocks(section: Section): Code[] {
  return section.nodes.filter((node): node is Code => node.type === 'code' && SPEC_BLOCK.test(node.value));
}

/**
 * A table rule's column check: each table needs a column whose heading matches `column`, and each
 * row a value in it. Returns the number of tables, so a rule can tell prose from tables.
 */
export function checkTableColumn(
  { doc, section, report }: ContentContext,
  column: RegExp,
  messages: { noColumn: string; emptyCell: (name: string) => string },
): number {
  const tables = tablesIn(doc, section);
  for (const table of tables) {
    const index = columnIndex(table.header, column);
    if (index < 0) {
      report(messages.noColumn, table.range);
      continue;
    }
    for (const row of table.rows) {
      if (isPlaceholderText(row.cells[index] ?? '')) report(messages.emptyCell(row.cells[0] ?? ''), row.range);
    }
  }
  return tables.length;
}
