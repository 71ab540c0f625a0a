/**
 * The import panel: the proposed placement of each section, for the user to accept or change, and
 * the layout to write. Nothing is written until the user chooses Import; then the design is one
 * workspace edit.
 */
import * as vscode from 'vscode';
import { applyChoices, basename, carryChoices, choiceOptions, proposalRows, type ImportLayout, type ProposalRow } from '../core';
import { readImportMessage, type FromImportWebview, type ImportProposalView, type ToImportWebview } from '../protocol/import-messages';
import type { DesignStore } from './design-store';
import { prepareImport, type ImportRequest } from './import-document';
import { importFiles, importTarget, writeImportedFiles } from './import-write';
import { displayPath, toUri } from './uris';
import { importLabels, labelsAttribute } from './webview-labels';
import { escapeHtml, webviewOptions, webviewPage } from './webview-security';

export const IMPORT_VIEW_TYPE = 'designDocs.import';

export interface ImportServices {
  extensionUri: vscode.Uri;
  store: DesignStore;
  log: vscode.LogOutputChannel;
}

/** What an import wrote, for the command's caller (tests read it). */
export interface ImportOutcome {
  layout: ImportLayout;
  files: string[];
  /** Sections kept but not placed: each under the marker `unplaced-section` reports. */
  unplaced: number;
}

export class ImportPanel implements vscode.Disposable {
  private static readonly open = new Map<string, ImportPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private layout: ImportLayout = 'one-file';
  private rows: ProposalRow[];
  /** Bumped by every new proposal: choices made on an older one are refused. */
  private revision = 1;
  /** An import is being written: another one waits for it to end. */
  private busy = false;
  /** Settles when the user imports (with what was written) or closes the panel (undefined). */
  readonly outcome: Promise<ImportOutcome | undefined>;
  private settle!: (outcome: ImportOutcome | undefined) => void;
  /** Set for tests: the answer to "replace the step files that exist?" instead of asking. */
  confirmReplace: boolean | undefined;

  private constructor(
    private readonly services: ImportServices,
    private request: ImportRequest,
    private readonly panel: vscode.WebviewPanel,
  ) {
    this.rows = proposalRows(request.source, request.placements);
    this.outcome = new Promise((resolve) => (this.settle = resolve));
    panel.iconPath = new vscode.ThemeIcon('list-tree');
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    panel.webview.onDidReceiveMessage((message: unknown) => void this.handleMessage(message), undefined, this.disposables);
    panel.webview.html = this.html(panel.webview);
  }

  /** The panel for `request`'s document: a new one, or the open one with a fresh proposal. */
  static show(services: ImportServices, request: ImportRequest): ImportPanel {
    const key = request.uri.toString();
    const existing = ImportPanel.open.get(key);
    if (existing) {
      if (!existing.busy) existing.propose(request);
      existing.panel.reveal();
      return existing;
    }
    const title = vscode.l10n.t('Import: {0}', basename(request.uri.path));
    const panel = vscode.window.createWebviewPanel(IMPORT_VIEW_TYPE, title, vscode.ViewColumn.Active, { ...webviewOptions(services.extensionUri), retainContextWhenHidden: true });
    const created = new ImportPanel(services, request, panel);
    ImportPanel.open.set(key, created);
    return created;
  }

  private propose(request: ImportRequest): void {
    this.request = request;
    this.rows = proposalRows(request.source, request.placements);
    this.revision++;
    void this.post();
  }

  /** The proposal as the webview shows it (tests read it). */
  get view(): ImportProposalView {
    return {
      revision: this.revision,
      fileName: basename(this.request.uri.path),
      oneFileTarget: displayPath(importTarget(this.request.uri, 'one-file')),
      perStepTarget: `${displayPath(importTarget(this.request.uri, 'per-step'))}/`,
      layout: this.layout,
      rows: this.rows,
      options: choiceOptions(this.request.catalogue.steps),
    };
  }

  private post(message: ToImportWebview = { type: 'proposal', proposal: this.view }): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  /** Handles one message from the webview (public so tests can drive the panel without a browser). */
  async handleMessage(raw: unknown): Promise<void> {
    try {
      await this.handle(raw);
    } catch (error) {
      this.services.log.error(`import panel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('The import panel could not do that ({0}). The log (Output › Design Docs) has the details.', error instanceof Error ? error.message : String(error)));
    }
  }

  private async handle(raw: unknown): Promise<void> {
    const read = readImportMessage(raw);
    if (!read.ok) {
      this.services.log.warn(`import panel: ignored a message (${read.reason})`);
      return;
    }
    const message = read.message;
    switch (message.type) {
      case 'ready':
        await this.post();
        return;
      case 'cancel':
        this.panel.dispose();
        return;
      case 'reveal': {
        const position = new vscode.Position(message.line - 1, 0);
        await vscode.window.showTextDocument(this.request.uri, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
        return;
      }
      case 'import':
        await this.import(message);
    }
  }

  private async import(message: Extract<FromImportWebview, { type: 'import' }>): Promise<void> {
    if (this.busy) return;
    this.layout = message.layout;
    this.busy = true;
    let outcome: ImportOutcome | undefined;
    try {
      outcome = await this.write(message);
    } catch (error) {
      this.services.log.error(`import of ${this.request.uri.toString()} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('The import failed ({0}); nothing was written. The log (Output › Design Docs) has the details.', error instanceof Error ? error.message : String(error)));
    } finally {
      this.busy = false;
    }
    if (outcome) {
      this.settle(outcome);
      this.panel.dispose();
      await this.announce(outcome);
      return;
    }
    // The page greyed its controls while waiting: give them back.
    await this.post({ type: 'idle' });
  }

