/** "Preview Assembled Document": one rendered document per design, live as its files change. */
import * as vscode from 'vscode';
import { assembleDesign, headingTargets, renderMarkdown, type Design, type DesignReport, type HeadingTarget } from '../core';
import { readPreviewMessage, type ToPreviewWebview } from '../protocol/preview-messages';
import type { DesignStore } from './design-store';
import { positionIn } from './edits';
import { exportDesign } from './export';
import { previewShowGaps } from './settings';
import { toUri } from './uris';
import { labelsAttribute, previewLabels } from './webview-labels';
import { escapeHtml, webviewOptions, webviewPage } from './webview-security';

export const PREVIEW_VIEW_TYPE = 'designDocs.preview';

export interface PreviewServices {
  extensionUri: vscode.Uri;
  store: DesignStore;
  log: vscode.LogOutputChannel;
}

export class PreviewPanel implements vscode.Disposable {
  private static readonly open = new Map<string, PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private targets: HeadingTarget[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastHtml = '';
  private disposed = false;
  /** Something changed while the panel was hidden. */
  private stale = false;

  static async show(services: PreviewServices, folder: string): Promise<PreviewPanel | undefined> {
    const existing = PreviewPanel.open.get(folder);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside);
      return existing;
    }
    const { reports } = await services.store.snapshot();
    const report = reports.find((candidate) => candidate.folder === folder);
    if (!report) {
      void vscode.window.showWarningMessage(vscode.l10n.t('That design has no step files any more. Refresh the Design Docs view.'));
      return undefined;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, previewTitle(report.title), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(services.extensionUri, [toUri(folder)]));
    return new PreviewPanel(services, panel, folder);
  }

  static async restore(services: PreviewServices, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const folder = (state as { folder?: unknown } | undefined)?.folder;
    panel.webview.options = webviewOptions(services.extensionUri, typeof folder === 'string' ? [toUri(folder)] : []);
    if (typeof folder !== 'string') {
      panel.dispose();
      return;
    }
    new PreviewPanel(services, panel, folder);
  }

  private constructor(
    private readonly services: PreviewServices,
    readonly panel: vscode.WebviewPanel,
    readonly folder: string,
  ) {
    PreviewPanel.open.set(folder, this);
    panel.iconPath = new vscode.ThemeIcon('open-preview');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.handleMessage(message)),
      services.store.onDidChange(() => this.schedule()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('designDocs.preview.showGaps')) this.schedule();
      }),
      // A hidden preview skips re-rendering and catches up when it is shown again.
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.schedule();
      }),
    );
  }

  /** The current design, its report, and the rendered HTML the webview shows. */
  async render(): Promise<{ design: Design; report: DesignReport; html: string } | undefined> {
    const { designs, reports } = await this.services.store.snapshot();
    const design = designs.find((candidate) => candidate.folder === this.folder);
    const report = reports.find((candidate) => candidate.folder === this.folder);
    if (!design || !report) return undefined;
    const assembled = assembleDesign(design, report, { showGaps: previewShowGaps() });
    this.targets = headingTargets(assembled);
    const webview = this.panel.webview;
    const html = renderMarkdown(assembled.markdown, {
      mapImageSrc: (src) => String(webview.asWebviewUri(vscode.Uri.joinPath(toUri(this.folder), src))),
    });
    return { design, report, html };
  }

  private schedule(): void {
    this.stale = !this.panel.visible;
    if (this.stale) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 250);
  }

  private async update(): Promise<void> {
    const rendered = await this.render();
    if (this.disposed) return;
    if (!rendered) {
      await this.post({ type: 'content', content: { title: vscode.l10n.t('Design removed'), html: `<p>${escapeHtml(vscode.l10n.t('This design has no step files any more. Close this preview, or undo the deletion to bring them back.'))}</p>` } });
      return;
    }
    this.panel.title = previewTitle(rendered.report.title);
    if (rendered.html === this.lastHtml) return;
    this.lastHtml = rendered.html;
    await this.post({ type: 'content', content: { title: rendered.report.title, html: rendered.html } });
  }

  private post(message: ToPreviewWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  async handleMessage(raw: unknown): Promise<void> {
    const read = readPreviewMessage(raw);
    if (!read.ok) {
      this.services.log.warn(`preview: ignored a message (${read.reason})`);
      return;
    }
    const message = read.message;
    if (message.type === 'ready') {
      this.lastHtml = '';
      return this.update();
    }
    if (message.type === 'export') {
      await exportDesign(this.services.store, this.folder);
      return;
    }
    const target = this.targets.find((candidate) => candidate.id === message.id);
    if (!target) {
      this.services.log.info(`preview: no source for heading #${message.id}`);
      return;
    }
    const { docs } = await this.services.store.snapshot();
    const doc = docs.get(target.file);
    const position = doc ? positionIn(doc, target.offset) : new vscode.Position(0, 0);
    await vscode.window.showTextDocument(toUri(target.file), { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
  }

  private html(): string {
    return webviewPage(this.panel.webview, this.services.extensionUri, {
      title: this.panel.title,
      style: 'preview.css',
      script: 'dist/webview/preview.js',
      body: `<div class="toolbar"><button id="export" type="button" title="${escapeHtml(vscode.l10n.t('Export the assembled document as Markdown or HTML'))}">${escapeHtml(vscode.l10n.t('Export…'))}</button></div>
<article id="document" class="markdown-body" data-folder="${escapeHtml(this.folder)}" ${labelsAttribute(previewLabels())}><p class="loading">${escapeHtml(vscode.l10n.t('Assembling the design…'))}</p></article>`,
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    PreviewPanel.open.delete(this.folder);
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }
}

function previewTitle(title: string): string {
  return vscode.l10n.t('Preview: {0}', title);
}
