/** "Set Step Status…": status and reviewers written into the front matter through the editor (undoable). */
import * as vscode from 'vscode';
import { basename, setReviewersEdit, setStatusEdit, type FileEdit, type StatusPolicy, type StepDoc, type StepStatus } from '../core';
import type { DesignStore } from './design-store';
import { toWorkspaceEdit } from './edits';
import { statusSteps, stepList } from './status-steps';
import { commandTarget, toCorePath } from './uris';

function statusHelp(status: StepStatus, policy: StatusPolicy): string | undefined {
  if (status === policy.initial) return vscode.l10n.t('still being written');
  if (status === policy.review) return vscode.l10n.t('ready for stakeholders to review');
  if (status === policy.approved) {
    return policy.reviewers > 1 ? vscode.l10n.t('validated by the {0} reviewers you name', policy.reviewers) : vscode.l10n.t('validated by the reviewers you name');
  }
  return undefined;
}

export interface SetStatusArgs {
  status?: StepStatus;
  reviewers?: string[];
}

export async function setStepStatus(store: DesignStore, arg?: unknown, preset?: SetStatusArgs): Promise<boolean> {
  const uri = commandTarget(arg);
  const document = uri && (await vscode.workspace.openTextDocument(uri));
  const doc = document && store.docFor(document);
  if (!document || !doc) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a step file (a Markdown file with `design-step` in its front matter) to set its status.'));
    return false;
  }
  const policy = doc.catalogue.statuses;
  const approving = (status: string) => status === policy.approved;
  const status =
    preset?.status ??
    (
      await vscode.window.showQuickPick(
        policy.values.map((value) => ({ label: value, description: statusHelp(value, policy), picked: value === doc.status, detail: value === doc.status ? vscode.l10n.t('current status') : undefined })),
        { title: pickTitle(doc, toCorePath(document.uri)), placeHolder: vscode.l10n.t('Now: {0}', doc.status) },
      )
    )?.label;
  if (!status) return false;
  const reviewersText =
    preset?.reviewers?.join(', ') ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('Reviewers'),
      prompt: approving(status)
        ? statusSteps(doc).length > 1
          ? vscode.l10n.t('Who validated these steps? Names separated by commas.')
          : vscode.l10n.t('Who validated this step? Names separated by commas.')
        : vscode.l10n.t('Reviewers so far, separated by commas (may be empty).'),
      value: doc.reviewers.join(', '),
      validateInput: (value) =>
        approving(status) && value.trim() === '' ? { message: vscode.l10n.t('An approved step should name who approved it.'), severity: vscode.InputBoxValidationSeverity.Warning } : undefined,
    }));
  if (reviewersText === undefined) return false;
  const reviewers = reviewersText.split(',').map((name) => name.trim()).filter(Boolean);
  const path = toCorePath(document.uri);
  const edits: FileEdit[] = [];
  if (status !== doc.status || !doc.hasStatus) edits.push(...optional(setStatusEdit(path, doc, status)));
  if (reviewers.join('\n') !== doc.reviewers.join('\n')) edits.push(...optional(setReviewersEdit(path, doc, reviewers)));
  if (edits.length === 0) return true;
  return vscode.workspace.applyEdit(toWorkspaceEdit(edits, new Map([[path, doc]])));
}

/** Names the steps the status will apply to: a one-file design's status is that of every step it holds. */
function pickTitle(doc: StepDoc, path: string): string {
  const steps = statusSteps(doc);
  if (doc.oneFile && steps.length > 1) return vscode.l10n.t('Status of steps {0} (one file)', stepList(steps));
  if (steps.length === 0) return vscode.l10n.t('Status of {0}', basename(path));
  return vscode.l10n.t('Status of step {0}', stepList(steps));
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}
