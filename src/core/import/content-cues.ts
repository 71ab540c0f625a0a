/**
 * What a section's own blocks say it is, when its heading names no artifact: a drawn diagram, a
 * table of request rates, API operations written as code, or the author/status block documents
 * open with. Each cue leads to artifacts of the catalogue by what they are (their kind, role or
 * checks), never by a fixed id, so a changed catalogue still gets its cues right.
 */
import type { Code, Nodes, RootContent, Table } from 'mdast';
import type { ArtifactSpec, StepSpec } from '../catalogue/step-types';
import { plainText } from '../markdown/blocks';
import { matchHeading } from '../markdown/heading-match';
import { isDiagram } from '../rules/support/diagram';
import { codeOperations } from '../rules/support/content';

export type ImportCue = 'diagram' | 'throughput' | 'api' | 'metadata';

/** Why a cue placed a section, said to the user. */
export const CUE_REASONS: Record<ImportCue, string> = {
  diagram: 'it holds a diagram (a mermaid block, an image or a drawing of boxes)',
  throughput: 'it holds a table with a rate column (TPS, QPS, requests per second)',
  api: 'it shows API operations (a curl command, a `METHOD /path` line, function signatures or a list of named methods and what they return)',
  metadata: 'it lists the document\'s authors, approvers or status',
};

const RATE_COLUMN = /\b(?:TPS|QPS|RPS|ops\/s(?:ec)?|req(?:uests)?\/s(?:ec)?|per second|rate)\b/i;
const HTTP_LINE = /^\s*(?:GET|POST|PUT|PATCH|DELETE)\s+\/\S*/m;
const SPEC_BLOCK = /^[ \t]*(?:openapi|swagger)[ \t]*:|^[ \t]*paths[ \t]*:|\brpc\s+\w+\s*\(|\btype\s+(?:Query|Mutation)\b/m;
/** Labels of a document's metadata: "Author: …", "| Status | Draft |", "**Approver**: …". */
const METADATA_KEY = /^\s*\**\s*(?:authors?(?:\(s\))?|owners?|approvers?|reviewers?|sponsors?|editors?|shepherds?|status|state|date|created|last updated|updated|discussion(?: at)?|tracking issue|implemented in|tags|deciders)\s*\**\s*:?\s*\**\s*(?::|$)/i;

function tableHeader(table: Table): string[] {
  return table.children[0]?.children.map((cell) => plainText(cell).trim()) ?? [];
}

function metadataLines(node: RootContent): number {
  if (node.type === 'list') return node.children.filter((item) => METADATA_KEY.test(plainText(item).split('\n')[0] ?? '')).length;
  if (node.type === 'table') {
    return node.children.filter((row) => METADATA_KEY.test(`${plainText(row.children[0] ?? { type: 'text', value: '' })}:`)).length;
  }
  if (node.type === 'paragraph') return plainText(node).split('\n').filter((line) => METADATA_KEY.test(line)).length;
  return 0;
}

function codeBlocks(node: Nodes): Code[] {
  if (node.type === 'code') return [node];
  return 'children' in node ? (node.children as Nodes[]).flatMap(codeBlocks) : [];
}

/** API operations written in code (curl, request lines, signatures, OpenAPI/gRPC/GraphQL): a strong sign. */
function codeShowsApi(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => codeBlocks(node).some((block) => !isDiagram(block) && (SPEC_BLOCK.test(block.value) || codeOperations(block.value).length > 0)));
}

/** "GetTopChannels returns the root channels", "`CreateLease()` creates …": a list item that opens with a named operation and what it does. */
const NAMED_OPERATION = /^\s*`?[a-zA-Z][a-z]+(?:[A-Z][a-z0-9]*)+(?:\(\))?`?\s*(?:[:\u2013\u2014-]\s*)?(?:returns|creates|deletes|lists|gets|updates|removes|sets|adds|sends|fetches|watches|streams|reads|writes)\b/;
const NAMED_OPERATIONS_NEEDED = 2;

/**
 * A request line in prose ("**POST /api/v1/alerts** goes to any replica"), or a list of RPC methods
 * each with what it returns, as gRPC proposals write their service: a weaker sign than a picture.
 */
function proseShowsApi(nodes: readonly RootContent[]): boolean {
  return nodes.some(
    (node) =>
      ((node.type === 'paragraph' || node.type === 'list') && HTTP_LINE.test(plainText(node))) ||
      (node.type === 'list' && node.children.filter((item) => NAMED_OPERATION.test(plainText(item))).length >= NAMED_OPERATIONS_NEEDED),
  );
}

/** The cues a section's own blocks show, strongest first. */
export function cuesOf(nodes: readonly RootContent[]): ImportCue[] {
  const cues: ImportCue[] = [];
  if (nodes.reduce((count, node) => count + metadataLines(node), 0) >= 2) cues.push('metadata');
  if (nodes.some((node) => node.type === 'table' && tableHeader(node).some((cell) => RATE_COLUMN.test(cell)))) cues.push('throughput');
  if (codeShowsApi(nodes)) cues.push('api');
  if (nodes.some((node) => isDiagram(node))) cues.push('diagram');
  if (!cues.includes('api') && proseShowsApi(nodes)) cues.push('api');
  return cues;
}

/** The artifacts a cue leads to, in catalogue order. */
export function artifactsForCue(steps: readonly StepSpec[], cue: ImportCue): { step: StepSpec; artifact: ArtifactSpec }[] {
  const fits = (artifact: ArtifactSpec): boolean => {
    switch (cue) {
      case 'diagram':
        return artifact.kind === 'diagram' || artifact.checks.includes('diagram');
      case 'throughput':
        return artifact.role === 'throughput' || artifact.checks.includes('throughput-rows');
      case 'api':
        return artifact.role === 'api' || artifact.checks.includes('api-operations');
      case 'metadata':
        // whoever the catalogue calls the people with a say: "Stakeholders", "Reviewers", "Owners"
        return matchHeading([artifact], 'Stakeholders')?.closeness === 2 || matchHeading([artifact], 'Reviewers')?.closeness === 2;
    }
  };
  return steps.flatMap((step) => step.artifacts.filter(fits).map((artifact) => ({ step, artifact })));
}
