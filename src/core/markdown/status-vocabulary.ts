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
import type { StatusPolicy } from '../catalogue/catalogue';
import { editDistance } from './edit-distance';

/** Each word by what it says about the step; keys are lower case with only letters and digits. */
/** `initial`, `review` and `approved` are read through the catalogue's status policy. */
type StatusRole = 'initial' | 'review' | 'approved';

const VOCABULARY: Readonly<Record<string, { status: StatusRole; process?: string }>> = {
  // Kubernetes KEPs: provisional = accepted in principle, details still being written;
  // implementable = approved by the KEP approvers for implementation; implemented = done.
  provisional: { status: 'initial', process: 'a Kubernetes KEP status' },
  implementable: { status: 'approved', process: 'a Kubernetes KEP status' },
  implemented: { status: 'approved', process: 'a Kubernetes KEP status' },
  // Words of ADRs, RFCs, PEPs and design-review templates.
  proposed: { status: 'review' },
  proposal: { status: 'review' },
  review: { status: 'review' },
  reviewing: { status: 'review' },
  underreview: { status: 'review' },
  inreview: { status: 'review' },
  pendingreview: { status: 'review' },
  pending: { status: 'review' },
  submitted: { status: 'review' },
  rfc: { status: 'review' },
  discussion: { status: 'review' },
  underdiscussion: { status: 'review' },
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
  wip: { status: 'initial' },
  workinprogress: { status: 'initial' },
  inprogress: { status: 'initial' },
  todo: { status: 'initial' },
  new: { status: 'initial' },
  idea: { status: 'initial' },
  open: { status: 'initial' },
  started: { status: 'initial' },
  writing: { status: 'initial' },
  // A rejected, withdrawn or superseded step validates nothing; the checker treats it as draft.
  rejected: { status: 'initial' },
  withdrawn: { status: 'initial' },
  deferred: { status: 'initial' },
  superseded: { status: 'initial' },
  replaced: { status: 'initial' },
  deprecated: { status: 'initial' },
  abandoned: { status: 'initial' },
};

export interface NearestStatus {
  status: string;
  /** Where the word comes from, when the table knows (for the message). */
  process?: string;
}

/** The allowed status nearest `value` (see the module comment for what "nearest" means). */
export function nearestStatus(value: string, policy: StatusPolicy): NearestStatus {
  const key = value.toLowerCase().replace(/[^\p{Letter}\p{Number}]/gu, '');
  const known = VOCABULARY[key];
  if (known) {
    const status = policy[known.status];
    return known.process ? { status, process: known.process } : { status };
  }
  let best: { status: string; distance: number } = { status: policy.initial, distance: Infinity };
  for (const status of policy.values) {
    const distance = editDistance(key, status.toLowerCase().replace(/[^\p{Letter}\p{Number}]/gu, ''));
    if (distance < best.distance) best = { status, distance };
  }
  // Two edits, or a third of the word, is a typo; farther than that is another word.
  return { status: best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.status : policy.initial };
}
