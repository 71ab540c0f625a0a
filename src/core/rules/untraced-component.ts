import { appendEntry } from '../markdown/append-edits';
import { itemsIn } from '../markdown/blocks';
import { mentions } from '../markdown/text';
import { fixOf, type DesignRule } from './rule';
import { roleSection } from './support/trace';

/** Each component (role `components`) has a technology choice (role `technology-choices`). */
export const untracedComponent: DesignRule = {
  id: 'untraced-component',
  defaultSeverity: 'warning',
  description: 'A component of step 6 has no technology choice in step 7.',
  accepts: 'a component of step 6 has no technology choice in step 7',
  fixAll: true,
  traces: { from: 'components', to: ['technology-choices'] },
  scope: 'design',
  check({ design, report }) {
    const [from, ...to] = [this.traces!.from, ...this.traces!.to];
    const components = roleSection(design, from);
    const choices = roleSection(design, to[0]!);
    if (!components || !choices) return;
    const choiceItems = itemsIn(choices.file.doc, choices.section);
    for (const component of itemsIn(components.file.doc, components.section)) {
      if (!component.key) continue;
      if (choiceItems.some((choice) => choice.key === component.key || mentions(choice.key, component.key))) continue;
      report(
        components.file.path,
        `The component "${component.name}" has no technology choice in step ${choices.step.step}. Add a row for it to "${choices.section.heading}".`,
        component.range,
        fixOf(`Add "${component.name}" to the technology choices`, appendEntry(choices.file.path, choices.file.doc, choices.section, component.name, /component/i)),
        components.section.artifact?.id,
      );
    }
  },
};
