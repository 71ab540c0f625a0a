/** Wires the editor features to the core. Each feature lives in its own file. */
import * as vscode from 'vscode';
import { DesignCodeActions } from './code-actions';
import { StepCodeLens } from './code-lens';
import { DesignStore } from './design-store';
import { DiagnosticsManager } from './diagnostics';
import { exportDesign } from './export';
import { FORM_VIEW_TYPE, StepFormPanel, type FormServices } from './form-panel';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview-panel';
import { GuidanceHover } from './hover';
import { documentToImport, prepareImport } from './import-document';
import { ImportPanel } from './import-panel';
import { pickStep } from './pick-step';
import { createStepArgs, createStepFile, newDesign } from './new-design';
import { CompletenessReport } from './report';
import { setStepStatus, type SetStatusArgs } from './set-status';
import { DesignStatusBar } from './status-bar';
import { DesignTreeProvider } from './tree';
import { commandTarget, toCorePath, toUri } from './uris';

export interface DesignDocsApi {
  store: DesignStore;
  tree: DesignTreeProvider;
  diagnostics: DiagnosticsManager;
  statusBar: DesignStatusBar;
  report: CompletenessReport;
}

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

export function activate(context: vscode.ExtensionContext): DesignDocsApi {
  const log = vscode.window.createOutputChannel('Design Docs', { log: true });
  const store = new DesignStore(log);
  const tree = new DesignTreeProvider(store);
  const diagnostics = new DiagnosticsManager(store);
  const report = new CompletenessReport(context.extensionUri, store, diagnostics, log);
  const statusBar = new DesignStatusBar(store);
  const formServices: FormServices = { extensionUri: context.extensionUri, store, diagnostics, log };
  const view = vscode.window.createTreeView('designDocs.designs', { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(
    log,
    store,
    tree,
    view,
    diagnostics,
    report,
    statusBar,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new DesignCodeActions(store, diagnostics), DesignCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new GuidanceHover(store)),
    vscode.languages.registerCodeLensProvider(MARKDOWN, new StepCodeLens(store)),
    vscode.window.registerWebviewPanelSerializer(FORM_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => StepFormPanel.restore(formServices, panel, state),
    }),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => PreviewPanel.restore(formServices, panel, state),
    }),
    vscode.commands.registerCommand('designDocs.previewDesign', async (arg?: unknown) => {
      const folder = await designFolder(store, arg);
      const panel = folder ? await PreviewPanel.show(formServices, folder) : undefined;
      if (panel) void markWalkthroughStep('designDocs.previewOpened');
      return panel;
    }),
    vscode.commands.registerCommand('designDocs.exportDesign', async (arg?: unknown, target?: unknown) => {
      const folder = await designFolder(store, arg);
      return folder ? exportDesign(store, folder, target instanceof vscode.Uri ? target : undefined) : undefined;
    }),
    vscode.commands.registerCommand('designDocs.openStepForm', async (arg?: unknown, step?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const active = editor?.document;
      const activeIsStep = active !== undefined && store.docFor(active) !== undefined;
      // From the palette or the walkthrough with no step file in front: ask which one.
      const picked = arg === undefined && !activeIsStep ? await pickStep(store, vscode.l10n.t('Open Step Form')) : undefined;
      const uri = picked ? picked.uri : arg === undefined && !activeIsStep ? undefined : commandTarget(arg);
      // In a one-file design, the form of the step named or picked, else of the step the cursor is in.
      const atCursor = editor && uri && editor.document.uri.toString() === uri.toString() ? store.stepAt(editor.document, editor.document.offsetAt(editor.selection.active))?.step : undefined;
      const panel = uri ? await StepFormPanel.show(formServices, uri, typeof step === 'number' ? step : (picked?.step ?? atCursor)) : undefined;
      if (panel) void markWalkthroughStep('designDocs.stepFormOpened');
      return panel;
    }),
    vscode.commands.registerCommand('designDocs.newDesign', (name?: unknown, catalogue?: unknown) =>
      newDesign(store, typeof name === 'string' ? name : undefined, typeof catalogue === 'string' ? catalogue : undefined),
    ),
    vscode.commands.registerCommand('designDocs.importDocument', async (arg?: unknown) => {
      const uri = await documentToImport(store, arg);
      const request = uri && (await prepareImport(store, uri));
      if (!request) return undefined;
      if ('problem' in request) {
        void vscode.window.showWarningMessage(request.problem);
        return undefined;
      }
      return ImportPanel.show({ extensionUri: context.extensionUri, store, log }, request);
    }),
    vscode.commands.registerCommand('designDocs.createStepFile', (arg?: unknown, confirm?: unknown) => createStepFile(store, createStepArgs(arg), confirm !== false)),
    vscode.commands.registerCommand('designDocs.refresh', () => store.rescan()),
    vscode.commands.registerCommand('designDocs.checkCompleteness', () => report.run()),
    vscode.commands.registerCommand('designDocs.setStepStatus', (arg?: unknown, preset?: SetStatusArgs) => setStepStatus(store, arg, preset)),
  );
  void store.whenReady().then(() => diagnostics.refresh());
  const host = vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop';
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme);
  log.info(`activated: ${host} extension host, ${folders.length} workspace folder(s) (${[...new Set(folders)].join(', ') || 'none'}), ${vscode.workspace.isTrusted ? 'trusted' : 'Restricted Mode'}`);
  return { store, tree, diagnostics, statusBar, report };
}

/** The design a command is about: a tree node, a folder, the active step file's design, or a pick. */
async function designFolder(store: DesignStore, arg: unknown): Promise<string | undefined> {
  const fromNode = (arg as { report?: { folder?: unknown } } | undefined)?.report?.folder;
  if (typeof fromNode === 'string') return fromNode;
  if (typeof arg === 'string') return arg;
  const { reports } = await store.snapshot();
  const active = vscode.window.activeTextEditor?.document.uri;
  const activePath = active && toCorePath(active);
  const owner = reports.find((report) => report.steps.some((step) => step.file === activePath));
  if (owner) return owner.folder;
  if (reports.length === 1) return reports[0]?.folder;
  if (reports.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No design in this workspace yet. Run "Design Doc: New Design…" to start one.'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    reports.map((report) => ({ label: report.title, description: vscode.workspace.asRelativePath(toUri(report.folder)), folder: report.folder })),
    { title: vscode.l10n.t('Which design?'), ignoreFocusOut: true },
  );
  return pick?.folder;
}

/** The walkthrough ticks a step off on these context keys: only once the step was really done. */
function markWalkthroughStep(key: 'designDocs.stepFormOpened' | 'designDocs.previewOpened'): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', key, true);
}

export function deactivate(): void {}
