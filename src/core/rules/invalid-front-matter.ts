import type { FileRule } from './rule';

export const invalidFrontMatter: FileRule = {
  id: 'invalid-front-matter',
  defaultSeverity: 'error',
  description: 'The front matter is not valid YAML, or a field has a wrong value.',
  accepts:
    'the front matter is not valid YAML, is not closed, or a field has a wrong value. A `status` of another process (a KEP\'s `implementable`) or a typo counts as draft and gets a fix to the nearest allowed status; fields it does not know (`title`, `authors`, `owning-sig`, …) are accepted and kept',
  fixAll: false,
  scope: 'file',
  check({ file, doc, report }) {
    for (const { message, range, replacement } of doc.problems) {
      if (!replacement) {
        report(message, range);
        continue;
      }
      const { title, range: at, text } = replacement;
      report(message, range, { title, edits: [{ kind: 'replace', file, offset: at.start, length: at.end - at.start, text }] });
    }
  },
};
