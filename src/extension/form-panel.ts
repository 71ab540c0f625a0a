/** One step form per step file: a webview beside the editor, kept in two-way sync with the Markdown. */
import * as vscode from 'vscode';
import { basename, formEdits, formModel, withoutTrailingSlashes, type Finding, type StepDoc } from '../core';
import { readFormMessage, readSavedFormState, type FindingView, type FormState, type FromFormWebview, type ToFormWebview } from '../protocol/form-messages';
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
  /** Pushes started and not yet posted. */
  private pushesInFlight = 0;
  /**
   * The findings the webview shows, as `findingsSignature` of the last state posted; undefined
   * until a state is posted, and after any other message (the webview then shows no findings).
   */
  private shownFindings: string | undefined;
  private disposed = false;
  /** The step file, followed through renames. The document is looked up by it each time it is needed. */
  private uri: vscode.Uri;

  /** Applies a workspace edit (a field so tests can stand in for VS Code refusing one). */
  applyEdit: (edit: vscode.WorkspaceEdit) => Thenable<boolean> = (edit) => vscode.workspace.applyEdit(edit);

  /**
   * Opens (or reveals) the form of the step file `uri`, beside the text editor; for a one-file
   * design, the form of its `step` (by default its first).
   */
  static async show(services: FormServices, uri: vscode.Uri, step?: number): Promise<StepFormPanel | undefined> {
    const path = toCorePath(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const part = partStep(services, document, step);
    const existing = StepFormPanel.open.get(formKey(path, part));
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside);
      return existing;
    }
    if (!services.store.docFor(document)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a step file: add `design-step: <number>` to its front matter to open it as a form.', basename(path)));
      return undefined;
    }
    const panel = vscode.window.createWebviewPanel(FORM_VIEW_TYPE, formTitle(path, part), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions(services.extensionUri));
    return new StepFormPanel(services, panel, document.uri, part);
  }

  /**
   * Restores a form after a reload from the state its webview saved: the file, and the step it
   * showed. A one-file design's form reopens that step; the file's first when the step's heading
   * is gone or the state is from a version that did not save the step.
   */
  static async restore(services: FormServices, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = readSavedFormState(state);
    const document = saved ? await vscode.workspace.openTextDocument(toUri(saved.file)).then(undefined, () => undefined) : undefined;
    if (!document || !services.store.docFor(document)) {
      panel.webview.options = webviewOptions(services.extensionUri);
      panel.webview.html = `<!DOCTYPE html><html><body><p>${escapeHtml(vscode.l10n.t('This step file is gone. Close this tab, or reopen the form from the Design Docs view.'))}</p></body></html>`;
      return;
    }
    panel.webview.options = webviewOptions(services.extensionUri);
    const part = partStep(services, document, saved?.step);
    panel.title = formTitle(toCorePath(document.uri), part);
    new StepFormPanel(services, panel, document.uri, part);
  }

  /** The open form of the file at `uri` (of its `step`, in a one-file design; else its first open one). */
  static forFile(uri: vscode.Uri, step?: number): StepFormPanel | undefined {
    const path = toCorePath(uri);
    return StepFormPanel.open.get(formKey(path, step)) ?? (step === undefined ? [...StepFormPanel.open.values()].find((panel) => panel.path === path) : undefined);
  }

  private constructor(
    private readonly services: FormServices,
    readonly panel: vscode.WebviewPanel,
    uri: vscode.Uri,
    /** The step this form edits when the file is a one-file design: only that step's part of the file. */
    private readonly step?: number,
  ) {
    this.uri = uri;
    StepFormPanel.open.set(this.key, this);
    panel.iconPath = new vscode.ThemeIcon('preview');
    panel.webview.html = this.html(panel.webview);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.handleMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        // A save or a dirty-state change alone changes nothing the form shows.
        if (event.contentChanges.length > 0 && this.isOurs(event.document.uri)) this.schedulePush();
      }),
      // Every file's findings were recomputed: push only when this file's differ from those shown.
      services.diagnostics.onDidUpdate(() => {
        const open = this.openDocument();
        if (this.shownFindings !== findingsSignature(this.findingViews(this.uri, open && this.stepDoc(open)))) this.schedulePush();
      }),
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          const moved = movedPath(this.path, toCorePath(oldUri), toCorePath(newUri));
          if (moved !== undefined) this.rebind(toUri(moved));
        }
      }),
      vscode.workspace.onDidDeleteFiles((event) => {
        // Deleted in VS Code (the explorer, a workspace edit). Every write checks that the file is there.
        if (event.files.some((uri) => isWithin(this.path, toCorePath(uri)))) void this.postGone();
      }),
      vscode.workspace.onDidCreateFiles((event) => {
        // The deletion undone: the form comes back.
        if (event.files.some((uri) => isWithin(this.path, toCorePath(uri)))) this.schedulePush();
      }),
    );
  }

  private get path(): string {
    return toCorePath(this.uri);
  }

  private get key(): string {
    return formKey(this.path, this.step);
  }

  /** The parse of the step this form edits, at the document's current version. */
  private stepDoc(document: vscode.TextDocument): StepDoc | undefined {
    const doc = this.services.store.stepDoc(document, this.step);
    return this.step === undefined || doc?.step === this.step ? doc : undefined;
  }

  private isOurs(uri: vscode.Uri): boolean {
    return toCorePath(uri) === this.path;
  }

  /** The open document of the step file, if VS Code has one (never a closed one). */
  private openDocument(): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((document) => !document.isClosed && this.isOurs(document.uri));
  }

  /**
   * The step file's document as VS Code has it now: the open one, or opened again after its tab
   * closed. Undefined when the file is gone (deleted, or renamed behind VS Code's back): an open
   * document of a deleted file is never written to.
   */
  private async liveDocument(): Promise<vscode.TextDocument | undefined> {
    const uri = this.uri;
    const exists = await vscode.workspace.fs.stat(uri).then(
      () => true,
      () => false,
    );
    // Renamed while we looked: look again at the new name.
    if (this.uri !== uri) return this.liveDocument();
    if (!exists) return undefined;
    const document = this.openDocument() ?? (await vscode.workspace.openTextDocument(uri).then(undefined, () => undefined));
    return this.uri === uri ? document : this.liveDocument();
  }

  /** Follows a rename: the map of open forms, the title and (through the next state) the webview's saved file. */
  private rebind(uri: vscode.Uri): void {
    if (StepFormPanel.open.get(this.key) === this) StepFormPanel.open.delete(this.key);
    this.uri = uri;
    StepFormPanel.open.set(this.key, this);
    this.panel.title = formTitle(this.path, this.step);
    this.services.log.info(`step form: following the rename to ${this.path}`);
    void this.push();
  }

  /** The state the webview renders, at the version of `document` (by default the open document). */
  state(document = this.openDocument()): FormState | undefined {
    const doc = document && this.stepDoc(document);
    const model = doc && formModel(doc);
    if (!document || !doc || !model) return undefined;
    const path = this.path;
    return { file: path, fileName: basename(path), version: document.version, model, findings: this.findingViews(document.uri, doc) };
  }

  /** The findings of the file at `uri` as the form shows them: in a one-file design, those inside this form's step. */
  private findingViews(uri: vscode.Uri, doc?: StepDoc): FindingView[] {
    const part = doc?.part && { first: doc.lines.position(doc.part.start).line, last: doc.lines.position(doc.part.end).line };
    const inPart = (finding: Finding) => !part || (finding.range.start.line >= part.first && finding.range.start.line < Math.max(part.last, part.first + 1));
    return this.services.diagnostics.findingsIn(uri).filter(inPart).map((finding: Finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      line: finding.range.start.line,
      ...(finding.artifact ? { artifact: finding.artifact } : {}),
    }));
  }

  /**
   * For tests: whether a push is scheduled or under way. Once a change has been handled and this
   * is false, the form will post nothing more for it.
   */
  get pushPending(): boolean {
    return this.pushTimer !== undefined || this.pushesInFlight > 0;
  }

  private schedulePush(): void {
    clearTimeout(this.pushTimer);
    this.pushTimer = setTimeout(() => void this.push(), 120);
  }

  private async push(ack?: number, document?: vscode.TextDocument): Promise<void> {
    // This push covers any scheduled one (an edit from the form also fires a document change).
    clearTimeout(this.pushTimer);
    this.pushTimer = undefined;
    this.pushesInFlight++;
    try {
      const live = document && !document.isClosed ? document : await this.liveDocument();
      if (!live) {
        await this.postGone();
        return;
      }
      const state = this.state(live);
      if (state) {
        // Noted before the post goes out: findings that change meanwhile are compared with these.
        this.shownFindings = findingsSignature(state.findings);
        await this.post({ type: 'state', state, ...(ack !== undefined ? { ack } : {}) });
      } else await this.postUnavailable(vscode.l10n.t('This file no longer holds a step (its front matter has no valid `design-step`). Fix the front matter to edit it here again.'));
    } finally {
      this.pushesInFlight--;
    }
  }

  private postGone(): Thenable<boolean> {
    return this.postUnavailable(vscode.l10n.t('The step file was deleted. Close this form, or undo the deletion.'));
  }

  /** The webview shows `reason` instead of the step: any later update of the findings pushes again. */
  private postUnavailable(reason: string): Thenable<boolean> {
    this.shownFindings = undefined;
    return this.post({ type: 'unavailable', file: this.path, reason });
  }

  private post(message: ToFormWebview): Thenable<boolean> {
    if (this.disposed) return Promise.resolve(false);
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
      case 'reveal': {
        const document = await this.liveDocument();
        if (!document) {
          await this.postGone();
          return;
        }
        const line = message.type === 'reveal' ? (this.state(document)?.model.fields.find((field) => field.id === message.artifactId)?.line ?? 0) : undefined;
        const selection = line === undefined ? undefined : new vscode.Range(line, 0, line, 0);
        await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, ...(selection ? { selection } : {}) });
        return;
      }
      case 'edit':
        return this.edit(message);
    }
  }

  /**
   * Writes an edit from the form into the step file's live document, only at the version the form
   * saw: the edits are computed from that document's text and VS Code applies them only at its
   * version. A refused edit is reported as such, so the form keeps what the user typed.
   */
  private async edit(message: Extract<FromFormWebview, { type: 'edit' }>): Promise<void> {
    const document = await this.liveDocument();
    if (!document) {
      this.services.log.info(`step form: edit ${message.id} not written: ${this.path} is gone`);
      await this.postGone();
      return;
    }
    // From here to applyEdit nothing awaits: the check, the parse and the edits see one text.
    if (document.isClosed || message.version !== document.version) {
      this.services.log.info(`step form: edit ${message.id} was made on version ${message.version}, the document is at ${document.version}; sent the current text back`);
      return this.push(undefined, document);
    }
    const doc = this.stepDoc(document);
    if (!doc) return this.push(undefined, document);
    const path = this.path;
    const edits = formEdits(path, doc, message.change);
    if (edits.length > 0 && !(await this.applyEdit(toWorkspaceEdit(edits, new Map([[path, doc]]))))) {
      this.services.log.warn(`step form: VS Code refused edit ${message.id} to ${path} (version ${message.version})`);
      await this.post({
        type: 'rejected',
        id: message.id,
        reason: vscode.l10n.t('VS Code did not accept your last change, so {0} is unchanged. Your text is still in the form: edit that field again to retry, or use "Open Markdown" to make the change in the file.', basename(path)),
      });
      return this.push();
    }
    return this.push(message.id);
  }

  private html(webview: vscode.Webview): string {
    return webviewPage(webview, this.services.extensionUri, {
      title: formTitle(this.path, this.step),
      style: 'form.css',
      script: 'dist/webview/form.js',
      body: `<div id="app" role="form" aria-label="${escapeHtml(vscode.l10n.t('Step form'))}" ${labelsAttribute(formLabels())}><p class="loading">${escapeHtml(vscode.l10n.t('Loading the step…'))}</p></div>`,
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.pushTimer);
    this.pushTimer = undefined;
    if (StepFormPanel.open.get(this.key) === this) StepFormPanel.open.delete(this.key);
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }
}

