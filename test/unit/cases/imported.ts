/** Cases for what `design-check import` leaves in a design for the user to finish. */
import { lineOf } from '../helpers';
import { COMPONENT_DESIGN, hit, type RuleCase } from './case';

export const IMPORTED_CASES: RuleCase[] = [
  {
    rule: 'unplaced-section',
    kind: 'fires',
    title: 'a section an import could not place, after its marker comment',
    apply(copy) {
      const text = copy.edit(
        COMPONENT_DESIGN,
        '## Technology choices\n',
        '<!-- design-docs: unplaced -->\n\n## Team rota\n\nWho is on call for the redirect service each week.\n\n## Technology choices\n',
      );
      return [hit('unplaced-section', COMPONENT_DESIGN, lineOf(text, '## Team rota'))];
    },
  },
  {
    rule: 'unplaced-section',
    kind: 'near miss',
    title: 'the same section once the user deleted the marker, and a comment that only mentions the word',
    apply(copy) {
      copy.edit(
        COMPONENT_DESIGN,
        '## Technology choices\n',
        '<!-- placed by hand: this was unplaced after the import -->\n\n## Team rota\n\nWho is on call for the redirect service each week.\n\n## Technology choices\n',
      );
      return [];
    },
  },
];
