/** Which step of a design each finding is about, for counts per step (the completeness report, the CLI summary). */
import type { Finding, Position, Range } from '../types';

/** What the attribution reads of a step's report: which file holds it and, in a one-file design, its part. */
interface HeldStep {
  step: number;
  file?: string;
  part?: Range;
}

/**
 * The findings of each step, by step number; every finding of a file that holds a step is counted
 * once. A step file's findings are its step's. In a one-file design the steps share the file: a
 * finding belongs to the step whose part holds its start; one outside every part belongs to the
 * step whose part is above it in the file (the text under a stray `#` heading reads as the end of
 * that step), or to the file's first step when no part is above it (the front matter, which all
 * its steps share, and text before the first step heading). Findings of a file that holds no step
 * of the report (a step claimed twice) are in no step.
 */
export function findingsByStep(report: { steps: readonly HeldStep[]; findings: readonly Finding[] }): Map<number, Finding[]> {
  const byStep = new Map<number, Finding[]>(report.steps.map((step) => [step.step, []]));
  const stepsOfFile = new Map<string, HeldStep[]>();
  for (const step of report.steps) {
    if (step.file === undefined) continue;
    stepsOfFile.set(step.file, [...(stepsOfFile.get(step.file) ?? []), step]);
  }
  for (const held of stepsOfFile.values()) held.sort((a, b) => compare(startOf(a), startOf(b)));
  for (const finding of report.findings) {
    const held = stepsOfFile.get(finding.file);
    const first = held?.[0];
    if (!held || !first) continue;
    const owner = [...held].reverse().find((step) => compare(startOf(step), finding.range.start) <= 0) ?? first;
    byStep.get(owner.step)?.push(finding);
  }
  return byStep;
}

const FILE_START: Position = { line: 0, column: 0 };

function startOf(step: HeldStep): Position {
  return step.part?.start ?? FILE_START;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}
