/** The content checks named in the step catalogue, one function each. */
import type { Code, Nodes } from 'mdast';
import { columnIndex, itemsIn, plainText, tablesIn, type Item } from '../markdown/blocks';
import type { Section, StepDoc } from '../markdown/parse';
import type { ContentCheck } from '../catalogue/steps';
import { hasNumber, hasTimeValue, isPlaceholderText } from '../markdown/text';
import type { OffsetRange } from '../types';

export interface ContentContext {
  doc: StepDoc;
  section: Section;
  report(rule: string, message: string, range: OffsetRange): void;
}

type ContentRule = (context: ContentContext) => void;

const NOT_LATENCY_SENSITIVE = /\b(?:not latency[- ]sensitive|no latency (?:target|requirement)|best[- ]effort|asynchronous|async)\b/i;

export function hasLatencyTarget(text: string): boolean {
  return hasTimeValue(text) || NOT_LATENCY_SENSITIVE.test(text);
}

function sectionText(section: Section): string {
  return section.nodes.map((node) => plainText(node)).join('\n');
}

const latencyTargets: ContentRule = ({ doc, section, report }) => {
  const items = itemsIn(doc, section);
  // With a table of targets, list items around it are notes (how targets are measured), not requirements.
  const rows = items.filter((item) => item.source === 'row');
  for (const item of rows.length > 0 ? rows : items) {
    if (!hasLatencyTarget(item.text)) {
      report(
        'latency-without-target',
        `The latency requirement for "${item.name}" has no target. Give a number with a time unit, such as "p99 < 200 ms".`,
        item.range,
      );
    }
  }
  if (items.length === 0 && !hasLatencyTarget(sectionText(section))) {
    report(
      'latency-without-target',
      'The latency requirements state no target. List each use case with a number and a time unit, such as "p99 < 200 ms".',
      section.headingRange,
    );
  }
};

const AVAILABILITY_TARGET = [
  /(?<![\d.])\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)/i,
  /\b(?:two|three|four|five|six|\d)\s+nines\b/i,
  /\b\d+\s*9s\b/i,
  /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:seconds?|s|minutes?|mins?|m|hours?|hrs?|h|days?)\b[^.\n]{0,40}\b(?:per|a|an|each|every|\/)\s*(?:year|yr|quarter|month|week|day)\b/i,
];

const availabilityTarget: ContentRule = ({ section, report }) => {
  const text = sectionText(section);
  if (!AVAILABILITY_TARGET.some((pattern) => pattern.test(text))) {
    report(
      'availability-without-target',
      'The availability section states no target. Add one such as "99.9%" or "at most 8 hours of downtime per year".',
      section.headingRange,
    );
  }
};

const SCALE_FACETS: { label: string; pattern: RegExp }[] = [
  { label: 'total users', pattern: /\b(?:users?|customers?|accounts?|clients?|tenants?|MAU|DAU)\b/i },
  { label: 'active users', pattern: /\b(?:active|concurrent|DAU|MAU|online|simultaneous)\b/i },
  { label: 'data size', pattern: /\b(?:data|storage|stored|records?|rows?|objects?|[KMGTP]i?B|bytes?)\b/i },
  { label: 'data growth', pattern: /\b(?:grow(?:s|th|ing)?|increase|per (?:day|week|month|year)|a (?:day|month|year)|(?:daily|monthly|yearly|annually))\b|\/\s*(?:day|month|year)/i },
  { label: 'read/write mix', pattern: /\b(?:reads?|writes?|r\/w|read[- ]heavy|write[- ]heavy)\b/i },
  { label: 'bandwidth', pattern: /\b(?:bandwidth|egress|ingress|network|[KMGT]?bps|[KMGT]i?B\/s|Gbit|Mbit)\b/i },
];

/** Sentences, list items and table rows: a fact and its number must share one of them. */
function factsOf(section: Section): string[] {
  return sectionText(section).split(/\n|(?<=[.;])\s+/).filter((line) => line.trim().length > 0);
}

const scaleNumbers: ContentRule = ({ section, report }) => {
  const facts = factsOf(section).filter(hasNumber);
  const missing = SCALE_FACETS.filter((facet) => !facts.some((fact) => facet.pattern.test(fact))).map((facet) => facet.label);
  if (missing.length > 0) {
    report(
      'scale-without-numbers',
      `The scale summary gives no number for ${joinWords(missing)}. Add an estimate for each, even a rough one.`,
      section.headingRange,
    );
  }
};

const TPS_COLUMN = /\b(?:tps|qps|rps|ops|requests?\s*(?:per|\/)\s*s(?:ec(?:ond)?)?|per second|\/\s*s(?:ec)?|throughput|rate)\b/i;

const throughputRows: ContentRule = ({ doc, section, report }) => {
  const tables = tablesIn(doc, section);
  if (tables.length === 0) {
    report(
      'throughput-without-rows',
      'Throughput needs a table: one row per operation with its TPS, such as "| Create short link | write | 40 | 400 |".',
      section.headingRange,
    );
    return;
  }
  for (const table of tables) {
    if (table.rows.length === 0) {
      report('throughput-without-rows', 'The throughput table has no rows. Add one row per operation with its TPS.', table.range);
      continue;
    }
    const tpsColumns = table.header.map((cell, index) => (TPS_COLUMN.test(cell) ? index : -1)).filter((index) => index > 0);
    for (const row of table.rows) {
      const candidates = tpsColumns.length > 0 ? tpsColumns.map((index) => row.cells[index] ?? '') : row.cells.slice(1);
      if (!candidates.some((cell) => /\d/.test(cell))) {
        report(
          'throughput-without-rows',
          `The operation "${row.cells[0] ?? ''}" has no numeric TPS. Estimate its transactions per second.`,
          row.range,
        );
      }
    }
  }
};

