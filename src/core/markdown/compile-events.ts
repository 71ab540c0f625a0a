/**
 * micromark events → mdast, with mdast-util-from-markdown's own node handlers but without its
 * per-event cost.
 *
 * mdast-util-from-markdown 2.1.0 calls each event's handler on a fresh copy of its compile context
 * (`{...context, sliceSerialize}`): one object per event, a third of the tree building and much of
 * the garbage it leaves. This driver takes the library's handlers (read once from a context the
 * library itself hands to a `beforeEnter` listener) and calls them on one context whose
 * `sliceSerialize` is set before each call, which is all that differed between the copies. List
 * preparation (list items and their spread) is the library's, ported as is. The tree is the one
 * `fromMarkdown` builds; `parse-tree.test.ts` holds it to that.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown, type CompileContext, type Extension as FromMarkdownExtension, type Handle } from 'mdast-util-from-markdown';
import type { Event, Extension, Point, Token } from 'micromark-util-types';

type Handlers = Record<string, Handle>;
type OnError = (this: CompileContext, left: Token | undefined, right: Token) => undefined;

export interface EventCompiler {
  compile(events: Event[]): Root;
}

/** A compiler for events parsed with `extensions`, building nodes as `mdastExtensions` say. */
export function eventCompiler(extensions: Extension[], mdastExtensions: FromMarkdownExtension[]): EventCompiler {
  let captured: CompileContext | undefined;
  function capture(this: CompileContext): undefined {
    captured ??= { ...this };
  }
  const probe: FromMarkdownExtension = { beforeEnter: capture };
  fromMarkdown('probe', { extensions, mdastExtensions: [...mdastExtensions, probe] });
  if (!captured) throw new Error('mdast-util-from-markdown gave its listeners no context');
  const { config, enter, exit, buffer, resume } = captured;
  if (config.transforms.length > 0) throw new Error('this compiler runs no tree transforms');
  // Own properties only, as the library looks them up.
  const enterHandlers: Handlers = Object.assign(Object.create(null) as Handlers, config.enter);
  const exitHandlers: Handlers = Object.assign(Object.create(null) as Handlers, config.exit);
  return {
    compile(events) {
      const tree: Root = { type: 'root', children: [], position: undefined };
      const context = { stack: [tree as Nodes], tokenStack: [], config, enter, exit, buffer, resume, data: {}, sliceSerialize: undefined } as unknown as CompileContext;
      const prepared = withListItems(events);
      for (const [kind, token, tokenizer] of prepared) {
        const handle = (kind === 'enter' ? enterHandlers : exitHandlers)[token.type];
        if (handle) {
          context.sliceSerialize = tokenizer.sliceSerialize;
          handle.call(context, token);
        }
      }
      const open = context.tokenStack[context.tokenStack.length - 1];
      if (open) {
        const onError = open[1] as OnError | undefined;
        if (!onError) throw new Error(`Cannot close document, a token (\`${open[0].type}\`) is still open`);
        onError.call(context, undefined, open[0]);
      }
      const first = prepared[0]?.[1].start ?? { line: 1, column: 1, offset: 0 };
      const last = prepared[prepared.length - 2]?.[1].end ?? { line: 1, column: 1, offset: 0 };
      tree.position = { start: point(first), end: point(last) };
      return tree;
    },
  };
}

function point(at: Pick<Point, 'line' | 'column' | 'offset'>): { line: number; column: number; offset: number } {
  return { line: at.line, column: at.column, offset: at.offset };
}

/** The events with `listItem` tokens added and each list's and item's spread inferred (the library's `compile` prologue). */
function withListItems(events: Event[]): Event[] {
  const listStack: number[] = [];
  const prepared: Event[] = [];
  for (const event of events) {
    prepared.push(event);
    if (event[1].type === 'listOrdered' || event[1].type === 'listUnordered') {
      if (event[0] === 'enter') listStack.push(prepared.length - 1);
      else prepareList(prepared, listStack.pop() ?? 0);
    }
  }
  return prepared;
}

type ListToken = Token & { _spread?: boolean };

/** mdast-util-from-markdown's `prepareList`: the list is last in `events`, so nothing after it shifts. */
function prepareList(events: Event[], start: number): void {
  const end = events.length - 1;
  let containerBalance = -1;
  let listSpread = false;
  let listItem: ListToken | undefined;
  let lineIndex: number | undefined;
  let firstBlankLineIndex: number | undefined;
  let atMarker: boolean | undefined;
  const insertions: { at: number; event: Event }[] = [];
  for (let index = start; index <= end; index++) {
    const event = events[index] as Event;
    switch (event[1].type) {
      case 'listUnordered':
      case 'listOrdered':
      case 'blockQuote':
        containerBalance += event[0] === 'enter' ? 1 : -1;
        atMarker = undefined;
        break;
      case 'lineEndingBlank':
        if (event[0] === 'enter') {
          if (listItem && !atMarker && !containerBalance && !firstBlankLineIndex) firstBlankLineIndex = index;
          atMarker = undefined;
        }
        break;
      case 'linePrefix':
      case 'listItemValue':
      case 'listItemMarker':
      case 'listItemPrefix':
      case 'listItemPrefixWhitespace':
        break;
      default:
        atMarker = undefined;
    }
    const itemStarts = !containerBalance && event[0] === 'enter' && event[1].type === 'listItemPrefix';
    const listEnds = containerBalance === -1 && event[0] === 'exit' && (event[1].type === 'listUnordered' || event[1].type === 'listOrdered');
    if (!itemStarts && !listEnds) continue;
    if (listItem) {
      lineIndex = undefined;
      for (let tailIndex = index - 1; tailIndex >= 0; tailIndex--) {
        const tailEvent = events[tailIndex] as Event;
        const type = tailEvent[1].type;
        if (type === 'lineEnding' || type === 'lineEndingBlank') {
          if (tailEvent[0] === 'exit') continue;
          if (lineIndex) {
            (events[lineIndex] as Event)[1].type = 'lineEndingBlank';
            listSpread = true;
          }
          tailEvent[1].type = 'lineEnding';
          lineIndex = tailIndex;
        } else if (type !== 'linePrefix' && type !== 'blockQuotePrefix' && type !== 'blockQuotePrefixWhitespace' && type !== 'blockQuoteMarker' && type !== 'listItemIndent') {
          break;
        }
      }
      if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) listItem._spread = true;
      listItem.end = Object.assign({}, lineIndex ? (events[lineIndex] as Event)[1].start : event[1].end);
      insertions.push({ at: lineIndex || index, event: ['exit', listItem, event[2]] });
    }
    if (event[1].type === 'listItemPrefix') {
      const item = { type: 'listItem', _spread: false, start: Object.assign({}, event[1].start), end: undefined } as unknown as ListToken;
      listItem = item;
      insertions.push({ at: index, event: ['enter', item, event[2]] });
      firstBlankLineIndex = undefined;
      atMarker = true;
    }
  }
  const listEvents = events.splice(start);
  let insertion = 0;
  for (let index = 0; index < listEvents.length; index++) {
    while (insertion < insertions.length && insertions[insertion]?.at === start + index) events.push((insertions[insertion++] as { event: Event }).event);
    events.push(listEvents[index] as Event);
  }
  ((events[start] as Event)[1] as ListToken)._spread = listSpread;
}
