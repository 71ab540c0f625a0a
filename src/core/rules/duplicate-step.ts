import type { DesignRule } from './rule';
import { anchorRange } from './support/step-file';

export const duplicateStep: DesignRule = {
  id: 'duplicate-step',
  defaultSeverity: 'error',
  description: 'Two files of one design claim the same step.',
  accepts: 'two files of one design claim the same step',
  fixAll: false,
  scope: 'design',
  check({ design, held, report }) {
    for (const file of design.files) {
      const first = file.doc.step === undefined ? undefined : held.get(file.doc.step);
      if (first && first !== file) {
        const what = file.doc.oneFile ? `Take ${file.doc.step} out of this file's \`design-steps\` (and its part out of the file)` : 'Give this file another `design-step`';
        const where = first.path === file.path ? 'an earlier part of this file' : first.path;
        report(file.path, `Step ${file.doc.step} is already held by ${where}. ${what}, or merge the two.`, anchorRange(file.doc));
      }
    }
  },
};
