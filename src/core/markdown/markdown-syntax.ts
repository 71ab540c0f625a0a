/**
 * The remark plugin for the syntax step files use: GFM (tables, task lists, footnotes, autolinks,
 * strikethrough) and YAML front matter. Parse-only: remark-gfm and remark-frontmatter would also
 * bring Markdown serialisers that nothing here uses (they are about a tenth of the extension bundle).
 */
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Processor } from 'unified';

export function stepFileSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfm(), frontmatter(['yaml']));
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown(), frontmatterFromMarkdown(['yaml']));
}
