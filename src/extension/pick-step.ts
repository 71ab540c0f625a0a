/** Asks which step file to work on when a command has no step file to act on (e.g. from the walkthrough). */
import * as vscode from 'vscode';
import { artifactCounts } from '../core';
import type { DesignStore } from './design-store';
import { displayPath, toUri } from './uris';

interface StepPick extends vscode.QuickPickItem {
  file: string;
  step: number;
}

/** The step file chosen, and the step (which matters when one file holds several). */
export async function pickStep(store: DesignStore, title: string): Promise<{ uri: vscode.Uri; step: number } | undefined> {
  const { reports } = await store.snapshot();
  const picks: (StepPick | vscode.QuickPickItem)[] = [];
  for (const report of reports) {
    const steps = report.steps.filter((step) => step.file !== undefined);
    if (steps.length === 0) continue;
    if (reports.length > 1) picks.push({ label: report.title, kind: vscode.QuickPickItemKind.Separator });
    for (const step of steps) {
      const { done: written, total } = artifactCounts(step.artifacts);
      picks.push({
        label: `${step.step}. ${step.title}`,
        description: vscode.l10n.t('{0} of {1} sections written · {2}', written, total, step.status),
        detail: displayPath(step.file ?? ''),
        file: step.file ?? '',
        step: step.step,
      });
    }
  }
  if (picks.length === 0) {
    const create = vscode.l10n.t('New Design…');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('No step file in this workspace yet. Start a design first.'), create);
    if (choice === create) await vscode.commands.executeCommand('designDocs.newDesign');
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(picks, { title, placeHolder: vscode.l10n.t('Choose a step file'), matchOnDetail: true, ignoreFocusOut: true });
  return pick && 'file' in pick ? { uri: toUri(pick.file), step: pick.step } : undefined;
}
