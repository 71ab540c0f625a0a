/**
 * GFM autolink literals (`https://…`, `www.…`, `a@b.c`) at the cost of the ones a text can hold.
 *
 * The stock extension tries an e-mail address at the start of every word and walks the whole tree
 * with four patterns afterwards; that was a fifth of the parse of a design with no address in it.
 * Here the parse only tries the kinds of literal whose mark ("@", "www.", "http://") the text
 * contains at all, and the tree walk looks only at text nodes holding such a mark. A construct
 * that cannot match leaves micromark's events as they were (a failed attempt is undone, and the
 * text runs it splits are joined again), so the tree is the one the stock extension builds.
 */
import type { Nodes, Parents, Root, RootContent, Text } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import type { Construct, ConstructRecord, Extension } from 'micromark-util-types';
import type { Extension as FromMarkdownExtension, Transform } from 'mdast-util-from-markdown';

/** Which kinds of autolink literal a text may hold. */
interface LiteralKinds {
  email: boolean;
  www: boolean;
  protocol: boolean;
}

/** Any literal the tree walk can turn into a link needs one of these in its text node. */
const LITERAL_MARK = /@|www\.|https?:\/\//i;

export function literalKindsIn(text: string): LiteralKinds {
  return {
    email: text.includes('@'),
    www: /www\./i.test(text),
    protocol: /https?:\/\//i.test(text),
  };
}

const stock = gfmAutolinkLiteral().text as ConstructRecord;
/** The stock record lists, for `w`, the e-mail construct then the `www.` one; for `h`, e-mail then protocol. */
const emailConstruct = stock[48] as Construct;
const wwwConstruct = (stock[119] as Construct[])[1] as Construct;
const protocolConstruct = (stock[104] as Construct[])[1] as Construct;

const syntaxCache = new Map<string, Extension>();

/** The micromark extension with only the constructs for `kinds`, in the stock extension's order. */
export function autolinkLiteralSyntax(kinds: LiteralKinds): Extension {
  const key = `${Number(kinds.email)}${Number(kinds.www)}${Number(kinds.protocol)}`;
  let extension = syntaxCache.get(key);
  if (!extension) {
    const text: Record<number, Construct[]> = {};
    const add = (code: number, construct: Construct) => (text[code] ??= []).push(construct);
    if (kinds.email) for (const code of Object.keys(stock)) add(Number(code), emailConstruct);
    if (kinds.protocol) for (const code of [72, 104]) add(code, protocolConstruct);
    if (kinds.www) for (const code of [87, 119]) add(code, wwwConstruct);
    extension = { text };
    syntaxCache.set(key, extension);
  }
  return extension;
}

const stockMdast = gfmAutolinkLiteralFromMarkdown();
const [stockTransform] = stockMdast.transforms ?? [];
/** The stock handlers for the literal tokens, without the whole-tree walk (done by `linkLiterals`). */
export const autolinkLiteralFromMarkdown: FromMarkdownExtension = { ...stockMdast, transforms: [] };

/**
 * The stock walk, run on each text node that holds a mark, one at a time: its patterns read only
 * the node's own text, so splitting node by node gives the same links and text.
 */
export function linkLiterals(tree: Root): void {
  if (!stockTransform) return;
  const visit = (parent: Parents): void => {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as Nodes;
      if (child.type === 'text') {
        if (!LITERAL_MARK.test(child.value)) continue;
        const wrapper: Root = { type: 'root', children: [child as Text] };
        transformOne(wrapper);
        children.splice(index, 1, ...wrapper.children);
        index += wrapper.children.length - 1;
      } else if (child.type !== 'link' && child.type !== 'linkReference' && 'children' in child) {
        visit(child);
      }
    }
  };
  visit(tree);
}

function transformOne(wrapper: Root): void {
  (stockTransform as Transform)(wrapper);
}