  private async write(message: Extract<FromImportWebview, { type: 'import' }>): Promise<ImportOutcome | undefined> {
    if (message.revision !== this.revision) {
      this.services.log.warn(`import panel: ignored choices made on proposal ${message.revision}; the panel shows proposal ${this.revision}`);
      return undefined;
    }
    // The document may have changed since the proposal: then its sections are not the ones chosen for.
    const current = await prepareImport(this.services.store, this.request.uri);
    if ('problem' in current) {
      void vscode.window.showWarningMessage(current.problem);
      return undefined;
    }
    const chosen = new Map(message.choices.map((each) => [each.section, each.choice]));
    if (current.source.text.replace(/\r\n?/g, '\n') !== this.request.source.text.replace(/\r\n?/g, '\n')) {
      // Propose again from the new text, keeping what the user chose for the sections still there.
      const kept = applyChoices(current.source, current.placements, carryChoices(this.request.source, chosen, current.source), current.catalogue.steps);
      this.propose(kept.ok ? { ...current, placements: kept.placements } : current);
      void vscode.window.showWarningMessage(
        vscode.l10n.t('{0} changed since its sections were proposed. The proposal is made again from its new text, with your choices kept for the sections still there: check it, then import.', basename(current.uri.path)),
      );
      return undefined;
    }
    const applied = applyChoices(this.request.source, this.request.placements, chosen, this.request.catalogue.steps);
    if (!applied.ok) {
      this.services.log.warn(`import panel: refused the choices (${applied.reason})`);
      void vscode.window.showErrorMessage(vscode.l10n.t('The placement could not be used ({0}); nothing was written. Pick the place of each section from its list again, then import.', applied.reason));
      return undefined;
    }
    const files = importFiles(this.request, applied.placements, message.layout);
    if (files.length === 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} holds no text to import.', basename(this.request.uri.path)));
      return undefined;
    }
    const written = await writeImportedFiles(this.request, files, this.confirmReplace);
    if (!written.ok) {
      if (!written.cancelled) void vscode.window.showErrorMessage(vscode.l10n.t('VS Code did not apply the import; nothing was written. Check that the folder can be written to, then import again.'));
      return undefined;
    }
    const unplaced = applied.placements.filter((placement) => !placement.withParent && placement.artifact === undefined && this.rows.some((row) => row.section === placement.section)).length;
    this.services.log.info(`imported ${this.request.uri.toString()} (${message.layout}, ${applied.changed} placement(s) changed by the user): ${files.map((file) => file.path).join(', ')}`);
    return { layout: message.layout, files: files.map((file) => file.path), unplaced };
  }

  /** Opens what was written, and says so (without waiting for the message to be dismissed). */
  private async announce(outcome: ImportOutcome): Promise<void> {
    const first = outcome.files[0];
    if (first) await vscode.window.showTextDocument(toUri(first), { preview: false });
    const name = basename(this.request.uri.path);
    const summary =
      outcome.layout === 'one-file'
        ? vscode.l10n.t('{0} is now a one-file design, not saved yet: review it, then save (or Undo).', name)
        : outcome.files.length === 1
          ? vscode.l10n.t('{0} was imported into 1 step file.', name)
          : vscode.l10n.t('{0} was imported into {1} step files.', name, outcome.files.length);
    const unplaced =
      outcome.unplaced === 0
        ? ''
        : ' ' + (outcome.unplaced === 1 ? vscode.l10n.t('1 section is marked for you to place.') : vscode.l10n.t('{0} sections are marked for you to place.', outcome.unplaced));
    const showProblems = vscode.l10n.t('Show Problems');
    void vscode.window.showInformationMessage(summary + unplaced, ...(outcome.unplaced > 0 ? [showProblems] : [])).then((choice) => {
      if (choice === showProblems) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  }

  private html(webview: vscode.Webview): string {
    return webviewPage(webview, this.services.extensionUri, {
      title: vscode.l10n.t('Import: {0}', basename(this.request.uri.path)),
      style: 'import.css',
      script: 'dist/webview/import.js',
      body: `<main id="import" ${labelsAttribute(importLabels())}><p class="loading">${escapeHtml(vscode.l10n.t('Reading the document…'))}</p></main>`,
    });
  }

  dispose(): void {
    ImportPanel.open.delete(this.request.uri.toString());
    this.settle(undefined);
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
