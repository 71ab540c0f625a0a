/**
 * Writing an import: the design's files as one workspace edit, so one Undo takes it back. A
 * one-file design replaces the document's text in place; step files are created beside it.
 */
import * as vscode from 'vscode';
import { basename, dirname, joinPath, writeImport, type ImportedFile, type ImportLayout, type Placement } from '../core';
import type { ImportRequest } from './import-document';
import { displayPath, toCorePath, toUri, uriExists } from './uris';

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/** Where a layout writes: the document itself (one-file) or a folder named after it beside it (per-step). */
export function importTarget(uri: vscode.Uri, layout: ImportLayout): string {
  const path = toCorePath(uri);
  return layout === 'one-file' ? path : joinPath(dirname(path), basename(path).replace(MARKDOWN_FILE, ''));
}

export function importFiles(request: ImportRequest, placements: readonly Placement[], layout: ImportLayout): ImportedFile[] {
  const path = toCorePath(request.uri);
  return writeImport(request.source, placements, request.catalogue.steps, {
    layout,
    sourceFolder: dirname(path),
    output: importTarget(request.uri, layout),
    fallbackTitle: basename(path).replace(MARKDOWN_FILE, ''),
  });
}

export type ImportWritten = { ok: true; files: readonly ImportedFile[] } | { ok: false; cancelled: boolean };

/**
 * Writes `files` as one edit. Step files that exist already are replaced only when the user says
 * so (`confirmReplace` answers in tests).
 */
export async function writeImportedFiles(request: ImportRequest, files: readonly ImportedFile[], confirmReplace?: boolean): Promise<ImportWritten> {
  const edit = new vscode.WorkspaceEdit();
  const label = vscode.l10n.t('Import {0}', basename(request.uri.path));
  const source = toCorePath(request.uri);
  const existing: ImportedFile[] = [];
  for (const file of files) if (file.path !== source && (await uriExists(toUri(file.path)))) existing.push(file);
  if (existing.length > 0) {
    const replace = vscode.l10n.t('Replace');
    const names = existing.map((file) => displayPath(file.path)).join(', ');
    const answer =
      confirmReplace ??
      (await vscode.window.showWarningMessage(
        existing.length === 1 ? vscode.l10n.t('{0} exists already. Replace it with the imported step?', names) : vscode.l10n.t('{0} exist already. Replace them with the imported steps?', names),
        { modal: true, detail: vscode.l10n.t('Their text is replaced by an edit in the editor: Undo brings it back.') },
        replace,
      )) === replace;
    if (!answer) return { ok: false, cancelled: true };
  }
  // A file that exists (the document itself, or a step file the user agreed to replace) gets its
  // text replaced, which Undo restores; creating over it would not (Undo of a creation deletes).
  const replaced = new Set([source, ...existing.map((file) => file.path)]);
  for (const file of files) {
    if (replaced.has(file.path)) {
      const uri = toUri(file.path);
      const document = await vscode.workspace.openTextDocument(uri);
      edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), file.text, { label, needsConfirmation: false });
    } else {
      edit.createFile(toUri(file.path), { overwrite: false, contents: new TextEncoder().encode(file.text) }, { label, needsConfirmation: false });
    }
  }
  // Like a quick fix, the rewritten document is left unsaved for the user to review (created step
  // files are on disk at once). Marked as a refactoring so VS Code treats it as one (autosave
  // settings for refactorings, the refactor preview).
  return (await vscode.workspace.applyEdit(edit, { isRefactoring: true })) ? { ok: true, files } : { ok: false, cancelled: false };
}