/** Whether `path` is `target` or lies inside the folder `target`. */
export function isWithin(path: string, target: string): boolean {
  const folder = withoutTrailingSlashes(target);
  return path === folder || path.startsWith(`${folder}/`);
}

/** Where `path` is after `from` (the file, or a folder around it) moved to `to`; undefined when the move does not touch it. */
export function movedPath(path: string, from: string, to: string): string | undefined {
  if (!isWithin(path, from)) return undefined;
  return withoutTrailingSlashes(to) + path.slice(withoutTrailingSlashes(from).length);
}

/** What the form shows of a file's findings, compared to tell whether a new list needs a push. */
export function findingsSignature(findings: readonly FindingView[]): string {
  return JSON.stringify(findings.map((finding) => [finding.rule, finding.severity, finding.message, finding.line, finding.artifact ?? null]));
}

function formTitle(path: string, step?: number): string {
  return step === undefined ? vscode.l10n.t('Form: {0}', basename(path)) : vscode.l10n.t('Form: {0}, step {1}', basename(path), step);
}

/** The step a form of `document` edits alone: `step` (by default the first) when the file is a one-file design, else none. */
function partStep(services: FormServices, document: vscode.TextDocument, step?: number): number | undefined {
  const doc = services.store.stepDoc(document, step);
  return doc?.part ? doc.step : undefined;
}

function formKey(path: string, step: number | undefined): string {
  return step === undefined ? path : `${path}#${step}`;
}
