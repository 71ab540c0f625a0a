/** The webviews' texts, localized here (webviews cannot call vscode.l10n) and passed in the page's `data-labels`. */
import * as vscode from 'vscode';
import type { FormLabels, PreviewLabels, ReportLabels } from '../protocol/webview-labels';
import { escapeHtml } from './webview-security';

export function formLabels(): FormLabels {
  return {
    stateWritten: vscode.l10n.t('written'),
    stateEmpty: vscode.l10n.t('empty'),
    stateMissing: vscode.l10n.t('missing'),
    stateNotApplicable: vscode.l10n.t('N/A'),
    notApplicableTitle: vscode.l10n.t('Not applicable: {0}'),
    showInMarkdown: vscode.l10n.t('Show in Markdown'),
    showInMarkdownTitle: vscode.l10n.t('Show this section in the Markdown'),
    notesAboveLabel: vscode.l10n.t('{0}: notes above the table'),
    notesAbovePlaceholder: vscode.l10n.t('Notes above the table (optional)'),
    notesBelowLabel: vscode.l10n.t('{0}: notes below the table'),
    notesBelowPlaceholder: vscode.l10n.t('Notes below the table (optional)'),
    diagramHint: vscode.l10n.t('Diagram: a fenced block starting with ```mermaid, or an image link ![alt](path.png).'),
    questionsFor: vscode.l10n.t('Questions for {0}'),
    severityError: vscode.l10n.t('error'),
    severityWarning: vscode.l10n.t('warning'),
    severityInfo: vscode.l10n.t('info'),
    addRowTo: vscode.l10n.t('Add a row to {0}'),
    addRow: vscode.l10n.t('Add row'),
    rowActions: vscode.l10n.t('Row actions'),
    cellLabel: vscode.l10n.t('{0}, row {1}'),
    column: vscode.l10n.t('Column {0}'),
    moveRowUp: vscode.l10n.t('Move row {0} up'),
    moveRowDown: vscode.l10n.t('Move row {0} down'),
    removeRow: vscode.l10n.t('Remove row {0}'),
    status: vscode.l10n.t('Status'),
    reviewers: vscode.l10n.t('Reviewers'),
    reviewersLabel: vscode.l10n.t('Reviewers, separated by commas'),
    reviewersPlaceholder: vscode.l10n.t('ana, li'),
    openMarkdown: vscode.l10n.t('Open Markdown'),
    design: vscode.l10n.t('Design'),
    eyebrow: vscode.l10n.t('{0} · step {1} of {3} · {2}'),
  };
}

export function previewLabels(): PreviewLabels {
  return {
    diagramError: vscode.l10n.t('This diagram could not be drawn ({0}); its source is shown below.'),
    parseError: vscode.l10n.t('parse error'),
  };
}

export function reportLabels(): ReportLabels {
  return {
    heading: vscode.l10n.t('Design completeness'),
    columnStep: vscode.l10n.t('Step'),
    columnState: vscode.l10n.t('State'),
    columnStatus: vscode.l10n.t('Status'),
    columnArtifacts: vscode.l10n.t('Artifacts'),
    columnFindings: vscode.l10n.t('Findings'),
    complete: vscode.l10n.t('complete'),
    incomplete: vscode.l10n.t('incomplete'),
    noFile: vscode.l10n.t('no file'),
    artifactsDone: vscode.l10n.t('{0}/{1} artifacts'),
    notApplicable: vscode.l10n.t('{0} — N/A: {1}'),
    severityError: vscode.l10n.t('error'),
    severityWarning: vscode.l10n.t('warning'),
    severityInfo: vscode.l10n.t('info'),
  };
}

/** The `data-labels="…"` attribute that carries `labels` into a page. */
export function labelsAttribute(labels: FormLabels | PreviewLabels | ReportLabels): string {
  return `data-labels="${escapeHtml(JSON.stringify(labels))}"`;
}
