/** Wires the editor features to the core. Each feature lives in its own file. */
import * as vscode from 'vscode';
import { DesignStore } from './design-store';
import { createStepArgs, createStepFile, newDesign } from './new-design';
import { DesignTreeProvider } from './tree';

export interface DesignDocsApi {
  store: DesignStore;
  tree: DesignTreeProvider;
}

export function activate(context: vscode.ExtensionContext): DesignDocsApi {
  const store = new DesignStore();
  const tree = new DesignTreeProvider(store);
  const view = vscode.window.createTreeView('designDocs.designs', { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(
    store,
    tree,
    view,
    vscode.commands.registerCommand('designDocs.newDesign', (name?: unknown) => newDesign(store, typeof name === 'string' ? name : undefined)),
    vscode.commands.registerCommand('designDocs.createStepFile', (arg?: unknown, confirm?: unknown) => createStepFile(store, createStepArgs(arg), confirm !== false)),
    vscode.commands.registerCommand('designDocs.refresh', () => store.rescan()),
  );
  return { store, tree };
}

export function deactivate(): void {}
