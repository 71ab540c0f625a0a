import { setReviewersEdit } from '../markdown/front-matter-edit';
import type { FileEdit } from '../types';
import { fixOf, type FileRule } from './rule';
import { anchorRange } from './support/step-file';

const REVIEWER_PLACEHOLDER = 'reviewer';

export const approvedWithoutReviewers: FileRule = {
  id: 'approved-without-reviewers',
  defaultSeverity: 'warning',
  description: 'A step is `approved` but names no reviewers.',
  accepts: '`status: approved` with no reviewers',
  fixAll: false,
  scope: 'file',
  check({ file, doc, spec, report }) {
    if (!spec || doc.status !== 'approved' || doc.reviewers.length > 0) return;
    report(
      'This step is approved but names no reviewers. List who validated it, for example `reviewers: [ana, li]`.',
      doc.fieldRanges['reviewers'] ?? doc.fieldRanges['status'] ?? anchorRange(doc),
      fixOf('Add a reviewer', withPlaceholder(setReviewersEdit(file, doc, [REVIEWER_PLACEHOLDER]), REVIEWER_PLACEHOLDER)),
    );
  },
};

function withPlaceholder(edit: FileEdit | undefined, placeholder: string): FileEdit | undefined {
  if (!edit || edit.kind !== 'replace') return edit;
  // The value comes after the key, and the key `reviewers` itself contains the word `reviewer`.
  const offset = edit.text.lastIndexOf(placeholder);
  return offset < 0 ? edit : { ...edit, placeholders: [{ offset, length: placeholder.length }] };
}
