import { appendEntry } from '../markdown/append-edits';
import { itemsIn } from '../markdown/blocks';
import { mentions, normalizeName } from '../markdown/text';
import { fixOf, type DesignRule } from './rule';
import { apiOperations, apiSpecBlocks } from './support/content';
import { matchesByNameOrMention, roleSection } from './support/trace';

/** Each operation with throughput (role `throughput`) is defined in the API (role `api`). */
export const untracedOperation: DesignRule = {
  id: 'untraced-operation',
  defaultSeverity: 'warning',
  description: "An operation of step 3's throughput table is not in step 4's API.",
  accepts: "an operation of step 3's throughput table is not in step 4's API",
  fixAll: true,
  traces: { from: 'throughput', to: ['api'] },
  scope: 'design',
  check({ design, report }) {
    const [from, ...to] = [this.traces!.from, ...this.traces!.to];
    const throughput = roleSection(design, from);
    const api = roleSection(design, to[0]!);
    if (!throughput || !api) return;
    const operations = apiOperations(api.file.doc, api.section);
    const specText = normalizeName(apiSpecBlocks(api.section).map((block) => block.value).join('\n'));
    for (const operation of itemsIn(throughput.file.doc, throughput.section).filter((item) => item.source === 'row')) {
      if (!operation.key) continue;
      if (operations.some((candidate) => matchesByNameOrMention(candidate, operation.key)) || mentions(specText, operation.key)) continue;
      report(
        throughput.file.path,
        `The operation "${operation.name}" has throughput in step ${throughput.step.step} but is not in the API of step ${api.step.step}. Add it to the API, or use the API's name for it here.`,
        operation.range,
        fixOf(`Add "${operation.name}" to the API in step ${api.step.step}`, appendEntry(api.file.path, api.file.doc, api.section, operation.name, /operation|name/i)),
        throughput.section.artifact?.id,
      );
    }
  },
};
