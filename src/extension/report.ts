/** "Check Design Completeness": re-check everything, then a report per design with links to each finding. */
import * as vscode from 'vscode';
import { basename, type DesignReport, type Finding } from '../core';
import type { DesignStore } from './design-store';
import type { DiagnosticsManager } from './diagnostics';
import { displayPath, toUri } from './uris';
import { escapeHtml, webviewOptions, webviewPage } from './webview-security';

export interface CompletenessResult {
  reports: DesignReport[];
  summary: string;
}

export function summarise(reports: readonly DesignReport[]): string {
  if (reports.length === 0) return vscode.l10n.t('No design found. Run "Design Doc: New Design…" to start one.');
  const complete = reports.filter((report) => report.complete).length;
  const open = reports.reduce((sum, report) => sum + report.findings.length, 0);
  const incomplete = reports.length - complete;
  const designs = reports.length === 1 ? vscode.l10n.t('{0} design', reports.length) : vscode.l10n.t('{0} designs', reports.length);
  if (incomplete === 0) return vscode.l10n.t('{0}: all complete.', designs);
  return open === 1
    ? vscode.l10n.t('{0}: {1} complete, {2} with {3} open item.', designs, complete, incomplete, open)
    : vscode.l10n.t('{0}: {1} complete, {2} with {3} open items.', designs, complete, incomplete, open);
}

export class CompletenessReport implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private knownFiles = new Set<string>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: DesignStore,
    private readonly diagnostics: DiagnosticsManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async run(): Promise<CompletenessResult> {
    const reports = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking designs'), cancellable: false },
      async (progress) => {
        progress.report({ message: vscode.l10n.t('reading the workspace…') });
        const { reports: checked } = await this.store.rescan();
        progress.report({
          message: checked.length === 1 ? vscode.l10n.t('updating problems for {0} design…', checked.length) : vscode.l10n.t('updating problems for {0} designs…', checked.length),
        });
        await this.diagnostics.refresh();
        return checked;
      },
    );
    this.show(reports);
    const summary = summarise(reports);
    this.log.info(`completeness check: ${summary}`);
    void vscode.window.showInformationMessage(summary, vscode.l10n.t('Show Problems')).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return { reports, summary };
  }

  private show(reports: readonly DesignReport[]): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('designDocs.report', vscode.l10n.t('Design Completeness'), vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
      this.panel.iconPath = new vscode.ThemeIcon('checklist');
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message));
    }
    this.knownFiles = new Set(reports.flatMap((report) => [...report.findings.map((finding) => finding.file), ...report.steps.flatMap((step) => (step.file ? [step.file] : []))]));
    this.panel.webview.html = this.html(this.panel.webview, reports);
    this.panel.reveal();
  }

  /** Only `{ type: 'open', file, line, column }` for a file of the report is honoured. */
  private async onMessage(message: unknown): Promise<void> {
    const candidate = message as { type?: unknown; file?: unknown; line?: unknown; column?: unknown } | null;
    const valid =
      candidate !== null &&
      typeof candidate === 'object' &&
      candidate.type === 'open' &&
      typeof candidate.file === 'string' &&
      this.knownFiles.has(candidate.file) &&
      Number.isInteger(candidate.line) &&
      Number.isInteger(candidate.column);
    if (!valid) {
      this.log.warn(`completeness report: ignored a message that is not an "open" of a reported file: ${JSON.stringify(message).slice(0, 200)}`);
      return;
    }
    const position = new vscode.Position(Math.max(0, Number(candidate.line)), Math.max(0, Number(candidate.column)));
    await vscode.window.showTextDocument(toUri(String(candidate.file)), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
  }

  private html(webview: vscode.Webview, reports: readonly DesignReport[]): string {
    const body = reports.length === 0 ? `<p>${escapeHtml(summarise(reports))}</p>` : reports.map(designSection).join('\n');
    return webviewPage(webview, this.extensionUri, {
      title: vscode.l10n.t('Design Completeness'),
      style: 'report.css',
      script: 'media/report.js',
      body: `<h1>${escapeHtml(vscode.l10n.t('Design completeness'))}</h1><p class="summary">${escapeHtml(summarise(reports))}</p>\n${body}`,
    });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function tableHeaders(): string[] {
  return [vscode.l10n.t('Step'), vscode.l10n.t('State'), vscode.l10n.t('Status'), vscode.l10n.t('Artifacts'), vscode.l10n.t('Findings')];
}

function severityLabel(severity: Finding['severity']): string {
  return severity === 'error' ? vscode.l10n.t('error') : severity === 'warning' ? vscode.l10n.t('warning') : vscode.l10n.t('info');
}

function designSection(report: DesignReport): string {
  const done = report.steps.reduce((sum, step) => sum + step.artifacts.filter((artifact) => artifact.state === 'present').length, 0);
  const total = report.steps.reduce((sum, step) => sum + step.artifacts.length, 0);
  const rows = report.steps.map((step) => {
    const findings = report.findings.filter((finding) => finding.file === step.file);
    const state = step.status === 'missing' ? 'missing' : step.complete ? 'complete' : 'incomplete';
    const label = state === 'missing' ? vscode.l10n.t('no file') : step.complete ? vscode.l10n.t('complete') : vscode.l10n.t('incomplete');
    const artifacts = `${step.artifacts.filter((artifact) => artifact.state === 'present').length}/${step.artifacts.length}`;
    return `<tr><td>${step.step}. ${escapeHtml(step.title)}</td><td class="${state}">${escapeHtml(label)}</td><td>${escapeHtml(step.status)}</td><td>${artifacts}</td><td>${findings.length}</td></tr>`;
  });
  const byFile = new Map<string, Finding[]>();
  for (const finding of report.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const lists = [...byFile].map(
    ([file, findings]) =>
      `<h3>${escapeHtml(basename(file))}</h3><ul class="findings">${findings.map(findingItem).join('')}</ul>`,
  );
  return `<section aria-label="${escapeHtml(report.title)}">
<h2><span>${escapeHtml(report.title)}</span> <span class="badge">${escapeHtml(report.complete ? vscode.l10n.t('complete') : vscode.l10n.t('{0}/{1} artifacts', done, total))}</span></h2>
<div class="path">${escapeHtml(displayPath(report.folder))}</div>
<table><thead><tr>${tableHeaders().map((header) => `<th>${escapeHtml(header)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>
${lists.join('\n')}
</section>`;
}

function findingItem(finding: Finding): string {
  const where = `${basename(finding.file)}:${finding.range.start.line + 1}`;
  return `<li><span class="severity-${finding.severity}">${escapeHtml(severityLabel(finding.severity))}</span> <a href="#" data-file="${escapeHtml(finding.file)}" data-line="${finding.range.start.line}" data-column="${finding.range.start.column}">${escapeHtml(where)}</a> ${escapeHtml(finding.message)} <code>${escapeHtml(finding.rule)}</code></li>`;
}
