import { appendEntry, appendSubheading } from '../markdown/append-edits';
import { itemsIn, plainText, subheadingsIn } from '../markdown/blocks';
import { mentions, normalizeName } from '../markdown/text';
import { fixOf, type DesignRule } from './rule';
import { CATCH_ALL, isQualityRequirement, namesUseCase, roleSection, useCaseItems } from './support/trace';

/** Each use case (role `use-cases`) needs a latency target (role `latency`) and a workflow (role `workflows`). */
export const untracedUseCase: DesignRule = {
  id: 'untraced-use-case',
  defaultSeverity: 'warning',
  description: 'A use case of step 2 has no latency target or no workflow in step 6.',
  accepts:
    'a use case of step 2 has no latency target or no workflow in step 6. A use case is found by its meaningful words ' +
    '("**User** posts a tweet" by "post" and "tweet", not by "user"); items under "Out of scope", "Non-goals", "Future work" or "Later" ' +
    'and quality requirements listed among the use cases ("**Service** has high availability") are not use cases',
  fixAll: true,
  traces: { from: 'use-cases', to: ['latency', 'workflows'] },
  scope: 'design',
  check({ design, report }) {
    const [from, ...to] = [this.traces!.from, ...this.traces!.to];
    const useCases = roleSection(design, from);
    if (!useCases) return;
    const latency = roleSection(design, to[0]!);
    const workflows = roleSection(design, to[1]!);
    const latencyItems = latency ? itemsIn(latency.file.doc, latency.section) : [];
    const latencySentences = latency
      ? latency.section.nodes.filter((node) => node.type === 'paragraph').flatMap((node) => plainText(node).split(/[.!?](?:\s|$)/)).map(normalizeName)
      : [];
    const workflowNames = workflows ? subheadingsIn(workflows.file.doc, workflows.section, 4).map((heading) => normalizeName(heading.name)) : [];
    const artifact = useCases.section.artifact?.id;
    for (const useCase of useCaseItems(useCases.file.doc, useCases.section)) {
      if (!useCase.key || isQualityRequirement(useCase.name)) continue;
      if (latency) {
        const covered =
          latencyItems.some((item) => CATCH_ALL.has(item.key) || namesUseCase(item.key, useCase.key) || mentions(item.normalizedText, useCase.key)) ||
          latencySentences.some((sentence) => namesUseCase(sentence, useCase.key));
        if (!covered) {
          report(
            useCases.file.path,
            `The use case "${useCase.name}" has no latency target. Add it to "${latency.section.heading}" with a number and a time unit.`,
            useCase.range,
            fixOf(`Add "${useCase.name}" to the latency requirements`, appendEntry(latency.file.path, latency.file.doc, latency.section, useCase.name, /use ?case|operation|name/i)),
            artifact,
          );
        }
      }
      if (workflows && !workflowNames.some((name) => namesUseCase(name, useCase.key))) {
        report(
          useCases.file.path,
          `The use case "${useCase.name}" has no workflow in step ${workflows.step.step}. Add a "### ${useCase.name}" heading under "${workflows.section.heading}" describing its path through the components.`,
          useCase.range,
          fixOf(`Add a "${useCase.name}" workflow to step ${workflows.step.step}`, appendSubheading(workflows.file.path, workflows.file.doc, workflows.section, useCase.name)),
          artifact,
        );
      }
    }
  },
};
