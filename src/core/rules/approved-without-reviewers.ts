import { isApproved } from '../catalogue/catalogue';
import { setReviewersEdit } from '../markdown/front-matter-edit';
import type { FileEdit } from '../types';
import { fixOf, type FileRule } from './rule';
import { anchorRange } from './support/step-file';

const REVIEWER_PLACEHOLDER = 'reviewer';

export const approvedWithoutReviewers: FileRule = {
  id: 'approved-without-reviewers',
  defaultSeverity: 'warning',
  description: 'A step is approved but names fewer reviewers than approval needs.',
  accepts: 'the approved status with no reviewers, or fewer than the configuration\'s `reviewers` count (one by default)',
  fixAll: false,
  scope: 'file',
  check({ file, doc, spec, report }) {
    const needed = Math.max(1, doc.catalogue.statuses.reviewers);
    if (!spec || !isApproved(doc.catalogue, doc.status) || doc.reviewers.length >= needed) return;
    const named = doc.reviewers.length === 0 ? 'names no reviewers' : `names ${doc.reviewers.length} of the ${needed} reviewers approval needs`;
    report(
      `This step is approved but ${named}. List who validated it, for example \`reviewers: [ana, li]\`.`,
      doc.fieldRanges['reviewers'] ?? doc.fieldRanges['status'] ?? anchorRange(doc),
      fixOf('Add a reviewer', withPlaceholder(setReviewersEdit(file, doc, [...doc.reviewers, REVIEWER_PLACEHOLDER]), REVIEWER_PLACEHOLDER)),
    );
  },
};

function withPlaceholder(edit: FileEdit | undefined, placeholder: string): FileEdit | undefined {
  if (!edit || edit.kind !== 'replace') return edit;
  // The value comes after the key, and the key `reviewers` itself contains the word `reviewer`.
  const offset = edit.text.lastIndexOf(placeholder);
  return offset < 0 ? edit : { ...edit, placeholders: [{ offset, length: placeholder.length }] };
}
