/** "Check Design Completeness": re-check everything, then a report per design with links to each finding. */
import * as vscode from 'vscode';
import { basename, type DesignReport } from '../core';
import { readReportMessage, type ReportDesignView, type ReportFileView, type ReportView, type ToReportWebview } from '../protocol/report-messages';
import type { DesignStore } from './design-store';
import type { DiagnosticsManager } from './diagnostics';
import { stepViews } from './report-steps';
import { displayPath, toUri } from './uris';
import { labelsAttribute, reportLabels } from './webview-labels';
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
  /** The report the webview shows (or is about to: it asks with `ready` once loaded). */
  private current: ReportView | undefined;
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

  /** The report last sent to the webview (tests read it). */
  get view(): ReportView | undefined {
    return this.current;
  }

  private show(reports: readonly DesignReport[]): void {
    this.current = reportView(reports);
    this.knownFiles = new Set(reports.flatMap((report) => [...report.findings.map((finding) => finding.file), ...report.steps.flatMap((step) => (step.file ? [step.file] : []))]));
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('designDocs.report', vscode.l10n.t('Design Completeness'), vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
      this.panel.iconPath = new vscode.ThemeIcon('checklist');
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.handleMessage(message));
      // The page asks for the report with `ready` once its script runs.
      this.panel.webview.html = this.html(this.panel.webview);
    } else {
      // A page still loading misses this, and asks with `ready` instead.
      void this.post();
    }
    this.panel.reveal();
  }

  private post(): Thenable<boolean> {
    if (!this.panel || !this.current) return Promise.resolve(false);
    const message: ToReportWebview = { type: 'report', report: this.current };
    return this.panel.webview.postMessage(message);
  }

  /**
   * Handles one message from the webview (public so tests can drive the panel without a browser).
   * An `open` is honoured only for a file of the report.
   */
  async handleMessage(raw: unknown): Promise<void> {
    const read = readReportMessage(raw);
    if (!read.ok) {
      this.log.warn(`completeness report: ignored a message (${read.reason})`);
      return;
    }
    const message = read.message;
    if (message.type === 'ready') {
      await this.post();
      return;
    }
    if (!this.knownFiles.has(message.file)) {
      this.log.warn(`completeness report: ignored an "open" of a file that is not in the report: ${JSON.stringify(message.file.slice(0, 200))}`);
      return;
    }
    const position = new vscode.Position(message.line, message.column);
    await vscode.window.showTextDocument(toUri(message.file), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
  }

  private html(webview: vscode.Webview): string {
    return webviewPage(webview, this.extensionUri, {
      title: vscode.l10n.t('Design Completeness'),
      style: 'report.css',
      script: 'dist/webview/report.js',
      body: `<main id="report" ${labelsAttribute(reportLabels())}><p class="loading">${escapeHtml(vscode.l10n.t('Loading the report…'))}</p></main>`,
    });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** The report as the webview draws it: plain data, with the summary and the paths already as users read them. */
export function reportView(reports: readonly DesignReport[]): ReportView {
  return { summary: summarise(reports), designs: reports.map(designView) };
}

function designView(report: DesignReport): ReportDesignView {
  const steps = stepViews(report);
  const files = new Map<string, ReportFileView>();
  for (const finding of report.findings) {
    let entry = files.get(finding.file);
    if (!entry) {
      entry = { file: finding.file, fileName: basename(finding.file), findings: [] };
      files.set(finding.file, entry);
    }
    entry.findings.push({ rule: finding.rule, severity: finding.severity, message: finding.message, line: finding.range.start.line, column: finding.range.start.column });
  }
  return {
    title: report.title,
    path: displayPath(report.folder),
    complete: report.complete,
    present: steps.reduce((sum, step) => sum + step.present, 0),
    artifacts: steps.reduce((sum, step) => sum + step.artifacts, 0),
    steps,
    files: [...files.values()],
  };
}
