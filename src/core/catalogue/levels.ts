/** Rule levels: the order of severities a rule's findings can be given. */
import type { RuleLevel } from '../types';

export const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

const RANK: Record<RuleLevel, number> = { off: 0, info: 1, warning: 2, error: 3 };

export function atLeast(level: RuleLevel, threshold: RuleLevel): boolean {
  return RANK[level] >= RANK[threshold] && level !== 'off';
}
