/** Cross-step tracing: the sections that play a role in a design, and how items match by name. */
import { artifactByRole } from '../../catalogue/catalogue';
import type { StepSpec, TraceRole } from '../../catalogue/step-types';
import { fileForStep, type Design, type StepFile } from '../../files/design';
import { itemsIn, plainText, type Item } from '../../markdown/blocks';
import { readSection } from '../../markdown/not-applicable';
import { sectionFor, spanOf, type Section, type StepDoc } from '../../markdown/parse';
import { mentions, normalizeName } from '../../markdown/text';
import type { OffsetRange } from '../../types';

export interface RoleSection {
  file: StepFile;
  section: Section;
  step: StepSpec;
}

/**
 * The written section that plays `role` in the design, if any. An empty section is none, and so
 * is one marked not applicable: its items are accepted as absent (nothing to trace from or to).
 */
export function roleSection(design: Design, role: TraceRole): RoleSection | undefined {
  const located = artifactByRole(design.catalogue, role);
  if (!located) return undefined;
  const file = fileForStep(design, located.step.step);
  const section = file && sectionFor(file.doc, located.artifact.id);
  if (!file || !section || readSection(file.doc, section).state !== 'present') return undefined;
  return { file, section, step: located.step };
}

/** Rows such as "All other operations" that cover every item. */
export const CATCH_ALL = new Set([
  'all', 'all use cases', 'all operations', 'all other use cases', 'all other operations', 'default', 'every use case',
  'everything else', 'other use cases', 'other operations', 'others', 'any',
]);

export function matchesByNameOrMention(item: Item, key: string): boolean {
  return item.key === key || mentions(item.normalizedText, key);
}

/**
 * Words that say nothing about which use case is meant: glue words, modal verbs, the generic
 * actors most use cases start with ("User …", "Service …"), and the labels workflow headings
 * carry ("Use case: …", "Workflow: …").
 */
const NOT_MEANINGFUL = new Set([
  'a', 'an', 'the', 'to', 'of', 'for', 'from', 'in', 'into', 'on', 'onto', 'at', 'by', 'with', 'via', 'per', 'and', 'or', 'as', 'then',
  'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'it', 'they', 'them', 'we', 'you', 'i',
  'is', 'are', 'be', 'can', 'could', 'may', 'might', 'should', 'must', 'will', 'would', 'shall', 'wants', 'want', 'able',
  'user', 'users', 'service', 'services', 'system', 'client', 'clients', 'customer', 'customers', 'admin', 'administrator',
  'operator', 'app', 'application', 'platform', 'someone', 'somebody', 'actor',
  'use', 'case', 'cases', 'workflow', 'workflows', 'flow', 'scenario', 'story',
]);

/** A word without its inflection, so "posts", "posted" and "posting" compare equal. */
function stem(word: string): string {
  const base = word.replace(/(?:ing|ed|es|s)$/, '');
  const stemmed = base.length >= 3 && !word.endsWith('ss') ? base : word;
  return stemmed.length > 3 ? stemmed.replace(/e$/, '') : stemmed;
}

/** The stems of the words of a normalised name that tell one use case from another. */
export function meaningfulWords(normalized: string): Set<string> {
  return new Set(normalized.split(' ').filter((word) => word && !NOT_MEANINGFUL.has(word)).map(stem));
}

function within(words: Set<string>, container: Set<string>): boolean {
  for (const word of words) if (!container.has(word)) return false;
  return true;
}

/**
 * True when `candidate` (a normalised heading or row) names the use case `key`: it says the name
 * outright, or it has every meaningful word of it, or its own meaningful words (two or more) are
 * all in the use case's. One shared word such as "user" or "account" is not enough.
 */
export function namesUseCase(candidate: string, key: string): boolean {
  if (candidate === key || mentions(candidate, key)) return true;
  const wanted = meaningfulWords(key);
  if (wanted.size === 0) return false;
  const offered = meaningfulWords(candidate);
  return within(wanted, offered) || (offered.size >= 2 && within(offered, wanted));
}

/** Labels of a list, paragraph or heading whose items are left out of the scope. */
const OUT_OF_SCOPE =
  /^(?:out of scope|not in scope|outside (?:the )?scope|non goals?|not goals?|future (?:work|releases?|versions?|phases?|iterations?|ideas?)|later(?: releases?| phases?| versions?)?|deferred|not planned|stretch goals?|nice to haves?)(?: (?:for|in|of|until|before|after) .*)?$/;

/** True when a heading or list label ("Out of scope", "Non-goals", "Future work: …") sets its items outside the scope. */
export function isOutOfScopeLabel(text: string): boolean {
  const label = text.length > 120 ? '' : normalizeName(text);
  return OUT_OF_SCOPE.test(label);
}

/** A paragraph that opens an out-of-scope list: "Out of scope:" or "Non-goals for v1:", alone or before its items. */
function opensOutOfScope(text: string): boolean {
  const colon = text.indexOf(':');
  return isOutOfScopeLabel(colon > 0 ? text.slice(0, colon) : text);
}

/**
 * A section's use cases: its items named as sentences ("**User** posts a tweet" is "User posts a
 * tweet"), without those under an "Out of scope", "Non-goals", "Future work" or "Later"
 * sub-heading, in a list such a paragraph introduces, or under such a list item.
 */
export function useCaseItems(doc: StepDoc, section: Section): Item[] {
  const excluded: OffsetRange[] = [];
  let outDepth: number | undefined;
  section.nodes.forEach((node, index) => {
    if (node.type === 'heading') {
      if (outDepth !== undefined && node.depth <= outDepth) outDepth = undefined;
      if (outDepth === undefined && isOutOfScopeLabel(plainText(node))) outDepth = node.depth;
    }
    const next = section.nodes[index + 1];
    const leadsList = node.type === 'paragraph' && next?.type === 'list' && opensOutOfScope(plainText(node));
    if (outDepth !== undefined) excluded.push(spanOf(doc, node));
    else if (leadsList) excluded.push(spanOf(doc, next));
  });
  const inside = (range: OffsetRange) => excluded.some((outside) => range.start >= outside.start && range.end <= outside.end);
  return itemsIn(doc, section, { sentence: true }).filter((item) => !inside(item.range) && !isOutOfScopeLabel(item.name));
}

/**
 * A quality the system must have, listed among the use cases ("**Service** has high
 * availability", "Reads should be fast", "The system scales to 10M users"): it is a requirement,
 * not a use case, so it needs no workflow and no latency row of its own.
 */
const QUALITY_REQUIREMENT = [
  /\b(?:is|are|be|being|stays?|remains?)(?: (?:highly|very|always|fully|horizontally|globally|strongly|eventually))? (?:available|fast|quick|responsive|reliable|durable|scalable|consistent|secure|fault tolerant|resilient|performant|redundant|low latency|efficient)\b/,
  /\b(?:has|have|having|provides?|offers?|needs?|requires?|maintains?|guarantees?|ensures?)(?: an?)?(?: (?:high|low|good|strong|eventual|minimal|acceptable))? (?:availability|latency|durability|reliability|scalability|consistency|uptime|performance|fault tolerance|redundancy)\b/,
  /\bscales? (?:to|up|out|horizontally|linearly|with)\b/,
  /\b(?:needs?|has|have|must|should|will)(?: to)? (?:scale|evolve|grow)\b/,
  /^(?:(?:high|low) )?(?:availability|latency|durability|scalability|reliability|performance|uptime)\b/,
];

export function isQualityRequirement(name: string): boolean {
  const normalized = normalizeName(name);
  return QUALITY_REQUIREMENT.some((pattern) => pattern.test(normalized));
}
