import { setStatusEdit } from '../markdown/front-matter-edit';
import { fixOf, type FileRule } from './rule';
import { anchorRange } from './support/step-file';

export const approvedIncomplete: FileRule = {
  id: 'approved-incomplete',
  defaultSeverity: 'warning',
  description: 'A step is `approved` while it has missing or empty artifacts.',
  accepts: '`status: approved` while an artifact is missing or empty',
  fixAll: false,
  scope: 'file',
  check({ file, doc, spec, statuses, report }) {
    if (!spec || doc.status !== 'approved') return;
    const gaps = statuses.filter((status) => status.state !== 'present').map((status) => status.artifact.title);
    if (gaps.length === 0) return;
    report(
      `This step is approved but ${gaps.map((title) => `"${title}"`).join(', ')} ${gaps.length === 1 ? 'is' : 'are'} missing or empty. Finish ${gaps.length === 1 ? 'it' : 'them'} or set the status back to in-review.`,
      doc.fieldRanges['status'] ?? anchorRange(doc),
      fixOf('Set the status back to in-review', setStatusEdit(file, doc, 'in-review')),
    );
  },
};
