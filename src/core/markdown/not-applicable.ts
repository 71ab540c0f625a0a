/**
 * Whether a section is written, empty or marked not applicable: the one definition the checker,
 * the tracing rules and the form share.
 *
 * A section is marked **not applicable** when its first block of content (guidance comments left
 * aside) is a paragraph that starts with `Not applicable` or `N/A` (any case) followed by a colon,
 * an em dash or an en dash, then the reason: `N/A: internal tool, no external users.` Emphasis
 * does not matter (`**N/A:** …` reads the same). The reason is the rest of that paragraph. The
 * marker alone (`N/A`, `Not applicable.`, `N/A: TODO`) is a marker without a reason: the section
 * still counts as empty, so the checker asks for the reason.
 */
import type { Nodes } from 'mdast';
import { isMeaningful, isSectionEmpty, plainText } from './blocks';
import { spanOf, type Section, type StepDoc } from './parse';
import { isPlaceholderText } from './text';
import type { OffsetRange } from '../types';

export interface NotApplicable {
  /** The reason after the marker, white space collapsed; '' when the marker gives none. */
  reason: string;
  /** The marker's paragraph in the file's text. */
  range: OffsetRange;
}

/** What a section holds: written content, nothing yet, or a not-applicable marker with its reason. */
export type SectionState = 'present' | 'empty' | 'not-applicable';

export interface SectionReading {
  state: SectionState;
  /** Set when the section starts with the marker: with a reason (`not-applicable`) or without one (`empty`). */
  notApplicable?: NotApplicable;
}

/** The marker, then a separator (`:`, `—`, `–`), or nothing but a full stop to the end. */
const MARKER = /^(?:not\s+applicable|n\/a)[ \t]*(?:[:\u2014\u2013]|\.?$)/i;

/** The section's not-applicable marker, when its first paragraph of content starts with one. */
export function notApplicableMarker(doc: StepDoc, section: Section): NotApplicable | undefined {
  const first: Nodes | undefined = section.nodes.find(isMeaningful);
  if (first?.type !== 'paragraph') return undefined;
  const text = plainText(first).trim();
  const marker = MARKER.exec(text);
  if (!marker) return undefined;
  const reason = text.slice(marker[0].length).replace(/\s+/g, ' ').trim();
  return { reason: isPlaceholderText(reason) ? '' : reason, range: spanOf(doc, first) };
}

/** How the checker, the tracing rules and the form read a section. */
export function readSection(doc: StepDoc, section: Section): SectionReading {
  const notApplicable = notApplicableMarker(doc, section);
  if (notApplicable) return { state: notApplicable.reason ? 'not-applicable' : 'empty', notApplicable };
  return { state: isSectionEmpty(section) ? 'empty' : 'present' };
}
