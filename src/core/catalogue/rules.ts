/** Every rule the checker knows: its id (part of the contract), default severity and description. */
import type { RuleLevel, Severity } from '../types';

export interface RuleSpec {
  id: string;
  defaultSeverity: Severity;
  description: string;
}

export const RULES: readonly RuleSpec[] = [
  { id: 'missing-step', defaultSeverity: 'warning', description: 'A design has no file for one of the seven steps.' },
  { id: 'missing-artifact', defaultSeverity: 'warning', description: 'A step file lacks a required `##` section.' },
  { id: 'empty-artifact', defaultSeverity: 'warning', description: 'A section holds nothing but template guidance, placeholders or white space.' },
  { id: 'placeholder-text', defaultSeverity: 'warning', description: '`TODO` or `TBD` is left inside an otherwise written section.' },
  { id: 'latency-without-target', defaultSeverity: 'warning', description: "A use case's latency requirement has no number with a time unit." },
  { id: 'availability-without-target', defaultSeverity: 'warning', description: 'The availability section states no target.' },
  { id: 'scale-without-numbers', defaultSeverity: 'warning', description: 'The scale summary lacks a number for users, data, the read/write mix or bandwidth.' },
  { id: 'throughput-without-rows', defaultSeverity: 'warning', description: 'The throughput table is missing, empty, or has a row without a numeric TPS.' },
  { id: 'api-without-operations', defaultSeverity: 'warning', description: 'The API section defines no operation.' },
  { id: 'diagram-missing', defaultSeverity: 'warning', description: 'A diagram section has no `mermaid` block and no image.' },
  { id: 'stored-data-without-access-pattern', defaultSeverity: 'warning', description: 'A kind of stored data has no access pattern.' },
  { id: 'technology-without-reason', defaultSeverity: 'warning', description: 'A technology choice gives no reason.' },
  { id: 'untraced-use-case', defaultSeverity: 'warning', description: 'A use case of step 2 has no latency target or no workflow in step 6.' },
  { id: 'untraced-operation', defaultSeverity: 'warning', description: "An operation of step 3's throughput table is not in step 4's API." },
  { id: 'untraced-component', defaultSeverity: 'warning', description: 'A component of step 6 has no technology choice in step 7.' },
  { id: 'approved-without-reviewers', defaultSeverity: 'warning', description: 'A step is `approved` but names no reviewers.' },
  { id: 'approved-incomplete', defaultSeverity: 'warning', description: 'A step is `approved` while it has missing or empty artifacts.' },
  { id: 'invalid-front-matter', defaultSeverity: 'error', description: 'The front matter is not valid YAML, or a field has a wrong value.' },
  { id: 'duplicate-step', defaultSeverity: 'error', description: 'Two files of one design claim the same step.' },
  { id: 'unreadable-file', defaultSeverity: 'error', description: 'A step file cannot be read, is not text, or is too large to check.' },
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleSpec(id: string): RuleSpec | undefined {
  return RULES.find((rule) => rule.id === id);
}

/** Per-rule overrides, as in the `designDocs.rules` setting and the CLI's `--rule id=level`. */
export type RuleConfig = Readonly<Record<string, RuleLevel>>;

export const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

export function levelOf(ruleId: string, config: RuleConfig): RuleLevel {
  return config[ruleId] ?? ruleSpec(ruleId)?.defaultSeverity ?? 'warning';
}

const RANK: Record<RuleLevel, number> = { off: 0, info: 1, warning: 2, error: 3 };

export function atLeast(level: RuleLevel, threshold: RuleLevel): boolean {
  return RANK[level] >= RANK[threshold] && level !== 'off';
}
