/** Which steps "Set Step Status…" changes, and how its title lists them: computed without VS Code (unit-tested). */
import type { StepDoc } from '../core';

/**
 * The steps whose status the front matter of `doc` sets, in step order: a step file's step; for a
 * one-file design, every step it has a heading for (else every step it claims), since its status
 * applies to all of them.
 */
export function statusSteps(doc: StepDoc): number[] {
  if (!doc.oneFile) return doc.step === undefined ? [] : [doc.step];
  const headed = (doc.parts ?? []).flatMap((part) => (part.step === undefined ? [] : [part.step]));
  return [...new Set(headed.length > 0 ? headed : doc.oneFile.claimed)].sort((a, b) => a - b);
}

/** Step numbers as a reader takes them in: three or more in a row as a range, "1–7" or "1, 2, 4–6". */
export function stepList(steps: readonly number[]): string {
  const runs: number[][] = [];
  for (const step of steps) {
    const run = runs.at(-1);
    if (run && step === (run.at(-1) ?? Number.NaN) + 1) run.push(step);
    else runs.push([step]);
  }
  return runs.flatMap((run) => (run.length >= 3 ? [`${run[0]}–${run.at(-1)}`] : run.map(String))).join(', ');
}
