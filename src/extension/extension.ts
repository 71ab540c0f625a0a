import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Features arrive with their issues: the sidebar tree, diagnostics, forms and the preview.
}

export function deactivate(): void {}
