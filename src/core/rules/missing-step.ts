import { joinPath } from '../files/paths';
import { stepTemplate } from '../markdown/templates';
import type { DesignRule } from './rule';
import { missingSteps } from './support/elsewhere';
import { insertStepEdits, oneFiles } from './support/one-file';
import { anchorRange } from './support/step-file';

export const missingStep: DesignRule = {
  id: 'missing-step',
  defaultSeverity: 'warning',
  description: 'A design has no file for one of its catalogue\'s steps (and what the step is for is nowhere else in it), or a one-file design has no heading for a step it claims.',
  accepts:
    'a design has no file for one of the steps of its catalogue (steps marked optional excepted) and the content of the step\'s leading section (such as the data flow of step 5) is not told elsewhere in the design (then `artifact-elsewhere` reports it instead); or the `design-steps` of a one-file design names a step the file has no `#` heading for',
  fixAll: false,
  scope: 'design',
  check({ design, held, report }) {
    const anchor = design.files[0] ?? design.unreadable[0];
    if (!anchor) return;
    const toldElsewhere = new Set(missingSteps(design, held).flatMap(({ spec, elsewhere }) => (elsewhere ? [spec.step] : [])));
    const singles = oneFiles(design);
    // A design whose every file is one one-file design grows in that file rather than by a new file.
    const only = singles.length === 1 && design.files.every((file) => file.path === singles[0]?.path) ? singles[0] : undefined;
    for (const spec of design.catalogue.steps) {
      if (held.has(spec.step)) continue;
      const claimer = singles.find((entry) => entry.layout.claimed.includes(spec.step));
      if (claimer) {
        report(
          claimer.path,
          `This file lists step ${spec.step} (${spec.title}) in \`design-steps\` but has no "# ${spec.title}" heading. Add the heading with the step's sections under it, or take ${spec.step} out of \`design-steps\`.`,
          claimer.layout.claimRange,
          { title: `Add the "${spec.title}" step`, edits: insertStepEdits(design, claimer, spec) },
        );
        continue;
      }
      if (spec.optional || toldElsewhere.has(spec.step)) continue;
      if (only) {
        report(
          only.path,
          `The design "${design.title}" has no step ${spec.step} (${spec.title}). Add a "# ${spec.title}" part to this file, or create ${spec.fileName}.`,
          only.layout.claimRange,
          { title: `Add the "${spec.title}" step to this file`, edits: insertStepEdits(design, only, spec) },
        );
        continue;
      }
      report(
        anchor.path,
        `The design "${design.title}" has no file for step ${spec.step} (${spec.title}). Create ${spec.fileName} from the template.`,
        'doc' in anchor ? anchorRange(anchor.doc) : { start: 0, end: 0 },
        { title: `Create ${spec.fileName}`, edits: [{ kind: 'create', file: joinPath(design.folder, spec.fileName), text: stepTemplate(spec, design.title, design.catalogue) }] },
      );
    }
  },
};
