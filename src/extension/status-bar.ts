/** `$(checklist) 23/24` for the design of the active step file; a click runs the completeness check. */
import * as vscode from 'vscode';
import type { DesignStore } from './design-store';
import { toCorePath } from './uris';

export class DesignStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('designDocs.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: DesignStore) {
    this.item.name = 'Design completeness';
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
    const done = artifacts.filter((artifact) => artifact.state === 'present').length;
    this.item.text = `$(checklist) ${done}/${artifacts.length}`;
    this.item.tooltip = `${report.title}: ${done} of ${artifacts.length} artifacts written, ${report.findings.length} open item${report.findings.length === 1 ? '' : 's'}. Click to check every design.`;
    this.item.accessibilityInformation = { label: `Design ${report.title}: ${done} of ${artifacts.length} artifacts written` };
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
