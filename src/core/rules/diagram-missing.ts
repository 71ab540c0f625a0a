import type { ContentRule } from './rule';
import { isDiagram } from './support/diagram';

export const diagramMissing: ContentRule = {
  id: 'diagram-missing',
  defaultSeverity: 'warning',
  description: 'A diagram section has no `mermaid` block and no image.',
  accepts: 'a diagram section has no `mermaid` (or PlantUML, Graphviz, D2) block, no image or image link, and no ASCII-art drawing (an untagged block with two or more lines of boxes or arrows)',
  fixAll: false,
  scope: 'content',
  contentCheck: 'diagram',
  check({ section, report }) {
    if (!section.nodes.some(isDiagram)) report(`"${section.heading}" has no diagram. Add a fenced \`mermaid\` block or an image link.`, section.headingRange);
  },
};
