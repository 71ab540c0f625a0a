import type { Nodes, RootContent } from 'mdast';
import { spanOf, type Section } from '../markdown/parse';
import type { OffsetRange } from '../types';
import type { FileContext, FileRule } from './rule';

/**
 * Placeholder words, case-sensitive so "todo list" stays prose: `TODO`, `TBD`, `TBA`, `FIXME`, and
 * a run of three or more `X` or `N` standing for a number or a name still to come (`XXX`,
 * `RFCNNNN`, `KEP-NNNN`), but not one that ends a lower-case name such as `tmp-XXXXXX`.
 */
const PLACEHOLDER_WORD = /\b(?:TODO|TBD|TBA|FIXME)\b|(?<![\w-])(?:[A-Z][A-Za-z]*-?)?(?:N{3,}|X{3,})\b/g;

/** A decision spelled out as still open: "to be decided", "to be defined", "yet to be determined". */
const OPEN_DECISION =
  /\b((?:yet|still|remains?) )?to be (?:defined|decided|determined|confirmed|announced|written|added|filled in|completed|documented|specified|agreed|finali[sz]ed|clarified)\b/gi;

/**
 * What may follow an open decision for it to be a placeholder: the end of its clause, maybe after
 * "later". "To be defined by the caller" or "to be determined at run time" go on, and are prose.
 */
const CLAUSE_END = /^(?: (?:later|yet|soon))?\s*(?:[.;:!?)\]—–]|-\s|$)/;

/** Words before "to be …" that make an obligation or a plan of it, which is prose: "needs to be defined." */
const OBLIGATION = /\b(?:needs?|needed|has|have|had|ought|going|wants?|used|about|likely|able|expected|supposed|required|ready|meant|designed|intended|allowed|free|seems?|appears?|tends?|deserves?)\s+$/i;

interface Placeholder {
  index: number;
  token: string;
}

/** The placeholders in one text, at most one per sentence (the first), in order. */
export function placeholdersIn(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of text.matchAll(PLACEHOLDER_WORD)) found.push({ index: match.index, token: match[0] });
  for (const match of text.matchAll(OPEN_DECISION)) {
    const end = match.index + match[0].length;
    const obligation = !match[1] && OBLIGATION.test(text.slice(Math.max(0, match.index - 12), match.index));
    if (match[1] || (!obligation && CLAUSE_END.test(text.slice(end, end + 12)))) {
      const offset = match[1]?.length ?? 0;
      found.push({ index: match.index + offset, token: match[0].slice(offset) });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found.filter((placeholder, at) => {
    const previous = found[at - 1];
    return !previous || /[.!?](?:\s|$)|\n\s*\n/.test(text.slice(previous.index + previous.token.length, placeholder.index));
  });
}

export const placeholderText: FileRule = {
  id: 'placeholder-text',
  defaultSeverity: 'warning',
  description: 'A placeholder (`TODO`, `TBD`, `XXX`, "to be decided"…) is left in a section.',
  accepts:
    'a placeholder is left in a section, or in the text before the first one: `TODO`, `TBD`, `TBA`, `FIXME`, `XXX`, an `NNNN` or `XXXX` ' +
    'number (`RFCNNNN`), or a decision spelled out as open ("to be decided.", "(to be defined)", "yet to be determined"; ' +
    'not "to be defined by the caller"); one finding per sentence. Code, inline code and HTML comments are ignored, and a section ' +
    'that is only a placeholder is left to `empty-artifact` when it is a required one',
  fixAll: false,
  scope: 'file',
  // Left-over placeholders are found even when the front matter names no valid step.
  check({ doc, statuses, report }) {
    const reportedEmpty = new Set(statuses.filter((status) => status.state === 'empty').map((status) => status.section));
    const scan = (nodes: readonly RootContent[], heading: string) => {
      const visit = (node: Nodes) => {
        if (node.type === 'text') {
          const range = spanOf(doc, node);
          for (const { index, token } of placeholdersIn(doc.text.slice(range.start, range.end))) {
            report(`"${token}" is left in "${heading}". Replace it with the missing content or remove it.`, { start: range.start + index, end: range.start + index + token.length });
          }
          return;
        }
        if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
        if ('children' in node) (node.children as Nodes[]).forEach(visit);
      };
      nodes.forEach(visit);
    };
    scan(preamble(doc, firstSectionStart(doc.sections)), doc.title?.text ?? 'the introduction');
    for (const section of doc.sections) {
      // A required section that is only a placeholder is reported once, by empty-artifact.
      if (reportedEmpty.has(section)) continue;
      scan(section.nodes, section.heading);
    }
  },
};

function firstSectionStart(sections: readonly Section[]): number {
  return sections[0]?.headingRange.start ?? Number.POSITIVE_INFINITY;
}

/** The blocks between the front matter and the first `##` section, other than the `#` title. */
function preamble(doc: FileContext['doc'], end: number): RootContent[] {
  return doc.tree.children.filter((node) => {
    if (node.type === 'yaml' || (node.type === 'heading' && node.depth <= 2)) return false;
    const span: OffsetRange = spanOf(doc, node);
    return span.start < end;
  });
}
