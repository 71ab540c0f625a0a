import type { Nodes } from 'mdast';
import type { ContentRule } from './rule';

const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif)(?:[?#].*)?$/i;

function isDiagram(node: Nodes): boolean {
  if (node.type === 'code') return /^(?:mermaid|plantuml|puml|dot|graphviz)$/i.test(node.lang ?? '');
  if (node.type === 'image' || node.type === 'imageReference') return true;
  // A link to an image file ("see [the diagram](diagrams/components.svg)") is an image link too.
  if (node.type === 'link' && IMAGE_FILE.test(node.url)) return true;
  if (node.type === 'html') return /<(?:img|svg|picture|object)\b/i.test(node.value);
  return 'children' in node && (node.children as Nodes[]).some(isDiagram);
}

export const diagramMissing: ContentRule = {
  id: 'diagram-missing',
  defaultSeverity: 'warning',
  description: 'A diagram section has no `mermaid` block and no image.',
  accepts: 'a diagram section has no `mermaid` (or PlantUML/Graphviz) block and no image',
  fixAll: false,
  scope: 'content',
  contentCheck: 'diagram',
  check({ section, report }) {
    if (!section.nodes.some(isDiagram)) report(`"${section.heading}" has no diagram. Add a fenced \`mermaid\` block or an image link.`, section.headingRange);
  },
};
