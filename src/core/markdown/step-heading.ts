/**
 * Which step a `#` heading of a one-file design names: its title, one of its aliases, or a
 * numbered prefix ("Step 3", "Step 3: Scale", "3. Scale"). A number wins over the words after it,
 * so "Step 2: Goals" is step 2 whatever "Goals" would name.
 */
import type { StepSpec } from '../catalogue/step-types';
import { headingWords } from './heading-match';

const NUMBERED = /^\s*(?:step\s+(\d+)\b\s*[:.)\-–—]?|(\d+)[.)])(?:\s|$)/i;

export function stepOfHeading(steps: readonly StepSpec[], heading: string): StepSpec | undefined {
  const numbered = NUMBERED.exec(heading);
  if (numbered) {
    const step = Number(numbered[1] ?? numbered[2]);
    return steps.find((spec) => spec.step === step);
  }
  const words = headingWords(heading).join(' ');
  if (words === '') return undefined;
  return steps.find((spec) => [spec.title, ...(spec.aliases ?? [])].some((name) => headingWords(name).join(' ') === words));
}
