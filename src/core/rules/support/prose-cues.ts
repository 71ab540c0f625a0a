/**
 * Signs that an artifact is told in the prose of another section, the way design proposals
 * (KEPs, ADRs, RFCs) write it: the callers and what they need in the Motivation, where data is
 * kept and who reads it in the Proposal, a decision with its reason in a design paragraph, the
 * network rules under "Secure the web server". Each sign asks for the artifact's key words AND
 * its substance (a named party and what it needs, a store and what is kept in it, a writer and a
 * reader), so a passing mention ("see the security section", "we need to scale") is not one.
 */
import type { Nodes, RootContent } from 'mdast';
import { plainText } from '../../markdown/blocks';

/** A top-level block with the heading above it and the artifact whose `##` section holds it. */
export interface CueBlock {
  node: RootContent;
  heading?: { text: string; depth: number };
  artifact?: string;
}

const isProse = (node: RootContent): boolean => node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote';
const proseOf = (block: CueBlock): string => (isProse(block.node) ? plainText(block.node as Nodes).replace(/\s+/g, ' ') : '');

/** The blocks right under `heading` (up to the next heading of any level). */
function underHeading(blocks: readonly CueBlock[], index: number): CueBlock[] {
  const under: CueBlock[] = [];
  for (const block of blocks.slice(index + 1)) {
    if (block.node.type === 'heading') break;
    under.push(block);
  }
  return under;
}

const SECURITY_HEADING = /\b(?:secur(?:e|es|ing|ity)|authenticat\w*|authori[sz]\w*|encrypt\w*|access control|permissions?|threat model|privacy)\b/i;
/** A sentence that only sends the reader elsewhere: "Refer to the security section." */
const POINTER = /^(?:see|refer to|cf\.?|for more|more in)\b/i;
const SUBSTANCE_WORDS = 12;

/**
 * A heading about security anywhere in the design ("Secure the web server", "Security
 * considerations") whose section says something of its own: at least a dozen words that are not
 * a pointer to a general security page.
 */
export function securitySection<B extends CueBlock>(blocks: readonly B[]): B | undefined {
  return blocks.find((block, index) => {
    if (block.node.type !== 'heading' || !SECURITY_HEADING.test(plainText(block.node))) return false;
    const words = underHeading(blocks, index)
      .map(proseOf)
      .flatMap((text) => text.split(/(?<=[.!?])\s+/))
      .filter((sentence) => !POINTER.test(sentence.trim()))
      .join(' ')
      .split(/\s+/)
      .filter((word) => /\w/.test(word));
    return words.length >= SUBSTANCE_WORDS;
  });
}

/** The author states a choice: "We propose sharding on tenant ID", "Unary RPC was chosen", "We use a string value since…". */
const CHOICE = /\b(?:we|i)\s+(?:(?:therefore|instead|simply|also|then)\s+)?(?:propose|proposed|chose|choose|picked|decided|opted|settled on|went with)\b|\b(?:was|were|is|has been|have been)\s+(?:chosen|selected|preferred|picked)\b|\bwe use\b[^.]{0,200}?\b(?:since|because|so (?:that|we))\b/i;
/** …and gives a reason or names what it was weighed against. */
const REASON_OR_ALTERNATIVE = /\b(?:because|since|due to|so (?:that|we)|instead of|rather than|other options?|alternatives?|either\b[^.]{0,200}?\bor|simplicity|simpler|trade-?offs?|versus|vs\.?|rejected)\b/i;

/** A paragraph that is only a short label ending in a colon works as a heading: "*Trade-offs and alternatives:*". */
const LABEL_PARAGRAPH = /^[^.:!?]{3,60}:$/;
const DECISION_WORDS = /\b(?:alternatives?|rationale|trade-?offs?|decisions?|considered|versus|vs)\b/i;

/** A paragraph that states a design decision with its reason or its alternatives, or a label over the trade-offs. */
export function isDecisionParagraph(block: CueBlock): boolean {
  if (block.node.type !== 'paragraph') return false;
  const text = proseOf(block).trim();
  if (LABEL_PARAGRAPH.test(text)) return DECISION_WORDS.test(text);
  return CHOICE.test(text) && REASON_OR_ALTERNATIVE.test(text);
}

