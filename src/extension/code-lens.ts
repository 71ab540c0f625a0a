/** A lens above a step file's title: open its form, or set its status. */
import * as vscode from 'vscode';
import type { DesignStore } from './design-store';
import { positionIn } from './edits';

export class StepCodeLens implements vscode.CodeLensProvider {
  constructor(private readonly store: DesignStore) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const doc = this.store.docFor(document);
    if (!doc || doc.step === undefined) return [];
    const line = doc.title ? positionIn(doc, doc.title.range.start).line : 0;
    const range = new vscode.Range(line, 0, line, 0);
    return [
      new vscode.CodeLens(range, { title: `$(preview) ${vscode.l10n.t('Open Step Form')}`, command: 'designDocs.openStepForm', arguments: [document.uri] }),
      new vscode.CodeLens(range, { title: vscode.l10n.t('Status: {0}', doc.status), command: 'designDocs.setStepStatus', arguments: [document.uri], tooltip: vscode.l10n.t('Set Step Status…') }),
    ];
  }
}
