import type { DesignRule } from './rule';

export const unreadableFile: DesignRule = {
  id: 'unreadable-file',
  defaultSeverity: 'error',
  description: 'A step file cannot be read, is not text, or is too large to check.',
  accepts: 'a step file cannot be read, is not UTF-8 text (UTF-16 and CR-only files are named as such), is over 2 MB, or nests block quotes or lists over 100 levels deep',
  fixAll: false,
  scope: 'design',
  check({ design, report }) {
    for (const file of design.unreadable) report(file.path, file.reason, { start: 0, end: 0 });
  },
};