const HTTP_OPERATION = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\/|^[ \t]*\/[\w{}/:.-]/m;
const SPEC_BLOCK = /^[ \t]*(?:openapi|swagger)[ \t]*:|^[ \t]*paths[ \t]*:|"paths"\s*:|\brpc\s+\w+\s*\(|\btype\s+(?:Query|Mutation)\b/m;

/** The operations an API section defines: table rows, operation-like list items and headings, spec blocks. */
export function apiOperations(doc: StepDoc, section: Section): Item[] {
  const items = itemsIn(doc, section).filter((item) => item.source === 'row' || HTTP_OPERATION.test(item.text) || item.source === 'heading');
  return items;
}

export function apiSpecBlocks(section: Section): Code[] {
  return section.nodes.filter((node): node is Code => node.type === 'code' && SPEC_BLOCK.test(node.value));
}

const apiOperationsRule: ContentRule = ({ doc, section, report }) => {
  if (apiOperations(doc, section).length === 0 && apiSpecBlocks(section).length === 0) {
    report(
      'api-without-operations',
      'The API defines no operation. Add a table with one row per operation (method, path, request, response) or an OpenAPI block.',
      section.headingRange,
    );
  }
};

const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif)(?:[?#].*)?$/i;

function isDiagram(node: Nodes): boolean {
  if (node.type === 'code') return /^(?:mermaid|plantuml|puml|dot|graphviz)$/i.test(node.lang ?? '');
  if (node.type === 'image' || node.type === 'imageReference') return true;
  // A link to an image file ("see [the diagram](diagrams/components.svg)") is an image link too.
  if (node.type === 'link' && IMAGE_FILE.test(node.url)) return true;
  if (node.type === 'html') return /<(?:img|svg|picture|object)\b/i.test(node.value);
  return 'children' in node && (node.children as Nodes[]).some(isDiagram);
}

const diagram: ContentRule = ({ section, report }) => {
  if (!section.nodes.some(isDiagram)) {
    report(
      'diagram-missing',
      `"${section.heading}" has no diagram. Add a fenced \`mermaid\` block or an image link.`,
      section.headingRange,
    );
  }
};

const ACCESS_COLUMN = /\b(?:access|pattern|queries|query|reads?|usage|how\b[^\n]{0,60}\b(?:read|used|accessed|written|queried))\b/i;
const ACCESS_WORDS = /\b(?:read|write|quer|look ?up|scan|append|access|fetch|update|delet|insert|get|put|stream|batch|index|key)\w*/i;

const storedDataAccess: ContentRule = ({ doc, section, report }) => {
  const tables = tablesIn(doc, section);
  for (const table of tables) {
    const column = columnIndex(table.header, ACCESS_COLUMN);
    if (column < 0) {
      report('stored-data-without-access-pattern', 'The stored data table has no access pattern column. Add one saying how each kind of data is read and written.', table.range);
      continue;
    }
    for (const row of table.rows) {
      if (isPlaceholderText(row.cells[column] ?? '')) {
        report('stored-data-without-access-pattern', `"${row.cells[0] ?? ''}" has no access pattern. Say how it is read and written.`, row.range);
      }
    }
  }
  // As for technology choices: next to a table, list items are notes, not kinds of data.
  if (tables.length > 0) return;
  for (const item of itemsIn(doc, section).filter((candidate) => candidate.source === 'list')) {
    if (!ACCESS_WORDS.test(item.text.slice(item.name.length))) {
      report('stored-data-without-access-pattern', `"${item.name}" has no access pattern. Say how it is read and written.`, item.range);
    }
  }
};

const REASON_COLUMN = /\b(?:reasons?|why|rationale|justification|because)\b/i;

const technologyReasons: ContentRule = ({ doc, section, report }) => {
  const tables = tablesIn(doc, section);
  for (const table of tables) {
    const column = columnIndex(table.header, REASON_COLUMN);
    if (column < 0) {
      report('technology-without-reason', 'The technology choices table has no Reason column. Add one and say why each choice won.', table.range);
      continue;
    }
    for (const row of table.rows) {
      if (isPlaceholderText(row.cells[column] ?? '')) {
        report('technology-without-reason', `The choice for "${row.cells[0] ?? ''}" gives no reason. Say why it beat the alternatives.`, row.range);
      }
    }
  }
  if (tables.length > 0) return;
  for (const item of itemsIn(doc, section).filter((candidate) => candidate.source === 'list')) {
    const rest = item.text.slice(item.text.indexOf(item.name) + item.name.length);
    if (rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length < 4) {
      report('technology-without-reason', `The choice for "${item.name}" gives no reason. Say why it beat the alternatives.`, item.range);
    }
  }
};

export const CONTENT_RULES: Record<ContentCheck, ContentRule> = {
  'latency-targets': latencyTargets,
  'availability-target': availabilityTarget,
  'scale-numbers': scaleNumbers,
  'throughput-rows': throughputRows,
  'api-operations': apiOperationsRule,
  diagram,
  'stored-data-access': storedDataAccess,
  'technology-reasons': technologyReasons,
};

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
