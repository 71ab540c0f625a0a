/** `$(checklist) 23/24` for the design of the active step file; a click runs the completeness check. */
import * as vscode from 'vscode';
import { artifactCounts } from '../core';
import type { DesignStore } from './design-store';
import { toCorePath } from './uris';

export class DesignStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('designDocs.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: DesignStore) {
    this.item.name = vscode.l10n.t('Design completeness');
    this.item.command = 'designDocs.checkCompleteness';
    this.disposables = [
      this.item,
      store.onDidChange(() => void this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
    ];
    void this.update();
  }

  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const isStepFile = Boolean(document && this.store.docFor(document));
    void vscode.commands.executeCommand('setContext', 'designDocs.activeIsStepFile', isStepFile);
    if (!document || !isStepFile) {
      this.item.hide();
      return;
    }
    const path = toCorePath(document.uri);
    const { reports } = await this.store.snapshot();
    const report = reports.find((candidate) => candidate.steps.some((step) => step.file === path));
    if (!report) {
      this.item.hide();
      return;
    }
    const artifacts = report.steps.flatMap((step) => step.artifacts);
    const { done, total } = artifactCounts(artifacts);
    this.item.text = `$(checklist) ${done}/${total}`;
    const open = report.findings.length;
    this.item.tooltip =
      open === 1
        ? vscode.l10n.t('{0}: {1} of {2} artifacts written, {3} open item. Click to check every design.', report.title, done, total, open)
        : vscode.l10n.t('{0}: {1} of {2} artifacts written, {3} open items. Click to check every design.', report.title, done, total, open);
    this.item.accessibilityInformation = { label: vscode.l10n.t('Design {0}: {1} of {2} artifacts written', report.title, done, total) };
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
