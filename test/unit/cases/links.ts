/** Cases for links between the files of a design. */
import { lineOf } from '../helpers';
import { COMPONENT_DESIGN, COMPONENTS, DATA_FLOW, hit, type RuleCase } from './case';

export const LINK_CASES: RuleCase[] = [
  {
    rule: 'broken-link',
    kind: 'fires',
    title: 'a pointer to a workflow heading that step 6 does not have',
    apply(copy) {
      const text = copy.edit(COMPONENT_DESIGN, '## Component workflows\n', '## Component workflows\n\nHow a request crosses the components: [see Workflows](06-components.md#workflow).\n');
      return [hit('broken-link', COMPONENT_DESIGN, lineOf(text, '[see Workflows]'))];
    },
  },
  {
    rule: 'broken-link',
    kind: 'fires',
    title: 'a pointer to a heading of a file that is not in the design folder',
    apply(copy) {
      const text = copy.edit(DATA_FLOW, '## Data lifecycle\n', '## Data lifecycle\n\nThe retention policy is in [the runbook](runbook.md#retention).\n');
      return [hit('broken-link', DATA_FLOW, lineOf(text, '[the runbook]'))];
    },
  },
  {
    rule: 'broken-link',
    kind: 'near miss',
    title: 'pointers to existing headings, here and in another step, and to a file that exists',
    apply(copy) {
      copy.write('runbook.md', '# Runbook\n');
      copy.edit(COMPONENTS, '## Components\n', '## Components\n\nSee [the workflows above](#workflows), [the data flow](05-data-flow.md#data-flow) and [the runbook](./runbook.md#anything).\n');
      return [];
    },
  },
  {
    rule: 'broken-link',
    kind: 'near miss',
    title: 'a link shown as code, a web link and a mail link',
    apply(copy) {
      copy.edit(COMPONENTS, '## Components\n', '## Components\n\nWrite `[x](missing.md)` to link; see [the spec](https://example.com/missing.md#nowhere) or [mail us](mailto:team@example.com).\n');
      return [];
    },
  },
];
