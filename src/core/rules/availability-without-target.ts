import type { ContentRule } from './rule';
import { sectionText } from './support/content';

const AVAILABILITY_TARGET = [
  /(?<![\d.])\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)/i,
  /\b(?:two|three|four|five|six|\d)\s+nines\b/i,
  /\b\d+\s*9s\b/i,
  /(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:seconds?|s|minutes?|mins?|m|hours?|hrs?|h|days?)\b[^.\n]{0,40}\b(?:per|a|an|each|every|\/)\s*(?:year|yr|quarter|month|week|day)\b/i,
];

export const availabilityWithoutTarget: ContentRule = {
  id: 'availability-without-target',
  defaultSeverity: 'warning',
  description: 'The availability section states no target.',
  accepts: 'the availability section gives no percentage, "N nines" or downtime per period',
  fixAll: false,
  scope: 'content',
  contentCheck: 'availability-target',
  check({ section, report }) {
    const text = sectionText(section);
    if (!AVAILABILITY_TARGET.some((pattern) => pattern.test(text))) {
      report('The availability section states no target. Add one such as "99.9%" or "at most 8 hours of downtime per year".', section.headingRange);
    }
  },
};
