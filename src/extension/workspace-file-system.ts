/** `vscode.workspace.fs` behind the core's DesignFileSystem: works in remote, virtual and web workspaces. */
import * as vscode from 'vscode';
import type { DesignFileSystem, EntryType } from '../core';
import { toUri } from './uris';

function entryType(type: vscode.FileType): EntryType {
  if (type & vscode.FileType.SymbolicLink) return 'other';
  if (type & vscode.FileType.Directory) return 'directory';
  return type & vscode.FileType.File ? 'file' : 'other';
}

export const workspaceFileSystem: DesignFileSystem = {
  async stat(path) {
    try {
      const stat = await vscode.workspace.fs.stat(toUri(path));
      return { type: entryType(stat.type), size: stat.size };
    } catch {
      return undefined;
    }
  },
  async readDirectory(path) {
    const entries = await vscode.workspace.fs.readDirectory(toUri(path));
    return entries.map(([name, type]) => [name, entryType(type)] as [string, EntryType]);
  },
  async readFile(path) {
    return vscode.workspace.fs.readFile(toUri(path));
  },
};
