/**
 * "Import Document…": which document, read as the editor has it, refused when it is a design
 * already; then the import panel shows where each section would go.
 */
import * as vscode from 'vscode';
import { basename, decodeText, DEFAULT_MAX_FILE_BYTES, dirname, parseStepDoc, proposePlacement, readImportSource, type Catalogue, type ImportSource, type Placement } from '../core';
import type { DesignStore } from './design-store';
import { toCorePath } from './uris';

const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/** A document read for import, with the proposed placement of its sections. */
export interface ImportRequest {
  uri: vscode.Uri;
  /** The text the proposal was made from (the editor's, when the document is open). */
  text: string;
  source: ImportSource;
  catalogue: Catalogue;
  placements: Placement[];
}

/** The document to import: the one given, else one the user picks among open Markdown files or on disk. */
export async function documentToImport(store: DesignStore, arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const active = vscode.window.activeTextEditor?.document;
  const candidates = vscode.workspace.textDocuments
    .filter(
      (document) =>
        document.languageId === 'markdown' &&
        !document.isClosed &&
        !document.isUntitled &&
        MARKDOWN_FILE.test(document.uri.path) &&
        vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) !== false &&
        store.stepDocs(document).length === 0,
    )
    .sort((a, b) => Number(b === active) - Number(a === active));
  const browse = { label: `$(folder-opened) ${vscode.l10n.t('Choose a Markdown file…')}`, uri: undefined };
  if (candidates.length > 0) {
    const picked = await vscode.window.showQuickPick(
      [...candidates.map((document) => ({ label: `$(markdown) ${basename(document.uri.path)}`, description: vscode.workspace.asRelativePath(document.uri), uri: document.uri })), browse],
      { title: vscode.l10n.t('Import which document?'), placeHolder: vscode.l10n.t('An open Markdown document, or a file on disk') },
    );
    if (!picked) return undefined;
    if (picked.uri) return picked.uri;
  }
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Import a design document'),
    filters: { [vscode.l10n.t('Markdown')]: ['md', 'markdown'] },
    ...(vscode.workspace.workspaceFolders?.[0] ? { defaultUri: vscode.workspace.workspaceFolders[0].uri } : {}),
  });
  return chosen?.[0];
}

/** The document's text as the editor has it (unsaved edits count), else as on disk; or why it cannot be read. */
async function readText(uri: vscode.Uri): Promise<{ text: string } | { problem: string }> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString() && !document.isClosed);
  if (open) return { text: open.getText() };
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    const reason = error instanceof vscode.FileSystemError ? error.code : String(error);
    return { problem: vscode.l10n.t('Cannot read {0} ({1}).', basename(uri.path), reason) };
  }
  const decoded = decodeText(bytes, DEFAULT_MAX_FILE_BYTES);
  return decoded.ok ? { text: decoded.text } : { problem: vscode.l10n.t('Cannot import {0}: {1}', basename(uri.path), decoded.reason) };
}

/** The import of `uri` as proposed, or a message that says why there is nothing to import. */
export async function prepareImport(store: DesignStore, uri: vscode.Uri): Promise<ImportRequest | { problem: string }> {
  const name = basename(uri.path);
  if (!MARKDOWN_FILE.test(name)) return { problem: vscode.l10n.t('{0} is not a Markdown file: import takes a .md or .markdown document.', name) };
  const read = await readText(uri);
  if ('problem' in read) return read;
  const catalogue = await store.catalogueFor(dirname(toCorePath(uri)));
  const source = readImportSource(read.text);
  if (source.frontMatterFields['design-steps'] !== undefined || parseStepDoc(read.text, catalogue).isStepFile) {
    return { problem: vscode.l10n.t('{0} is part of a design already (its front matter names its steps): there is nothing to import. Find it in the Design Docs view.', name) };
  }
  if (read.text.replace(/^\uFEFF/, '').trim() === '') return { problem: vscode.l10n.t('{0} is empty: there is nothing to import.', name) };
  return { uri, text: read.text, source, catalogue, placements: proposePlacement(source, catalogue.steps) };
}
