/**
 * Markdown → an HTML fragment that is safe to show in a webview or publish.
 *
 * - Raw HTML in the Markdown is dropped (remark-rehype without `allowDangerousHtml`), then
 *   rehype-sanitize checks what remains against a GitHub-like schema: no scripts, event handlers,
 *   styles, frames or forms; links only to http(s)/mailto/relative targets; images only from
 *   http(s) or relative paths.
 * - Headings get ids from the same slug function as the assembled document's contents, so its
 *   links work. Sanitising prefixes every id with `user-content-` (against DOM clobbering); the
 *   heading ids, which we make from heading text and which hold only letters, digits, `-` and `_`,
 *   get their plain slug back. Other ids (footnotes) keep the prefix, and in-page links to them are
 *   pointed at the prefixed id.
 * - Remote images (http, https, `//host`) are replaced by a link unless `allowRemoteImages`, so the
 *   editor loads nothing from the network; relative paths are kept, or mapped by `mapImageSrc`.
 * - ```mermaid fences stay `<pre><code class="language-mermaid">` for a client script to draw.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { stepFileSyntax } from '../markdown/markdown-syntax';
import { headingSlugs } from '../markdown/slug';

export interface RenderOptions {
  /** Keep http(s) images as images (default false: they become links, nothing remote loads). */
  allowRemoteImages?: boolean;
  /**
   * Maps a relative image path to the URL to load (a webview maps it to a webview resource URI).
   * Returning undefined drops the image and leaves its alt text.
   */
  mapImageSrc?: (src: string) => string | undefined;
}

const CLOBBER_PREFIX = 'user-content-';

/** Elements removed with everything inside them (the sanitizer drops other unknown tags but keeps their text). */
const STRIPPED = ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'svg', 'math'];

export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: CLOBBER_PREFIX,
  strip: [...new Set([...(defaultSchema.strip ?? []), ...STRIPPED])],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
  },
};

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const file = unified()
    .use(remarkParse)
    .use(stepFileSyntax)
    .use(() => addHeadingIds)
    .use(remarkRehype, { clobberPrefix: '' })
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(() => (tree: HastRoot) => finish(tree, options))
    .use(rehypeStringify)
    .processSync(markdown);
  return String(file);
}

function addHeadingIds(tree: MdastRoot): void {
  for (const { heading, slug } of headingSlugs(tree)) {
    if (!slug) continue;
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: slug } };
  }
}

function finish(tree: HastRoot, options: RenderOptions): void {
  const ids = new Set<string>();
  const anchors: Element[] = [];
  visitElements(tree, (element) => {
    const id = element.properties['id'];
    if (/^h[1-6]$/.test(element.tagName) && typeof id === 'string' && id.startsWith(CLOBBER_PREFIX) && !isFootnoteLabel(element)) {
      element.properties['id'] = id.slice(CLOBBER_PREFIX.length);
    }
    const final = element.properties['id'];
    if (typeof final === 'string') ids.add(final);
    if (element.tagName === 'a') anchors.push(element);
  });
  for (const anchor of anchors) {
    const href = anchor.properties['href'];
    if (typeof href !== 'string' || !href.startsWith('#')) continue;
    const target = decodeFragment(href.slice(1));
    if (!ids.has(target) && ids.has(CLOBBER_PREFIX + target)) anchor.properties['href'] = `#${CLOBBER_PREFIX}${target}`;
  }
  replaceImages(tree, options);
}

function isFootnoteLabel(element: Element): boolean {
  const className = element.properties['className'];
  return Array.isArray(className) && className.includes('sr-only');
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Absolute (any scheme) or protocol-relative, as a browser would read it. */
export function isRemoteUrl(url: string): boolean {
  let start = 0;
  while (start < url.length && url.charCodeAt(start) <= 0x20) start++;
  const cleaned = url.slice(start).replace(/[\t\n\r]/g, '').replace(/\\/g, '/');
  return /^[a-z][a-z\d+.-]*:/i.test(cleaned) || cleaned.startsWith('//');
}

function replaceImages(tree: HastRoot, options: RenderOptions): void {
  const replace = (parent: HastRoot | Element) => {
    parent.children = parent.children.map((child): (typeof parent.children)[number] => {
      if (child.type !== 'element') return child;
      if (child.tagName !== 'img') {
        replace(child);
        return child;
      }
      return imageOrStandIn(child, options);
    });
  };
  replace(tree);
}

function imageOrStandIn(image: Element, options: RenderOptions): ElementContent {
  const src = image.properties['src'];
  const alt = typeof image.properties['alt'] === 'string' ? image.properties['alt'] : '';
  delete image.properties['srcSet'];
  if (typeof src !== 'string' || src === '') return image;
  if (isRemoteUrl(src)) {
    if (options.allowRemoteImages && /^https?:/i.test(src.trim())) return image;
    return {
      type: 'element',
      tagName: 'a',
      properties: { href: src, className: ['remote-image'], title: 'Remote image, not loaded here' },
      children: [{ type: 'text', value: `Image: ${alt || src}` }],
    };
  }
  if (!options.mapImageSrc) return image;
  const mapped = options.mapImageSrc(src);
  if (mapped === undefined) return { type: 'element', tagName: 'span', properties: { className: ['missing-image'] }, children: [{ type: 'text', value: alt }] };
  image.properties['src'] = mapped;
  return image;
}

function visitElements(node: HastNodes, visit: (element: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) visitElements(child, visit);
}
