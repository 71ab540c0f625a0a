/**
 * The syntax step files use: GFM (tables, task lists, footnotes, autolinks, strikethrough) and
 * YAML front matter. Parse-only: remark-gfm and remark-frontmatter would also bring Markdown
 * serialisers that nothing here uses (they are about a tenth of the extension bundle).
 */
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Root } from 'mdast';
import type { ParseContext } from 'micromark-util-types';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { parse, postprocess, preprocess } from 'micromark';
import type { Processor } from 'unified';
import { autolinkLiteralFromMarkdown, autolinkLiteralSyntax, linkLiterals, literalKindsIn } from './autolink-literals';
import { eventCompiler, type EventCompiler } from './compile-events';

/** The remark plugin (for rendering, where the whole document goes through unified anyway). */
export function stepFileSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm(), frontmatter(['yaml']));
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown(), frontmatterFromMarkdown(['yaml']));
}

// The same extensions as `gfm()` and `gfmFromMarkdown()`, in their order, with autolink literals
// limited to what each text holds (see autolink-literals.ts).
const otherGfmSyntax = [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()];
const frontMatterSyntax = frontmatter(['yaml']);
const mdastExtensions = [
  autolinkLiteralFromMarkdown,
  gfmFootnoteFromMarkdown(),
  gfmStrikethroughFromMarkdown(),
  gfmTableFromMarkdown(),
  gfmTaskListItemFromMarkdown(),
  frontmatterFromMarkdown(['yaml']),
];

interface StepSyntax {
  parser: ParseContext;
  /** The parser's own fields when made; any other is one a document left (such as its footnotes). */
  fields: Set<string>;
  compiler: EventCompiler;
}

const syntaxes = new Map<string, StepSyntax>();

/**
 * One parser per set of extensions, reset for each text: `parse()` would combine the extensions
 * again every time. What micromark keeps about one document lives on the parser: its link
 * definitions (`defined`), its lazy lines (`lazy`) and what extensions add (footnote labels).
 */
function syntaxFor(kinds: ReturnType<typeof literalKindsIn>): StepSyntax {
  const key = `${kinds.email}${kinds.www}${kinds.protocol}`;
  let syntax = syntaxes.get(key);
  if (!syntax) {
    const extensions = [autolinkLiteralSyntax(kinds), ...otherGfmSyntax, frontMatterSyntax];
    const parser = parse({ extensions });
    syntax = { parser, fields: new Set(Object.keys(parser)), compiler: eventCompiler(extensions, mdastExtensions) };
    syntaxes.set(key, syntax);
  }
  const state = syntax.parser as unknown as Record<string, unknown>;
  for (const field of Object.keys(state)) if (!syntax.fields.has(field)) delete state[field];
  syntax.parser.defined = [];
  syntax.parser.lazy = {};
  return syntax;
}

/** The text (without a BOM) as an mdast tree: the same tree `unified().use(remarkParse).use(stepFileSyntax)` gives. */
export function parseStepMarkdown(text: string): Root {
  const kinds = literalKindsIn(text);
  const { parser, compiler } = syntaxFor(kinds);
  const events = postprocess(parser.document().write(preprocess()(text, undefined, true)));
  const tree = compiler.compile(events);
  if (kinds.email || kinds.www || kinds.protocol) linkLiterals(tree);
  return tree;
}
