/** A lens above a step file's title: open its form, or set its status. */
import * as vscode from 'vscode';
import type { DesignStore } from './design-store';
import { positionIn } from './edits';

export class StepCodeLens implements vscode.CodeLensProvider {
  constructor(private readonly store: DesignStore) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    // A one-file design has a lens above each step's heading; its status is the file's, shared by every step.
    return this.store.stepDocs(document).flatMap((doc) => {
      if (doc.step === undefined) return [];
      const line = doc.title ? positionIn(doc, doc.title.range.start).line : 0;
      const range = new vscode.Range(line, 0, line, 0);
      const form = doc.part ? [document.uri, doc.step] : [document.uri];
      return [
        new vscode.CodeLens(range, { title: `$(preview) ${vscode.l10n.t('Open Step Form')}`, command: 'designDocs.openStepForm', arguments: form }),
        new vscode.CodeLens(range, { title: vscode.l10n.t('Status: {0}', doc.status), command: 'designDocs.setStepStatus', arguments: [document.uri], tooltip: vscode.l10n.t('Set Step Status…') }),
      ];
    });
  }
}
