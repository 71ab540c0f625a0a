/** Which source file and offset each heading of an assembled document comes from, by heading id. */
import type { AssembledDocument } from './assemble';

export interface HeadingTarget {
  /** The heading's id in the rendered HTML. */
  id: string;
  file: string;
  /** Offset of the heading in the file's text. */
  offset: number;
}

/** Read from the assembly's source map, which already carries each heading's id: no second parse. */
export function headingTargets(assembled: AssembledDocument): HeadingTarget[] {
  return assembled.sourceMap.flatMap((entry) => (entry.id ? [{ id: entry.id, file: entry.file, offset: entry.offset }] : []));
}
