import type { DesignRule } from './rule';
import { oneFiles } from './support/one-file';

/**
 * In a one-file design every `#` heading starts a step's part. One that names no step it holds
 * ends the part above it, so what follows belongs to no step and goes unchecked: said, not guessed.
 */
export const unknownStepHeading: DesignRule = {
  id: 'unknown-step-heading',
  defaultSeverity: 'warning',
  description: 'A `#` heading of a one-file design names none of the steps the file holds.',
  accepts:
    'a `#` heading of a one-file design that is not the title or an alias of a step listed in `design-steps` and has no "Step N" or "N." prefix naming one, or that starts a step a second time; the text under it belongs to no step until it is renamed or made a `##` section',
  fixAll: false,
  scope: 'design',
  check({ design, report }) {
    for (const { path, layout, parts } of oneFiles(design)) {
      const doc = parts[0]?.doc ?? design.files.find((file) => file.doc.oneFile === layout)?.doc;
      for (const stray of layout.stray) {
        let message: string;
        if (stray.repeated && stray.step !== undefined) {
          const first = layout.headings.find((heading) => heading.step === stray.step);
          const line = first && doc ? ` at line ${doc.lines.range(first.range).start.line + 1}` : '';
          message = `Step ${stray.step} already starts${line}; this second "# ${stray.heading}" ends it, so the text under it is not checked. Make it a "##" section, or merge it into the first.`;
        } else if (stray.step !== undefined) {
          message = `"# ${stray.heading}" is step ${stray.step}, which \`design-steps\` does not list, so the text under it is not checked. Add ${stray.step} to \`design-steps\`, or move this part to the file that holds step ${stray.step}.`;
        } else {
          const titles = layout.claimed.map((step) => design.catalogue.steps.find((spec) => spec.step === step)?.title).filter(Boolean);
          message = `"# ${stray.heading}" names none of the steps this file holds, so the text under it belongs to no step and is not checked. Rename it to a step (${titles.join(', ')}, or "Step N: …"), or make it a "##" section of the step above.`;
        }
        report(path, message, stray.range);
      }
    }
  },
};
