import { isApproved } from '../catalogue/catalogue';
import { setStatusEdit } from '../markdown/front-matter-edit';
import { fixOf, type FileRule } from './rule';
import { anchorRange } from './support/step-file';

/** `"A"`, `"A" and "B"`, `"A", "B" and "C"`. */
function quotedList(titles: readonly string[]): string {
  const quoted = titles.map((title) => `"${title}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** `"A" is missing`, `"A" and "B" are empty`. */
function gapClause(titles: readonly string[], state: string): string {
  return titles.length === 0 ? '' : `${quotedList(titles)} ${titles.length === 1 ? 'is' : 'are'} ${state}`;
}

/**
 * One finding per approved file, on its status, naming every missing or empty artifact once:
 * missing-artifact and empty-artifact point at each gap, so this one only says that the approval
 * is premature and offers to take it back.
 */
export const approvedIncomplete: FileRule = {
  id: 'approved-incomplete',
  defaultSeverity: 'warning',
  description: 'A step is approved while it has missing or empty artifacts.',
  accepts: 'the approved status (`approved`, or the one the configuration names) while a required artifact is missing or empty (one finding per file, on the status, naming every gap)',
  fixAll: false,
  scope: 'file',
  check({ file, doc, spec, statuses, report }) {
    if (!spec || !isApproved(doc.catalogue, doc.status)) return;
    const titles = (state: string) =>
      [...new Set(statuses.filter((status) => status.state === state && !(state === 'missing' && status.artifact.optional)).map((status) => status.artifact.title))];
    const missing = titles('missing');
    const empty = titles('empty');
    const gaps = missing.length + empty.length;
    if (gaps === 0) return;
    const clauses = [gapClause(missing, 'missing'), gapClause(empty, 'empty')].filter(Boolean).join(' and ');
    const back = doc.catalogue.statuses.review;
    report(
      `This step is approved but ${clauses}. Finish ${gaps === 1 ? 'it' : 'them'} or set the status back to ${back}.`,
      doc.fieldRanges['status'] ?? anchorRange(doc),
      fixOf(`Set the status back to ${back}`, setStatusEdit(file, doc, back)),
    );
  },
};
