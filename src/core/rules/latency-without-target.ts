import { itemsIn } from '../markdown/blocks';
import type { ContentRule } from './rule';
import { hasLatencyTarget, sectionText } from './support/content';

export const latencyWithoutTarget: ContentRule = {
  id: 'latency-without-target',
  defaultSeverity: 'warning',
  description: "A use case's latency requirement has no number with a time unit.",
  accepts: 'a latency requirement has no number with a time unit (or says it is not latency-sensitive)',
  fixAll: false,
  scope: 'content',
  contentCheck: 'latency-targets',
  check({ doc, section, report }) {
    const items = itemsIn(doc, section);
    // With a table of targets, list items around it are notes (how targets are measured), not requirements.
    const rows = items.filter((item) => item.source === 'row');
    for (const item of rows.length > 0 ? rows : items) {
      if (!hasLatencyTarget(item.text)) report(`The latency requirement for "${item.name}" has no target. Give a number with a time unit, such as "p99 < 200 ms".`, item.range);
    }
    if (items.length === 0 && !hasLatencyTarget(sectionText(section))) {
      report('The latency requirements state no target. List each use case with a number and a time unit, such as "p99 < 200 ms".', section.headingRange);
    }
  },
};
