/**
 * The allowed `status` closest to one we do not know, for the quick fix of an unknown status.
 *
 * Files often arrive from another process with that process's status words (a Kubernetes KEP's
 * `implementable`, an ADR's `accepted`, an RFC's `final`). Spelling alone would map them badly:
 * by edit distance `implemented` is nearer `draft` than `approved`, and `accepted` nearer
 * `approved` only by luck. So a small table of other processes' words comes first, mapped by what
 * the word says about the step: is it still being written (`draft`), written and waiting for its
 * stakeholders (`in-review`), or validated by them (`approved`)? Only for a word the table does
 * not know does spelling decide (typos such as `aproved`, `in_review`, `Reviewed`), and a word
 * close to none of the three gets `draft`: what the checker already treats the step as, so the
 * fix changes nothing but the file's text. The fix is offered, never applied with "Fix all": the
 * user confirms the mapping.
 */
import { STATUSES, type StepStatus } from '../types';
import { editDistance } from './edit-distance';

/** Each word by what it says about the step; keys are lower case with only letters and digits. */
const VOCABULARY: Readonly<Record<string, { status: StepStatus; process?: string }>> = {
  // Kubernetes KEPs: provisional = accepted in principle, details still being written;
  // implementable = approved by the KEP approvers for implementation; implemented = done.
  provisional: { status: 'draft', process: 'a Kubernetes KEP status' },
  implementable: { status: 'approved', process: 'a Kubernetes KEP status' },
  implemented: { status: 'approved', process: 'a Kubernetes KEP status' },
  // Words of ADRs, RFCs, PEPs and design-review templates.
  proposed: { status: 'in-review' },
  proposal: { status: 'in-review' },
  review: { status: 'in-review' },
  reviewing: { status: 'in-review' },
  underreview: { status: 'in-review' },
  inreview: { status: 'in-review' },
  pendingreview: { status: 'in-review' },
  pending: { status: 'in-review' },
  submitted: { status: 'in-review' },
  rfc: { status: 'in-review' },
  discussion: { status: 'in-review' },
  underdiscussion: { status: 'in-review' },
  accepted: { status: 'approved' },
  agreed: { status: 'approved' },
  adopted: { status: 'approved' },
  ratified: { status: 'approved' },
  signedoff: { status: 'approved' },
  final: { status: 'approved' },
  done: { status: 'approved' },
  complete: { status: 'approved' },
  completed: { status: 'approved' },
  finished: { status: 'approved' },
  merged: { status: 'approved' },
  published: { status: 'approved' },
  wip: { status: 'draft' },
  workinprogress: { status: 'draft' },
  inprogress: { status: 'draft' },
  todo: { status: 'draft' },
  new: { status: 'draft' },
  idea: { status: 'draft' },
  open: { status: 'draft' },
  started: { status: 'draft' },
  writing: { status: 'draft' },
  // A rejected, withdrawn or superseded step validates nothing; the checker treats it as draft.
  rejected: { status: 'draft' },
  withdrawn: { status: 'draft' },
  deferred: { status: 'draft' },
  superseded: { status: 'draft' },
  replaced: { status: 'draft' },
  deprecated: { status: 'draft' },
  abandoned: { status: 'draft' },
};

export interface NearestStatus {
  status: StepStatus;
  /** Where the word comes from, when the table knows (for the message). */
  process?: string;
}

/** The allowed status nearest `value` (see the module comment for what "nearest" means). */
export function nearestStatus(value: string): NearestStatus {
  const key = value.toLowerCase().replace(/[^\p{Letter}\p{Number}]/gu, '');
  const known = VOCABULARY[key];
  if (known) return known.process ? { status: known.status, process: known.process } : { status: known.status };
  let best: { status: StepStatus; distance: number } = { status: 'draft', distance: Infinity };
  for (const status of STATUSES) {
    const distance = editDistance(key, status.replace(/-/g, ''));
    if (distance < best.distance) best = { status, distance };
  }
  // Two edits, or a third of the word, is a typo; farther than that is another word.
  return { status: best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.status : 'draft' };
}