const OPERATION_NAME = /\b(?:GET|POST|PUT|PATCH|DELETE)\s+\/[\w{}]/;
const MOVES = /\b(?:go(?:es)? to|sends?|forwards?|writes?|reads?|returns?|calls?|routes?|uses?)\b/i;

/** A paragraph of the step that names an API operation and the way it takes: "POST /alerts goes to any replica, which writes…". */
export function isRequestPath(block: CueBlock): boolean {
  const text = proseOf(block);
  return OPERATION_NAME.test(text) && MOVES.test(text);
}

const PRONOUN = /^(?:we|i|it|this|that|they|which|who|one|he|she|you)$/i;
/** "The storage version API needs such a list", "the scheduler requires a lease": a named party and what it needs. */
const PARTY_NEEDS = /\b([A-Za-z][\w-]*)\s+(?:needs|requires|wants)\s+(?:a|an|the|such|some|its|their|to know)\b/gi;
/** "It's important that counters can be reset to zero": a capability the design must give. */
const MUST_BE_ABLE = /\bit(?:\s+is|['’]s)\s+important\b[^.]{0,40}?\bthat\b[^.]{0,200}?\bcan\b/gi;
const STATEMENTS_NEEDED = 2;

function countStatements<B extends CueBlock>(blocks: readonly B[], patterns: readonly RegExp[]): B | undefined {
  let count = 0;
  let first: B | undefined;
  for (const block of blocks) {
    const text = proseOf(block);
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        if (match[1] && PRONOUN.test(match[1])) continue;
        count++;
        first ??= block;
      }
    }
  }
  return count >= STATEMENTS_NEEDED ? first : undefined;
}

/** "We propose sharding on tenant ID", "This KEP proposes a hint field": the author's proposal. */
const PROPOSES = /\b(?:(?:we|i)\s+(?:\w+\s+)?propose|this (?:document|proposal|design|kep|adr|rfc|otep)\s+proposes)\b/gi;
/** "A component in charge of incoming alerts", "the router is responsible for retries": a part and its job. */
const IN_CHARGE = /\b(?:in charge of|(?:is|are) responsible for|takes? care of|(?:is|are) tasked with)\b/gi;

/** Two or more proposals stated in the design's prose: its proposed solution, spread over its design areas. */
export function proposals<B extends CueBlock>(blocks: readonly B[]): B | undefined {
  return countStatements(blocks, [PROPOSES]);
}

/** Two or more statements of which part is in charge of what: the components, told in prose. */
export function responsibilities<B extends CueBlock>(blocks: readonly B[]): B | undefined {
  return countStatements(blocks, [IN_CHARGE]);
}

/**
 * A user story: "As a platform owner, I want to route traffic to the local agent". It names the
 * caller and what they need in one sentence, so one is enough. "As a result, I want…" is no role.
 */
const USER_STORY = /\bas an?\s+(?!(?:result|rule|whole|consequence|reminder|side note|first step|workaround|bonus|matter of fact|example)\b)[a-z][\w -]{1,40}?,\s*I\s+(?:want|need|would like|must be able|should be able)\b/i;

function userStory<B extends CueBlock>(blocks: readonly B[]): B | undefined {
  return blocks.find((block) => USER_STORY.test(proseOf(block)));
}

/** A user story, or two or more statements of what a named caller needs: the callers are told, in prose. */
export function callerNeeds<B extends CueBlock>(blocks: readonly B[]): B | undefined {
  return userStory(blocks) ?? countStatements(blocks, [PARTY_NEEDS]);
}

/** A user story, or two or more statements of what a caller needs or must be able to do: the use cases are told, in prose. */
export function capabilities<B extends CueBlock>(blocks: readonly B[]): B | undefined {
  return userStory(blocks) ?? countStatements(blocks, [PARTY_NEEDS, MUST_BE_ABLE]);
}

