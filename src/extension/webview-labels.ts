/** The webviews' texts, localized here (webviews cannot call vscode.l10n) and passed in the page's `data-labels`. */
import * as vscode from 'vscode';
import type { FormLabels, ImportLabels, PreviewLabels, ReportLabels } from '../protocol/webview-labels';
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

export function importLabels(): ImportLabels {
  return {
    heading: vscode.l10n.t('Import {0} as a design'),
    intro: vscode.l10n.t('Each section of the document is proposed a place in the design: a step and one of its artifacts. Accept the proposal or change any row, then import. Nothing is written before that, and Undo takes the import back.'),
    layoutLegend: vscode.l10n.t('Write the design as'),
    layoutOneFile: vscode.l10n.t('One file: {0} itself, with a # heading per step'),
    layoutPerStep: vscode.l10n.t('One file per step, in {0} (the document stays as it is)'),
    columnSection: vscode.l10n.t('Section'),
    columnPlacement: vscode.l10n.t('Goes to'),
    preamble: vscode.l10n.t('(text before the first heading)'),
    withParent: vscode.l10n.t('With the section above'),
    stepGroup: vscode.l10n.t('Step {0}: {1}'),
    artifactOption: vscode.l10n.t('{0} · {1}'),
    unplacedOption: vscode.l10n.t('{0} · not placed (marked for later)'),
    placementOf: vscode.l10n.t('Where "{0}" goes'),
    showLine: vscode.l10n.t('line {0}'),
    placedCount: vscode.l10n.t('{0} of {1} sections placed'),
    changedMark: vscode.l10n.t('changed by you'),
    importButton: vscode.l10n.t('Import'),
    cancelButton: vscode.l10n.t('Cancel'),
    working: vscode.l10n.t('Importing…'),
  };
}

/** The `data-labels="…"` attribute that carries `labels` into a page. */
export function labelsAttribute(labels: FormLabels | PreviewLabels | ReportLabels | ImportLabels): string {
  return `data-labels="${escapeHtml(JSON.stringify(labels))}"`;
}
