/** The step rows of the completeness report, computed without VS Code (unit-tested). */
import { artifactCounts, findingsByStep, type DesignReport } from '../core';
import type { ReportStepView } from '../protocol/report-messages';

/** A row per step of the design; each counts the findings about its step (see `findingsByStep`). */
export function stepViews(report: DesignReport): ReportStepView[] {
  const stepFindings = findingsByStep(report);
  return report.steps.map((step) => ({
    step: step.step,
    title: step.title,
    state: step.status === 'missing' ? 'missing' : step.complete ? 'complete' : 'incomplete',
    status: step.status,
    present: artifactCounts(step.artifacts).done,
    artifacts: artifactCounts(step.artifacts).total,
    notApplicable: step.artifacts.flatMap((artifact) => (artifact.state === 'not-applicable' ? [{ title: artifact.title, reason: artifact.notApplicable?.reason ?? '' }] : [])),
    findings: stepFindings.get(step.step)?.length ?? 0,
  }));
}