/**
 * "Each server will store its ID in a Lease object", "All leases are kept in the kube-system
 * namespace": a thing and the store it is kept in. Passing words ("the data is stored", "stored
 * data is encrypted") name no store.
 */
const STORED_IN = /\b(?:will be|is|are|gets?|get)\s+(?:\w+\s+)?(?:stored|persisted|kept|saved)\s+(?:in|into|on)\b|\b(?:stores?|persists?|saves?|keeps?)\s+(?:its|their|the|each|every|all)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in|into|on)\b/i;

export function isStorageStatement(block: CueBlock): boolean {
  return block.node.type === 'paragraph' || block.node.type === 'list' ? STORED_IN.test(proseOf(block)) : false;
}

/** Someone hands data on: writes, stores, publishes, populates, delegates to, delivers; or a producer or source is named. */
const WRITE_SIDE = /\b(?:writes?|written|stores?|stored|saves?|saved|publish(?:es|ed|ing)?|populates?|populated|emits?|produces?|producers?|delegat(?:es?|ed|ing) [\w\s]{0,40}?to|dispatch(?:es|ed)? [\w\s]{0,40}?to|deliver(?:s|ed|y)?|(?<!open[- ])sources?)\b/gi;
/** Someone takes it: reads, loads, consumes, uses these, has access to, works on the results; or a consumer or backend is named. */
const READ_SIDE = /\b(?:reads?|loads?|consumes?|consumed|consumers?|uses? (?:these|the|this|those)\b|ha(?:s|ve) access to|fetch(?:es)?|pulls?|(?:on|from) the results?|subscribers?|backends?|destinations?)\b/gi;
/** One verb and one noun is a sentence of a pitch; a flow needs a few more signs than that. */
const FLOW_SIGNS = 3;

/**
 * The data flow told in a proposal: the sections that say what the design is (a Proposal,
 * Summary or Solution overview, or the introduction under the title) name both who writes or
 * produces the data and who reads or consumes it.
 */
export function proposalFlow<B extends CueBlock>(blocks: readonly B[], inProposal: (block: B) => boolean): B | undefined {
  const told = blocks.filter((block) => inProposal(block) || (block.heading?.depth === 1 && block.node.type === 'paragraph'));
  const text = told.map(proseOf).join(' ');
  const writes = text.match(WRITE_SIDE)?.length ?? 0;
  const reads = text.match(READ_SIDE)?.length ?? 0;
  if (writes === 0 || reads === 0 || writes + reads < FLOW_SIGNS) return undefined;
  return told.find((block) => (proseOf(block).match(WRITE_SIDE) ?? proseOf(block).match(READ_SIDE)) !== null);
}

/** "Use case: User enters a paste's url", "Scenario 2 - a node restarts": a heading that names one use case. */
const USE_CASE_HEADING = /^\s*(?:use[- ]case|scenario|user story)\s*(?:\d+\s*)?[:.\-–—]\s*\S/i;
const HANDS_ON = /\b(?:go(?:es)? to|sends?|forwards?|writes?|reads?|returns?|calls?|routes?|passes|hands?|queries|quer(?:y|ies) the|checks?|saves?|stores?|inserts?|adds?|puts?|fetch(?:es)?|pulls?)\b/gi;
const STEPS_NEEDED = 2;

/**
 * The workflows told use case by use case under other headings, as interview-style designs do in
 * "Design core components": a heading that names a use case, with a list right under it whose
 * items hand the request on ("The Client sends … to the Web Server", "saves it to the database").
 * A use-case heading over a description of what users want is not a path.
 */
export function useCasePaths<B extends CueBlock>(blocks: readonly B[]): B | undefined {
  return blocks.find((block, index) => {
    if (block.node.type !== 'heading' || !USE_CASE_HEADING.test(plainText(block.node))) return false;
    const lists = underHeading(blocks, index).filter((each) => each.node.type === 'list');
    return lists.some((list) => (proseOf(list).match(HANDS_ON)?.length ?? 0) >= STEPS_NEEDED);
  });
}
