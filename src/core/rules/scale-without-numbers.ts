import type { Section } from '../markdown/parse';
import { hasNumber } from '../markdown/text';
import type { ContentRule } from './rule';
import { joinWords, sectionText } from './support/content';

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

export const scaleWithoutNumbers: ContentRule = {
  id: 'scale-without-numbers',
  defaultSeverity: 'warning',
  description: 'The scale summary lacks a number for users, data, the read/write mix or bandwidth.',
  accepts: 'the scale summary has no number for total users, active users, data size, data growth, read/write mix or bandwidth',
  fixAll: false,
  scope: 'content',
  contentCheck: 'scale-numbers',
  check({ section, report }) {
    const facts = factsOf(section).filter(hasNumber);
    const missing = SCALE_FACETS.filter((facet) => !facts.some((fact) => facet.pattern.test(fact))).map((facet) => facet.label);
    if (missing.length > 0) report(`The scale summary gives no number for ${joinWords(missing)}. Add an estimate for each, even a rough one.`, section.headingRange);
  },
};
