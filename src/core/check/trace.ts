/** Cross-step traceability: use cases → latency and workflows, throughput → API, components → technology. */
import { appendEntry, appendSubheading } from '../markdown/append-edits';
import { isSectionEmpty, itemsIn, plainText, subheadingsIn, type Item } from '../markdown/blocks';
import type { RawFinding } from './check-file';
import { apiOperations, apiSpecBlocks } from './content-rules';
import { fileForStep, type Design, type StepFile } from '../files/design';
import { sectionFor, type Section } from '../markdown/parse';
import { artifactByRole, type TraceRole } from '../catalogue/steps';
import { mentions, normalizeName } from '../markdown/text';
import type { Fix } from '../types';

interface RoleSection {
  file: StepFile;
  section: Section;
  stepTitle: string;
}

/** The written (non-empty) section that plays `role` in the design, if any. */
function roleSection(design: Design, role: TraceRole): RoleSection | undefined {
  const located = artifactByRole(role);
  if (!located) return undefined;
  const file = fileForStep(design, located.step.step);
  const section = file && sectionFor(file.doc, located.artifact.id);
  if (!file || !section || isSectionEmpty(section)) return undefined;
  return { file, section, stepTitle: located.step.title };
}

const CATCH_ALL = new Set([
  'all', 'all use cases', 'all operations', 'all other use cases', 'all other operations', 'default', 'every use case',
  'everything else', 'other use cases', 'other operations', 'others', 'any',
]);

function matchesByNameOrMention(item: Item, key: string): boolean {
  return item.key === key || mentions(item.normalizedText, key);
}

export function checkTraceability(design: Design): RawFinding[] {
  const findings: RawFinding[] = [];
  traceUseCases(design, findings);
  traceOperations(design, findings);
  traceComponents(design, findings);
  return findings;
}

function traceUseCases(design: Design, findings: RawFinding[]): void {
  const useCases = roleSection(design, 'use-cases');
  if (!useCases) return;
  const latency = roleSection(design, 'latency');
  const workflows = roleSection(design, 'workflows');
  const latencyItems = latency ? itemsIn(latency.file.doc, latency.section) : [];
  const latencyProse = latency ? normalizeName(latency.section.nodes.filter((node) => node.type === 'paragraph').map(plainText).join(' ')) : '';
  const workflowNames = workflows ? subheadingsIn(workflows.file.doc, workflows.section, 4).map((heading) => normalizeName(heading.name)) : [];
  for (const useCase of itemsIn(useCases.file.doc, useCases.section)) {
    if (!useCase.key) continue;
    const located = { file: useCases.file.path, range: useCase.range, artifact: useCases.section.artifact?.id };
    if (latency) {
      const covered =
        latencyItems.some((item) => matchesByNameOrMention(item, useCase.key) || CATCH_ALL.has(item.key)) ||
        mentions(latencyProse, useCase.key);
      if (!covered) {
        findings.push({
          rule: 'untraced-use-case',
          message: `The use case "${useCase.name}" has no latency target. Add it to "${latency.section.heading}" with a number and a time unit.`,
          ...located,
          ...fixOf(`Add "${useCase.name}" to the latency requirements`, appendEntry(latency.file.path, latency.file.doc, latency.section, useCase.name, /use ?case|operation|name/i)),
        });
      }
    }
    if (workflows && !workflowNames.some((name) => name === useCase.key || mentions(name, useCase.key))) {
      findings.push({
        rule: 'untraced-use-case',
        message: `The use case "${useCase.name}" has no workflow in step 6. Add a "### ${useCase.name}" heading under "${workflows.section.heading}" describing its path through the components.`,
        ...located,
        ...fixOf(`Add a "${useCase.name}" workflow to step 6`, appendSubheading(workflows.file.path, workflows.file.doc, workflows.section, useCase.name)),
      });
    }
  }
}

function traceOperations(design: Design, findings: RawFinding[]): void {
  const throughput = roleSection(design, 'throughput');
  const api = roleSection(design, 'api');
  if (!throughput || !api) return;
  const operations = apiOperations(api.file.doc, api.section);
  const specText = normalizeName(apiSpecBlocks(api.section).map((block) => block.value).join('\n'));
  for (const operation of itemsIn(throughput.file.doc, throughput.section).filter((item) => item.source === 'row')) {
    if (!operation.key) continue;
    const inApi = operations.some((candidate) => matchesByNameOrMention(candidate, operation.key)) || mentions(specText, operation.key);
    if (!inApi) {
      findings.push({
        rule: 'untraced-operation',
        message: `The operation "${operation.name}" has throughput in step 3 but is not in the API of step 4. Add it to the API, or use the API's name for it here.`,
        file: throughput.file.path,
        range: operation.range,
        artifact: throughput.section.artifact?.id,
        ...fixOf(`Add "${operation.name}" to the API in step 4`, appendEntry(api.file.path, api.file.doc, api.section, operation.name, /operation|name/i)),
      });
    }
  }
}

function traceComponents(design: Design, findings: RawFinding[]): void {
  const components = roleSection(design, 'components');
  const choices = roleSection(design, 'technology-choices');
  if (!components || !choices) return;
  const choiceItems = itemsIn(choices.file.doc, choices.section);
  for (const component of itemsIn(components.file.doc, components.section)) {
    if (!component.key) continue;
    const chosen = choiceItems.some((choice) => choice.key === component.key || mentions(choice.key, component.key));
    if (!chosen) {
      findings.push({
        rule: 'untraced-component',
        message: `The component "${component.name}" has no technology choice in step 7. Add a row for it to "${choices.section.heading}".`,
        file: components.file.path,
        range: component.range,
        artifact: components.section.artifact?.id,
        ...fixOf(`Add "${component.name}" to the technology choices`, appendEntry(choices.file.path, choices.file.doc, choices.section, component.name, /component/i)),
      });
    }
  }
}

function fixOf(title: string, edit: ReturnType<typeof appendEntry>): { fix?: Fix } {
  return edit ? { fix: { title, edits: [edit] } } : {};
}
