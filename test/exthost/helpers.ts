// Shared by the extension-host tests: the extension's API, the workspace and polling.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DesignDocsApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'system-design-docs.system-design-docs';

export async function api(): Promise<DesignDocsApi> {
  const extension = vscode.extensions.getExtension<DesignDocsApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** A Uri as the extension's commands name files and folders: `scheme://authority/path`. */
export function corePath(uri: vscode.Uri): string {
  return `${uri.scheme}://${uri.authority}${uri.path}`;
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace has no folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Polls `probe` until it returns something other than undefined; the failure says what was last seen. */
export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

/** Our diagnostics of a file, as `rule@line` (1-based) strings, sorted. */
export function diagnosticsOf(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'Design Docs')
    .map((diagnostic) => `${ruleOf(diagnostic)}@${diagnostic.range.start.line + 1}`)
    .sort();
}

export async function waitForDiagnostics(uri: vscode.Uri, accept: (rules: string[]) => boolean, what: string): Promise<string[]> {
  let last: string[] = [];
  try {
    return await waitFor(() => {
      last = diagnosticsOf(uri);
      return accept(last) ? last : undefined;
    }, what);
  } catch (error) {
    throw new Error(`${(error as Error).message}; last diagnostics: ${JSON.stringify(last)}`);
  }
}

export async function quickFixes(uri: vscode.Uri, line: number): Promise<vscode.CodeAction[]> {
  // The command needs the document loaded (it answers "Illegal argument" otherwise).
  const document = await vscode.workspace.openTextDocument(uri);
  const range = document.lineAt(line - 1).range;
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    // Only what the tests edited: VS Code may hold its own documents (the user settings.json) dirty
    // for a moment, and showing one of those can fail when the workbench opens another editor.
    if (!document.isDirty || !vscode.workspace.getWorkspaceFolder(document.uri)) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Waits until the quick fix titled `title` is offered at `line` (1-based; fixes are withheld while
 * diagnostics catch up with an edit), then applies its edit.
 */
export async function applyFix(uri: vscode.Uri, line: number, title: string): Promise<void> {
  let offered: string[] = [];
  const action = await waitFor(async () => {
    const actions = await quickFixes(uri, line);
    offered = actions.map((candidate) => candidate.title);
    return actions.find((candidate) => candidate.title === title && candidate.edit);
  }, `the quick fix "${title}"`).catch((error: Error) => {
    throw new Error(`${error.message} at line ${line}; offered: ${offered.join(' | ')}`);
  });
  assert.ok(action.edit && (await vscode.workspace.applyEdit(action.edit)));
}
