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
        report(file.path, `Step ${file.doc.step} is already held by ${first.path}. Give this file another \`design-step\`, or merge the two.`, anchorRange(file.doc));
      }
    }
  },
};
