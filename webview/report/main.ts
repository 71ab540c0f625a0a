// The completeness report in the webview: draws the report the extension sends, and a click (or
// Enter) on a finding asks the extension to open it.
import type { FromReportWebview, ReportDesignView, ReportFileView, ReportFindingView, ReportStepView, ReportView, ToReportWebview } from '../../src/protocol/report-messages';
import { REPORT_LABEL_KEYS, formatLabel, pageLabels } from '../../src/protocol/webview-labels';
import { element } from '../form/dom';

interface VsCodeApi {
  postMessage(message: FromReportWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('report') as HTMLElement;
// Texts localized by the extension (a webview cannot call vscode.l10n).
const labels = pageLabels(REPORT_LABEL_KEYS, root.dataset.labels, (reason) => console.warn(`completeness report: malformed labels (${reason})`));

function severityLabel(severity: ReportFindingView['severity']): string {
  return severity === 'error' ? labels.severityError : severity === 'warning' ? labels.severityWarning : labels.severityInfo;
}

function stateLabel(state: ReportStepView['state']): string {
  return state === 'missing' ? labels.noFile : state === 'complete' ? labels.complete : labels.incomplete;
}

function stepRow(step: ReportStepView): HTMLElement {
  return element(
    'tr',
    {},
    element('td', {}, `${step.step}. ${step.title}`),
    element('td', { class: step.state }, stateLabel(step.state)),
    element('td', {}, step.status),
    element('td', {}, `${step.present}/${step.artifacts}`, ...step.notApplicable.map((artifact) => element('div', { class: 'not-applicable' }, formatLabel(labels.notApplicable, artifact.title, artifact.reason)))),
    element('td', {}, String(step.findings)),
  );
}

function findingItem(file: ReportFileView, finding: ReportFindingView): HTMLElement {
  // The data-* attributes name the finding's place for anyone reading the page (tests, styles).
  const link = element('a', { href: '#', 'data-file': file.file, 'data-line': String(finding.line), 'data-column': String(finding.column) }, `${file.fileName}:${finding.line + 1}`);
  // A link activated with Enter fires `click` too.
  link.addEventListener('click', (event) => {
    event.preventDefault();
    vscode.postMessage({ type: 'open', file: file.file, line: finding.line, column: finding.column });
  });
  return element('li', {}, element('span', { class: `severity-${finding.severity}` }, severityLabel(finding.severity)), ' ', link, ' ', finding.message, ' ', element('code', {}, finding.rule));
}

function designSection(design: ReportDesignView): HTMLElement {
  const headers = [labels.columnStep, labels.columnState, labels.columnStatus, labels.columnArtifacts, labels.columnFindings];
  const badge = design.complete ? labels.complete : formatLabel(labels.artifactsDone, design.present, design.artifacts);
  return element(
    'section',
    { 'aria-label': design.title },
    element('h2', {}, element('span', {}, design.title), ' ', element('span', { class: 'badge' }, badge)),
    element('div', { class: 'path' }, design.path),
    element('table', {}, element('thead', {}, element('tr', {}, ...headers.map((header) => element('th', {}, header)))), element('tbody', {}, ...design.steps.map(stepRow))),
    ...design.files.flatMap((file) => [element('h3', {}, file.fileName), element('ul', { class: 'findings' }, ...file.findings.map((finding) => findingItem(file, finding)))]),
  );
}

function render(report: ReportView): void {
  const body = report.designs.length === 0 ? [element('p', {}, report.summary)] : report.designs.map(designSection);
  root.replaceChildren(element('h1', {}, labels.heading), element('p', { class: 'summary' }, report.summary), ...body);
}

window.addEventListener('message', (event: MessageEvent<ToReportWebview>) => {
  if (event.data?.type === 'report') render(event.data.report);
});
vscode.postMessage({ type: 'ready' });
