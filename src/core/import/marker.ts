/**
 * The comment an import writes above a section it could not place in any artifact. The section
 * is kept word for word in the step of the section before it; the `unplaced-section` rule reports
 * the marker until the user moves the section where it belongs and deletes the comment.
 */
export const UNPLACED_MARKER = '<!-- design-docs: unplaced -->';

/** True for an HTML block that is the marker (spacing inside the comment may vary). */
export function isUnplacedMarker(html: string): boolean {
  return /^<!--\s*design-docs:\s*unplaced\s*-->\s*$/.test(html.trim());
}
