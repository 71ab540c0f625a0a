/** What counts as a diagram: a diagram-language block, an image, an image link, or ASCII-art boxes. */
import type { Nodes } from 'mdast';

const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif)(?:[?#].*)?$/i;
const DIAGRAM_LANGUAGE = /^(?:mermaid|plantuml|puml|dot|graphviz|d2|ditaa|svgbob)$/i;
/** A line of a drawn box: `+---+`, `|  name  |`, or box-drawing characters. */
const DRAWING_LINE = /[┌┐└┘│─├┤┬┴┼╔╗╚╝║═]|\+-{2,}|-{2,}\+|\|\s{2,}\S.*\s{2,}\|/;

/** Something that connects boxes: an arrow, or a second box beside the first. */
const CONNECTION = /-+>|<-+|=+>|[▶▼◀▲→←↓↑]|^\s*[v^]\s*$|(?:\+-+\+|┌─+┐).*?(?:\+-+\+|┌─+┐)/m;

/**
 * An untagged (or `text`/`ascii`) block drawn with boxes and arrows, as real docs often draw
 * their architecture: two or more lines of boxes and something connecting them, so a boxed note
 * ("+--- IMPORTANT ---+") or one arrow in a shell transcript is not a diagram.
 */
export function isAsciiArt(lang: string | null | undefined, value: string): boolean {
  if (lang && !/^(?:text|txt|ascii|plain|none)$/i.test(lang)) return false;
  let drawn = 0;
  for (const line of value.split('\n')) {
    if (DRAWING_LINE.test(line)) drawn++;
  }
  return drawn >= 2 && CONNECTION.test(value);
}

export function isDiagram(node: Nodes): boolean {
  if (node.type === 'code') return DIAGRAM_LANGUAGE.test(node.lang ?? '') || isAsciiArt(node.lang, node.value);
  if (node.type === 'image' || node.type === 'imageReference') return true;
  // A link to an image file ("see [the diagram](diagrams/components.svg)") is an image link too.
  if (node.type === 'link' && IMAGE_FILE.test(node.url)) return true;
  if (node.type === 'html') return /<(?:img|svg|picture|object)\b/i.test(node.value);
  return 'children' in node && (node.children as Nodes[]).some(isDiagram);
}
