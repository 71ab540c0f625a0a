/** Which source file and offset each heading of an assembled document comes from, by heading id. */
import type { AssembledDocument } from './assemble';
import { parseMarkdown } from '../markdown/parse';
import { headingSlugs } from '../markdown/slug';

export interface HeadingTarget {
  /** The heading's id in the rendered HTML. */
  id: string;
  file: string;
  /** Offset of the heading in the file's text. */
  offset: number;
}

export function headingTargets(assembled: AssembledDocument): HeadingTarget[] {
  const byLine = new Map(assembled.sourceMap.map((entry) => [entry.line, entry]));
  const targets: HeadingTarget[] = [];
  for (const { heading, slug } of headingSlugs(parseMarkdown(assembled.markdown))) {
    const line = (heading.position?.start.line ?? 0) - 1;
    const entry = byLine.get(line);
    if (entry) targets.push({ id: slug, file: entry.file, offset: entry.offset });
  }
  return targets;
}
