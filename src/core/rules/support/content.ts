/** Reading a section's content the way several content rules (and tracing) need it. */
import type { Code, Nodes } from 'mdast';
import { columnIndex, itemsIn, makeItem, plainText, subheadingsIn, tablesIn, type Item } from '../../markdown/blocks';
import { spanOf, type Section, type StepDoc } from '../../markdown/parse';
import { hasTimeValue, isPlaceholderText, normalizeName } from '../../markdown/text';
import type { ContentContext } from '../rule';

export function sectionText(section: Section): string {
  return section.nodes.map((node) => plainText(node)).join('\n');
}

/** Statements that an operation has no latency bar: "not latency-sensitive", "do not need to be realtime". */
const NOT_LATENCY_SENSITIVE =
  /\b(?:not latency[- ]sensitive|no latency (?:target|requirement)|best[- ]effort|asynchronous|async|eventually|(?:not|no need to be|need not be|needn't be|(?:do|does|don't|doesn't) not? ?need to be) (?:(?:in|near) )?(?:real[- ]?time|instant(?:aneous)?|immediate|synchronous))\b/i;

export function hasLatencyTarget(text: string): boolean {
  return hasTimeValue(text) || NOT_LATENCY_SENSITIVE.test(text);
}

export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const HTTP_OPERATION = /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\/|^[ \t]*\/[\w{}/:.-]/m;
const SPEC_BLOCK = /^[ \t]*(?:openapi|swagger)[ \t]*:|^[ \t]*paths[ \t]*:|"paths"\s*:|\brpc\s+\w+\s*\(|\btype\s+(?:Query|Mutation)\b/m;

/**
 * The operations an API section defines: table rows, operation-like list items, `###` and `####`
 * headings, and the operations written in its code blocks (see `codeOperations`).
 */
export function apiOperations(doc: StepDoc, section: Section): Item[] {
  const items = itemsIn(doc, section).filter((item) => item.source === 'row' || (item.source === 'list' && HTTP_OPERATION.test(item.text)));
  for (const heading of subheadingsIn(doc, section, 4)) items.push(makeItem(heading.name, `${heading.name} ${heading.bodyText}`, heading.range, 'heading'));
  for (const block of codeBlocksIn(section.nodes)) {
    for (const operation of codeOperations(block.value)) items.push(makeItem(operation.name, operation.text, spanOf(doc, block), 'code'));
  }
  return items;
}

/** Code blocks holding an OpenAPI, gRPC or GraphQL definition. */
export function apiSpecBlocks(section: Section): Code[] {
  return section.nodes.filter((node): node is Code => node.type === 'code' && SPEC_BLOCK.test(node.value));
}

function codeBlocksIn(nodes: readonly Nodes[]): Code[] {
  return nodes.flatMap((node) => (node.type === 'code' ? [node] : 'children' in node ? codeBlocksIn(node.children as Nodes[]) : []));
}

/** An operation written in a code block: its name and the text tracing matches against. */
interface CodeOperation {
  name: string;
  text: string;
}

const CURL = /(?:^|[\s;|&(`])curl\s(.*)$/;
const REQUEST_LINE = /^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\/\S*|https?:\/\/\S+)/;
const RPC = /^\s*rpc\s+([A-Za-z_]\w*)\s*\(/;
/** `func Name(`, `func (r *T) Name(`, `def name(`, `fn name<T>(`, `function name(`, with modifiers before. */
const DECLARATION = /^\s*(?:(?:export|public|private|protected|static|async|pub|abstract)\s+)*(?:func|def|fn|function)\s+(?:\([^()]*\)\s*)?([A-Za-z_]\w*)\s*[(<[]/;
/** `Name(args) -> Result`, `Name(args) => Result`, `Name(args) returns Result`, `name(args): Result`. */
const ARROW_SIGNATURE = /^\s*([A-Za-z_][\w.]*)\s*\([^()]*\)\s*(?:->|=>|\u2192|returns\b|:\s*[\w[{(<])/;
/** A line that opens a block of method declarations: a Go/TS/Java interface, a gRPC service, a trait. */
const METHOD_BLOCK = /\b(?:interface|service|trait|protocol|type\s+(?:Query|Mutation|Subscription))\b/;
const METHOD_NAME = /\b([A-Za-z_]\w*)\s*\(/;
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#|--)/;
const NOT_OPERATIONS = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'func', 'function', 'new', 'throw', 'await', 'yield', 'typeof', 'sizeof', 'main', 'init']);
const METHOD_VERBS: Record<string, string> = { GET: 'get', POST: 'create', PUT: 'update', PATCH: 'update', DELETE: 'delete', HEAD: 'get', OPTIONS: 'options' };

/**
 * The operations written in a code block: each `curl` command (`-X`/`--request` names the method;
 * without it a command that sends data is a POST, otherwise a GET), each HTTP request line
 * (`POST /v1/links`), and each function signature: `rpc Name(…)`, `func`/`def`/`fn` declarations,
 * `Name(args) -> Result`, and the methods of an `interface`, `service` or `trait` block. Curl and
 * request lines are named `METHOD /path`; signatures by their function's name.
 */
export function codeOperations(code: string): CodeOperation[] {
  const operations: CodeOperation[] = [];
  let depth = 0;
  for (const line of code.replace(/\\\r?\n/g, ' ').split(/\r\n|\r|\n/)) {
    const curl = CURL.exec(line);
    const request = curl ? curlRequest(curl[1] ?? '') : REQUEST_LINE.exec(line)?.slice(1, 3);
    if (request?.[0] && request[1] !== undefined) operations.push(httpOperation(request[0], request[1]));
    else if (!COMMENT_LINE.test(line)) {
      const name = RPC.exec(line)?.[1] ?? DECLARATION.exec(line)?.[1] ?? ARROW_SIGNATURE.exec(line)?.[1] ?? (depth > 0 ? METHOD_NAME.exec(line)?.[1] : undefined);
      if (name && !NOT_OPERATIONS.has(name.toLowerCase())) operations.push({ name, text: `${spacedWords(name)} ${line}` });
    }
    if (depth > 0 || (METHOD_BLOCK.test(line) && line.includes('{'))) depth = Math.max(0, depth + count(line, '{') - count(line, '}'));
  }
  return operations;
}

function httpOperation(method: string, url: string): CodeOperation {
  const path = urlPath(url);
  const resource = path.split('/').filter((segment) => segment && !/[{}:$<]|^v\d+$|^api$/i.test(segment)).pop() ?? '';
  return { name: `${method} ${path}`, text: `${method} ${url} ${METHOD_VERBS[method] ?? ''} ${spacedWords(resource)}` };
}

/** The path of a URL, without its scheme, host, query or fragment: `https://h/api/v1/x?y=1` → `/api/v1/x`. */
function urlPath(url: string): string {
  const rest = url.replace(/^[a-z][\w+.-]*:\/\//i, '');
  const slash = url.startsWith('/') ? 0 : rest.indexOf('/');
  const path = slash < 0 ? '/' : rest.slice(slash);
  return path.split(/[?#]/)[0] || '/';
}

/** Options of curl that take a value (the value is skipped, so a URL inside a body is not the target). */
const CURL_VALUE_OPTIONS = new Set([
  '-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--json', '-F', '--form', '-H', '--header', '-u', '--user', '-o',
  '--output', '-A', '--user-agent', '-b', '--cookie', '-c', '--cookie-jar', '-e', '--referer', '-T', '--upload-file', '-w', '--write-out',
  '-m', '--max-time', '--connect-timeout', '-E', '--cert', '--key', '--cacert', '-K', '--config', '-x', '--proxy', '--retry', '-r', '--range',
]);
const CURL_DATA_OPTIONS = /^(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)$/;

/** The method and URL a curl command line sends, or undefined when it names no URL. */
function curlRequest(args: string): [string, string] | undefined {
  let method: string | undefined;
  let url: string | undefined;
  let sendsData = false;
  let get = false;
  const tokens = shellWords(args);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? '';
    if (/^(?:\||;|&&|\|\||>|>>)$/.test(token)) break;
    const [option, inline] = token.startsWith('--') && token.includes('=') ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)] : [token, undefined];
    const value = () => inline ?? tokens[++index] ?? '';
    if (option === '-X' || option === '--request') method = value().toUpperCase();
    else if (/^-X[A-Za-z]+$/.test(option)) method = option.slice(2).toUpperCase();
    else if (option === '--url') url = value();
    else if (option === '-G' || option === '--get') get = true;
    else if (option === '-I' || option === '--head') method ??= 'HEAD';
    else if (CURL_VALUE_OPTIONS.has(option)) {
      if (CURL_DATA_OPTIONS.test(option)) sendsData = true;
      value();
    } else if (!token.startsWith('-') && url === undefined && /[/.:]/.test(token)) url = token;
  }
  if (url === undefined) return undefined;
  return [method ?? (sendsData && !get ? 'POST' : 'GET'), url];
}

/** A command line split into words as a shell would, quotes removed (a rough reading: no expansions). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index] ?? '';
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && index + 1 < line.length) word += line[++index] ?? '';
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** `CreateObjectStore` → `Create Object Store`, `friend_search` → `friend search`, for matching by words. */
function spacedWords(name: string): string {
  return normalizeName(name.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2'));
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * A table rule's column check: each table needs a column whose heading matches `column`, and each
 * row a value in it. Returns the number of tables, so a rule can tell prose from tables.
 */
export function checkTableColumn(
  { doc, section, report }: ContentContext,
  column: RegExp,
  messages: { noColumn: string; emptyCell: (name: string) => string },
): number {
  const tables = tablesIn(doc, section);
  for (const table of tables) {
    const index = columnIndex(table.header, column);
    if (index < 0) {
      report(messages.noColumn, table.range);
      continue;
    }
    for (const row of table.rows) {
      if (isPlaceholderText(row.cells[index] ?? '')) report(messages.emptyCell(row.cells[0] ?? ''), row.range);
    }
  }
  return tables.length;
}
