/** Suggestions for a broken link: the heading or file name its author most likely meant. */
import { editDistance } from '../../markdown/edit-distance';
import type { Anchor } from '../../markdown/links';
import { slugify } from '../../markdown/slug';

/** Two edits, or a third of the word: a typo, not another word. */
function typoLimit(word: string): number {
  return Math.max(2, Math.floor(word.length / 3));
}

/** Longer names are not suggested for: comparing them would cost more than it could help. */
const MAX_LENGTH = 200;

/** A leading section number in a slug (`5-3-` of `## 5.3 Data lifecycle` → `53-data-lifecycle`). */
const NUMBER_PREFIX = /^\d+(?:-\d+)*-/;

/**
 * The heading whose anchor is nearest `fragment`: the same after GitHub's slugging (`#Data-Flow`),
 * the same without the heading's section number, or a typo away. Ties go to the first heading.
 */
export function nearestAnchor(fragment: string, anchors: readonly Anchor[]): Anchor | undefined {
  const wanted = slugify(fragment);
  if (wanted.length > MAX_LENGTH) return undefined;
  const limit = typoLimit(wanted);
  let best: { anchor: Anchor; distance: number } | undefined;
  for (const anchor of anchors) {
    // The lengths alone rule out most headings (a section number adds at most a few characters).
    if (anchor.text === '' || anchor.id.length > wanted.length + limit + 8 || anchor.id.length < wanted.length - limit) continue;
    const distance = Math.min(editDistance(wanted, anchor.id), editDistance(wanted, anchor.id.replace(NUMBER_PREFIX, '')));
    if (!best || distance < best.distance) best = { anchor, distance };
  }
  return best && best.distance <= limit ? best.anchor : undefined;
}

/** The name in `names` nearest `name`: the same but for case, or a typo away. */
export function nearestName(name: string, names: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  if (wanted.length > MAX_LENGTH) return undefined;
  const limit = typoLimit(wanted);
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    if (candidate === name || Math.abs(candidate.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= limit ? best.name : undefined;
}
