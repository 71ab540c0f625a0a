import { joinPath } from '../files/paths';
import { stepTemplate } from '../markdown/templates';
import type { DesignRule } from './rule';
import { missingSteps } from './support/elsewhere';
import { anchorRange } from './support/step-file';

export const missingStep: DesignRule = {
  id: 'missing-step',
  defaultSeverity: 'warning',
  description: 'A design has no file for one of its catalogue\'s steps, and what the step is for is nowhere else in the design.',
  accepts:
    'a design has no file for one of the steps of its catalogue (steps marked optional excepted), and the content of the step\'s leading section (such as the data flow of step 5) is not told elsewhere in the design (then `artifact-elsewhere` reports it instead)',
  fixAll: false,
  scope: 'design',
  check({ design, held, report }) {
    const anchor = design.files[0] ?? design.unreadable[0];
    if (!anchor) return;
    for (const { spec, elsewhere } of missingSteps(design, held)) {
      if (elsewhere) continue;
      report(
        anchor.path,
        `The design "${design.title}" has no file for step ${spec.step} (${spec.title}). Create ${spec.fileName} from the template.`,
        'doc' in anchor ? anchorRange(anchor.doc) : { start: 0, end: 0 },
        { title: `Create ${spec.fileName}`, edits: [{ kind: 'create', file: joinPath(design.folder, spec.fileName), text: stepTemplate(spec, design.title, design.catalogue) }] },
      );
    }
  },
};
