/** The shape of one rule case: a small change to the example design and the findings it must add. */
import type { DesignCopy, Hit } from '../helpers';

export interface RuleCase {
  rule: string;
  /** `fires`: the change must raise `rule`; `near miss`: a change that looks alike and must not. */
  kind: 'fires' | 'near miss';
  title: string;
  /** Changes a fresh copy of the example design and returns every finding the change must add. */
  apply(copy: DesignCopy): Hit[] | Promise<Hit[]>;
}

export const JUSTIFICATION = '01-justification.md';
export const REQUIREMENTS = '02-requirements.md';
export const SCALE = '03-scale.md';
export const INTERFACES = '04-interfaces.md';
export const DATA_FLOW = '05-data-flow.md';
export const COMPONENTS = '06-components.md';
export const COMPONENT_DESIGN = '07-component-design.md';

export function hit(rule: string, file: string, line: number): Hit {
  return { rule, file, line };
}
