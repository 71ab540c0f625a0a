/** Wires the editor features to the core. Each feature lives in its own file. */
import * as vscode from 'vscode';
import { DesignCodeActions } from './code-actions';
import { StepCodeLens } from './code-lens';
import { DesignStore } from './design-store';
import { DiagnosticsManager } from './diagnostics';
import { FORM_VIEW_TYPE, StepFormPanel, type FormServices } from './form-panel';
import { GuidanceHover } from './hover';
import { createStepArgs, createStepFile, newDesign } from './new-design';
import { CompletenessReport } from './report';
import { setStepStatus, type SetStatusArgs } from './set-status';
import { DesignStatusBar } from './status-bar';
import { DesignTreeProvider } from './tree';
import { commandTarget } from './uris';

export interface DesignDocsApi {
  store: DesignStore;
  tree: DesignTreeProvider;
  diagnostics: DiagnosticsManager;
  statusBar: DesignStatusBar;
}

const MARKDOWN: vscode.DocumentSelector = [{ language: 'markdown' }];

export function activate(context: vscode.ExtensionContext): DesignDocsApi {
  const log = vscode.window.createOutputChannel('Design Docs', { log: true });
  const store = new DesignStore();
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
    vscode.commands.registerCommand('designDocs.openStepForm', async (arg?: unknown) => {
      const uri = commandTarget(arg);
      if (!uri) {
        void vscode.window.showInformationMessage('Open a step file, or pick a step in the Design Docs view, to open its form.');
        return undefined;
      }
      return StepFormPanel.show(formServices, uri);
    }),
    vscode.commands.registerCommand('designDocs.newDesign', (name?: unknown) => newDesign(store, typeof name === 'string' ? name : undefined)),
    vscode.commands.registerCommand('designDocs.createStepFile', (arg?: unknown, confirm?: unknown) => createStepFile(store, createStepArgs(arg), confirm !== false)),
    vscode.commands.registerCommand('designDocs.refresh', () => store.rescan()),
    vscode.commands.registerCommand('designDocs.checkCompleteness', () => report.run()),
    vscode.commands.registerCommand('designDocs.setStepStatus', (arg?: unknown, preset?: SetStatusArgs) => setStepStatus(store, arg, preset)),
  );
  void store.whenReady().then(() => diagnostics.refresh());
  log.info('System Design Docs activated');
  return { store, tree, diagnostics, statusBar };
}

export function deactivate(): void {}
