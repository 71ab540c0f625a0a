import type { FileRule } from './rule';

export const invalidFrontMatter: FileRule = {
  id: 'invalid-front-matter',
  defaultSeverity: 'error',
  description: 'The front matter is not valid YAML, or a field has a wrong value.',
  accepts: 'the front matter is not valid YAML, is not closed, or a field has a wrong value',
  fixAll: false,
  scope: 'file',
  check({ doc, report }) {
    for (const problem of doc.problems) report(problem.message, problem.range);
  },
};
