/** Cases for traceability across steps: use cases, operations and components. */
import { lineOf } from '../helpers';
import { COMPONENT_DESIGN, COMPONENTS, hit, INTERFACES, REQUIREMENTS, SCALE, type RuleCase } from './case';

const ALIAS_LATENCY_ROW = '| Set a custom alias | p99 < 250 ms | One extra reserved-word check on top of shortening |\n';

export const TRACE_CASES: RuleCase[] = [
  {
    rule: 'untraced-use-case',
    kind: 'fires',
    title: 'a new use case with neither a latency target nor a workflow',
    apply(copy) {
      const text = copy.edit(
        REQUIREMENTS,
        '\nOut of scope for the first release',
        '- **Export click data** — a developer downloads the raw clicks of a link as CSV.\n\nOut of scope for the first release',
      );
      const line = lineOf(text, '- **Export click data**');
      return [hit('untraced-use-case', REQUIREMENTS, line), hit('untraced-use-case', REQUIREMENTS, line)];
    },
  },
  {
    rule: 'untraced-use-case',
    kind: 'fires',
    title: 'a workflow heading renamed so it no longer names the use case',
    apply(copy) {
      copy.edit(COMPONENTS, '### Set a custom alias', '### Vanity codes');
      return [hit('untraced-use-case', REQUIREMENTS, lineOf(copy.read(REQUIREMENTS), '- **Set a custom alias**'))];
    },
  },
  {
    rule: 'untraced-use-case',
    kind: 'fires',
    title: 'a use case whose latency row was dropped',
    apply(copy) {
      copy.edit(REQUIREMENTS, ALIAS_LATENCY_ROW, '');
      return [hit('untraced-use-case', REQUIREMENTS, lineOf(copy.read(REQUIREMENTS), '- **Set a custom alias**'))];
    },
  },
  {
    rule: 'untraced-use-case',
    kind: 'near miss',
    title: 'a workflow heading in other case with a trailing period',
    apply(copy) {
      copy.edit(COMPONENTS, '### Set a custom alias', '### Set a Custom Alias.');
      return [];
    },
  },
  {
    rule: 'untraced-use-case',
    kind: 'near miss',
    title: 'a workflow heading that contains the use case name',
    apply(copy) {
      copy.edit(COMPONENTS, '### Set a custom alias', '### Workflow: set a custom alias');
      return [];
    },
  },
  {
    rule: 'untraced-use-case',
    kind: 'near miss',
    title: 'an "All other use cases" latency row covers the rest',
    apply(copy) {
      copy.edit(REQUIREMENTS, ALIAS_LATENCY_ROW, '| All other use cases | p99 < 500 ms | |\n');
      return [];
    },
  },
  {
    rule: 'untraced-operation',
    kind: 'fires',
    title: 'a throughput row named differently from every API operation',
    apply(copy) {
      const text = copy.edit(SCALE, '| List links | Read | 3.5 | 35 |', '| Browse links | Read | 3.5 | 35 |');
      return [hit('untraced-operation', SCALE, lineOf(text, '| Browse links |'))];
    },
  },
  {
    rule: 'untraced-operation',
    kind: 'fires',
    title: 'the API operation renamed without updating step 3',
    apply(copy) {
      copy.edit(INTERFACES, '| List links | GET | `/v1/links` |', '| Browse | GET | `/v1/links` |');
      return [hit('untraced-operation', SCALE, lineOf(copy.read(SCALE), '| List links |'))];
    },
  },
  {
    rule: 'untraced-operation',
    kind: 'near miss',
    title: 'an API row that mentions the operation name in another cell',
    apply(copy) {
      copy.edit(INTERFACES, '| List links | GET | `/v1/links` |', '| List | GET | `/v1/links` (list links) |');
      return [];
    },
  },
  {
    rule: 'untraced-operation',
    kind: 'near miss',
    title: 'operation names that differ only in case and punctuation',
    apply(copy) {
      copy.edit(SCALE, '| Get link stats | Read | 5 | 50 |', '| Get link-stats | Read | 5 | 50 |');
      copy.edit(INTERFACES, '| Create short link | POST |', '| Create Short Link | POST |');
      return [];
    },
  },
  {
    rule: 'untraced-component',
    kind: 'fires',
    title: 'a new component with no technology choice',
    apply(copy) {
      const text = copy.change(COMPONENTS, (old) => `${old}- **Abuse scanner** — rescans active destinations every day against the blocklists.\n`);
      return [hit('untraced-component', COMPONENTS, lineOf(text, '- **Abuse scanner**'))];
    },
  },
  {
    rule: 'untraced-component',
    kind: 'fires',
    title: 'a technology row renamed so it no longer names the component',
    apply(copy) {
      copy.edit(COMPONENT_DESIGN, '| Link cache | Amazon ElastiCache', '| Cache | Amazon ElastiCache');
      return [hit('untraced-component', COMPONENTS, lineOf(copy.read(COMPONENTS), '- **Link cache**'))];
    },
  },
  {
    rule: 'untraced-component',
    kind: 'near miss',
    title: 'a technology row naming the component in other case and punctuation',
    apply(copy) {
      copy.edit(COMPONENT_DESIGN, '| Link cache | Amazon ElastiCache', '| link-cache | Amazon ElastiCache');
      return [];
    },
  },
];
