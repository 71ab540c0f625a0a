/**
 * The core names files by plain '/'-separated strings. Here a string is `scheme://authority/path`
 * with the path left unencoded, so it converts back to the same Uri for any file name.
 */
import * as vscode from 'vscode';

export function toCorePath(uri: vscode.Uri): string {
  return `${uri.scheme}://${uri.authority}${uri.path}`;
}

export function toUri(corePath: string): vscode.Uri {
  const match = /^([a-zA-Z][\w+.-]*):\/\/([^/]*)(.*)$/.exec(corePath);
  if (!match) return vscode.Uri.file(corePath);
  return vscode.Uri.from({ scheme: match[1] ?? 'file', authority: match[2] ?? '', path: match[3] || '/' });
}

/** The path users see: relative to the workspace when inside it. */
export function displayPath(corePath: string): string {
  return vscode.workspace.asRelativePath(toUri(corePath), false);
}

/** A command's target step file: a Uri, a tree step node, or else the active editor's file. */
export function commandTarget(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const file = (arg as { step?: { file?: unknown } } | undefined)?.step?.file;
  if (typeof file === 'string') return toUri(file);
  return vscode.window.activeTextEditor?.document.uri;
}

/** Whether anything (file or folder) is at `uri`. */
export async function uriExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
