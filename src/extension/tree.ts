/** The sidebar: designs → the steps of their catalogue → artifacts, from the store's latest snapshot. */
import * as vscode from 'vscode';
import { artifactCounts, basename, type ArtifactReport, type DesignReport, type StepReport } from '../core';
import type { DesignStore } from './design-store';
import { displayPath, toUri } from './uris';

export type DesignTreeNode =
  | { kind: 'design'; report: DesignReport }
  | { kind: 'step'; report: DesignReport; step: StepReport }
  | { kind: 'artifact'; report: DesignReport; step: StepReport; artifact: ArtifactReport };

export class DesignTreeProvider implements vscode.TreeDataProvider<DesignTreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<DesignTreeNode | undefined>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly store: DesignStore) {
    this.subscription = store.onDidChange(() => {
      this.emitter.fire(undefined);
      void this.updateContext();
    });
    void store.whenReady().then(() => this.updateContext());
  }

  /** `designDocs.hasDesigns` drives menus and the walkthrough, also while this view is hidden. */
  private async updateContext(): Promise<void> {
    const { reports } = await this.store.snapshot();
    await vscode.commands.executeCommand('setContext', 'designDocs.hasDesigns', reports.length > 0);
  }

  async getChildren(node?: DesignTreeNode): Promise<DesignTreeNode[]> {
    if (!node) {
      const { reports } = await this.store.snapshot();
      return reports.map((report) => ({ kind: 'design', report }));
    }
    if (node.kind === 'design') return node.report.steps.map((step) => ({ kind: 'step', report: node.report, step }));
    if (node.kind === 'step' && node.step.file) {
      return node.step.artifacts.map((artifact) => ({ kind: 'artifact', report: node.report, step: node.step, artifact }));
    }
    return [];
  }

  getTreeItem(node: DesignTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'design':
        return designItem(node.report);
      case 'step':
        return stepItem(node.report, node.step);
      default:
        return artifactItem(node.step, node.artifact);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

function designItem(report: DesignReport): vscode.TreeItem {
  const item = new vscode.TreeItem(report.title, vscode.TreeItemCollapsibleState.Expanded);
  const done = report.steps.filter((step) => step.complete).length;
  item.id = `design:${report.folder}`;
  item.description = report.complete ? vscode.l10n.t('complete') : vscode.l10n.t('{0}/{1} steps complete', done, report.steps.length);
  item.iconPath = new vscode.ThemeIcon(report.complete ? 'verified-filled' : 'book', report.complete ? new vscode.ThemeColor('testing.iconPassed') : undefined);
  item.tooltip = new vscode.MarkdownString(`**${escape(report.title)}**\n\n${escape(displayPath(report.folder))}\n\n${item.description}`);
  item.contextValue = 'design';
  item.resourceUri = toUri(report.folder);
  return item;
}

function stepItem(report: DesignReport, step: StepReport): vscode.TreeItem {
  const missing = step.status === 'missing';
  const item = new vscode.TreeItem(`${step.step}. ${step.title}`, missing ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `step:${report.folder}:${step.step}`;
  const { done: present, total } = artifactCounts(step.artifacts);
  if (missing) {
    item.description = vscode.l10n.t('no file — click to create');
    item.iconPath = new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
    item.contextValue = 'step-missing';
    item.command = { title: vscode.l10n.t('Create Step File'), command: 'designDocs.createStepFile', arguments: [{ folder: report.folder, step: step.step }] };
  } else {
    // The icon already says complete or not; the description adds the counts and the status.
    item.description = step.complete ? step.status : `${present}/${total} · ${step.status}`;
    item.iconPath = step.complete
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground'));
    item.contextValue = step.approved ? 'step-approved' : 'step';
    // The file's problem badge would show the whole file's count on every step of a one-file design.
    const sharesFile = report.steps.some((other) => other !== step && other.file === step.file);
    item.resourceUri = step.file && !sharesFile ? toUri(step.file) : undefined;
    const heading = step.range && new vscode.Range(step.range.start.line, step.range.start.column, step.range.end.line, step.range.end.column);
    item.command = step.file ? { title: vscode.l10n.t('Open Step'), command: 'vscode.open', arguments: [toUri(step.file), ...(heading ? [{ selection: heading }] : [])] } : undefined;
  }
  const reviewers = step.reviewers.length > 0 ? step.reviewers.join(', ') : vscode.l10n.t('none yet');
  item.tooltip = new vscode.MarkdownString(
    [
      `**${vscode.l10n.t('Step {0}: {1}', step.step, escape(step.title))}**`,
      escape(step.purpose),
      missing ? `$(circle-slash) ${vscode.l10n.t('No file yet.')}` : vscode.l10n.t('Status: **{0}** · Reviewers: {1}', step.status, escape(reviewers)),
      step.file ? `$(file) ${escape(basename(step.file))}` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),
    true,
  );
  return item;
}

const ARTIFACT_LOOK: Record<ArtifactReport['state'], { icon: string; color?: string; label: () => string }> = {
  present: { icon: 'pass', color: 'testing.iconPassed', label: () => vscode.l10n.t('written') },
  'not-applicable': { icon: 'circle-slash', color: 'descriptionForeground', label: () => vscode.l10n.t('not applicable') },
  empty: { icon: 'circle-large-outline', color: 'list.warningForeground', label: () => vscode.l10n.t('empty') },
  missing: { icon: 'circle-slash', color: 'list.errorForeground', label: () => vscode.l10n.t('missing') },
};

/** The line after the title: nothing when written, the state otherwise; N/A with its reason. */
function artifactDescription(artifact: ArtifactReport): string | undefined {
  if (artifact.state === 'present') return undefined;
  if (artifact.state === 'not-applicable') return vscode.l10n.t('N/A — {0}', artifact.notApplicable?.reason ?? '');
  if (artifact.notApplicable) return vscode.l10n.t('N/A without a reason — add one');
  return ARTIFACT_LOOK[artifact.state].label();
}

function artifactItem(step: StepReport, artifact: ArtifactReport): vscode.TreeItem {
  const look = ARTIFACT_LOOK[artifact.state];
  const item = new vscode.TreeItem(artifact.title, vscode.TreeItemCollapsibleState.None);
  item.id = `artifact:${step.file}:${artifact.id}`;
  item.description = artifactDescription(artifact);
  item.iconPath = new vscode.ThemeIcon(look.icon, look.color ? new vscode.ThemeColor(look.color) : undefined);
  item.contextValue = `artifact-${artifact.state}`;
  const summary = artifact.summary;
  const state = artifact.state === 'not-applicable' ? vscode.l10n.t('not applicable: {0}', artifact.notApplicable?.reason ?? '') : look.label();
  item.tooltip = `${artifact.title} (${state})\n${summary}`;
  if (step.file) {
    const selection = artifact.range
      ? new vscode.Range(artifact.range.start.line, artifact.range.start.column, artifact.range.end.line, artifact.range.end.column)
      : undefined;
    item.command = {
      title: vscode.l10n.t('Reveal Heading'),
      command: 'vscode.open',
      arguments: [toUri(step.file), selection ? { selection } : {}],
    };
  }
  return item;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
