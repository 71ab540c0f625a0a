/** One step form per step file: a webview beside the editor, kept in two-way sync with the Markdown. */
import * as vscode from 'vscode';
import { basename, formEdits, formModel, type Finding } from '../core';
import { readFormMessage, type FormState, type ToFormWebview } from '../protocol/form-messages';
import type { DesignStore } from './design-store';
import type { DiagnosticsManager } from './diagnostics';
import { toWorkspaceEdit } from './edits';
import { toCorePath, toUri } from './uris';
import { formLabels, labelsAttribute } from './webview-labels';
import { escapeHtml, webviewOptions, webviewPage } from './webview-security';

export const FORM_VIEW_TYPE = 'designDocs.stepForm';

export interface FormServices {
  extensionUri: vscode.Uri;
  store: DesignStore;
  diagnostics: DiagnosticsManager;
  log: vscode.LogOutputChannel;
}

export class StepFormPanel implements vscode.Disposable {
  private static readonly open = new Map<string, StepFormPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private pushTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  /** Opens (or reveals) the form of the step file `uri`, beside the text editor. */
  static async show(services: FormServices, uri: vscode.Uri): Promise<StepFormPanel | undefined> {
    const path = toCorePath(uri);
    const existing = StepFormPanel.open.get(path);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside);
      return existing;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    if (!services.store.docFor(document)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a step file: add `design-step: 1` … `7` to its front matter to open it as a form.', basename(path)));
      return undefined;
    }
    const panel = vscode.window.createWebviewPanel(FORM_VIEW_TYPE, formTitle(path), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions(services.extensionUri));
    return new StepFormPanel(services, panel, document);
  }

  /** Restores a form after a reload (the webview kept only the file path in its state). */
  static async restore(services: FormServices, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const file = (state as { file?: unknown } | undefined)?.file;
    const document = typeof file === 'string' ? await vscode.workspace.openTextDocument(toUri(file)).then(undefined, () => undefined) : undefined;
    if (!document || !services.store.docFor(document)) {
      panel.webview.options = webviewOptions(services.extensionUri);
      panel.webview.html = `<!DOCTYPE html><html><body><p>${escapeHtml(vscode.l10n.t('This step file is gone. Close this tab, or reopen the form from the Design Docs view.'))}</p></body></html>`;
      return;
    }
    panel.webview.options = webviewOptions(services.extensionUri);
    new StepFormPanel(services, panel, document);
  }

  static forFile(uri: vscode.Uri): StepFormPanel | undefined {
    return StepFormPanel.open.get(toCorePath(uri));
  }

  private constructor(
    private readonly services: FormServices,
    readonly panel: vscode.WebviewPanel,
    private readonly document: vscode.TextDocument,
  ) {
    const path = toCorePath(document.uri);
    StepFormPanel.open.set(path, this);
    panel.iconPath = new vscode.ThemeIcon('preview');
    panel.webview.html = this.html(panel.webview);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.handleMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedulePush();
      }),
      services.diagnostics.onDidUpdate(() => this.schedulePush()),
      vscode.workspace.onDidDeleteFiles((event) => {
        if (event.files.some((uri) => toCorePath(uri) === path)) void this.post({ type: 'unavailable', file: path, reason: vscode.l10n.t('The step file was deleted. Close this form, or undo the deletion.') });
      }),
    );
  }

  /** The state the webview renders, at the document's current version. */
  state(): FormState | undefined {
    const doc = this.services.store.docFor(this.document);
    const model = doc && formModel(doc);
    if (!doc || !model) return undefined;
    const path = toCorePath(this.document.uri);
    const findings = this.services.diagnostics.findingsIn(this.document.uri).map((finding: Finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      line: finding.range.start.line,
      ...(finding.artifact ? { artifact: finding.artifact } : {}),
    }));
    return { file: path, fileName: basename(path), version: this.document.version, model, findings };
  }

  private schedulePush(): void {
    clearTimeout(this.pushTimer);
    this.pushTimer = setTimeout(() => void this.push(), 120);
  }

  private async push(ack?: number): Promise<void> {
    // This push covers any scheduled one (an edit from the form also fires a document change).
    clearTimeout(this.pushTimer);
    const state = this.state();
    if (state) await this.post({ type: 'state', state, ...(ack !== undefined ? { ack } : {}) });
    else await this.post({ type: 'unavailable', file: toCorePath(this.document.uri), reason: vscode.l10n.t('This file no longer holds a step (its front matter has no valid `design-step`). Fix the front matter to edit it here again.') });
  }

  private post(message: ToFormWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  /** Handles one message from the webview (public so tests can drive the panel without a browser). */
  async handleMessage(raw: unknown): Promise<void> {
    const read = readFormMessage(raw);
    if (!read.ok) {
      this.services.log.warn(`step form: ignored a message (${read.reason})`);
      return;
    }
    const message = read.message;
    switch (message.type) {
      case 'ready':
        return this.push();
      case 'openText':
        await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One });
        return;
      case 'reveal': {
        const line = this.state()?.model.fields.find((field) => field.id === message.artifactId)?.line ?? 0;
        const position = new vscode.Position(line, 0);
        await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
        return;
      }
      case 'edit': {
        if (message.version !== this.document.version) {
          this.services.log.info(`step form: edit ${message.id} was made on version ${message.version}, the document is at ${this.document.version}; sent the current text back`);
          return this.push();
        }
        const doc = this.services.store.docFor(this.document);
        if (!doc) return this.push();
        const path = toCorePath(this.document.uri);
        const edits = formEdits(path, doc, message.change);
        if (edits.length > 0 && !(await vscode.workspace.applyEdit(toWorkspaceEdit(edits, new Map([[path, doc]]))))) {
          this.services.log.warn(`step form: VS Code refused edit ${message.id}`);
        }
        return this.push(message.id);
      }
    }
  }

  private html(webview: vscode.Webview): string {
    return webviewPage(webview, this.services.extensionUri, {
      title: formTitle(toCorePath(this.document.uri)),
      style: 'form.css',
      script: 'dist/webview/form.js',
      body: `<div id="app" role="form" aria-label="${escapeHtml(vscode.l10n.t('Step form'))}" ${labelsAttribute(formLabels())}><p class="loading">${escapeHtml(vscode.l10n.t('Loading the step…'))}</p></div>`,
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.pushTimer);
    StepFormPanel.open.delete(toCorePath(this.document.uri));
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }
}

function formTitle(path: string): string {
  return vscode.l10n.t('Form: {0}', basename(path));
}
