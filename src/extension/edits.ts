/** Core FileEdits → a WorkspaceEdit: positions from the parsed text, placeholders as snippets. */
import * as vscode from 'vscode';
import type { FileEdit, StepDoc } from '../core';
import { toUri } from './uris';

/** An offset of the parsed text → a document position (VS Code hides a BOM from documents). */
export function positionIn(doc: StepDoc, offset: number): vscode.Position {
  const { line, column } = doc.lines.position(offset);
  return new vscode.Position(line, line === 0 && doc.hasBom ? Math.max(0, column - 1) : column);
}

function snippetOf(text: string, placeholders: { offset: number; length: number }[]): vscode.SnippetString {
  const snippet = new vscode.SnippetString();
  let at = 0;
  for (const placeholder of [...placeholders].sort((a, b) => a.offset - b.offset)) {
    snippet.appendText(text.slice(at, placeholder.offset));
    snippet.appendPlaceholder(text.slice(placeholder.offset, placeholder.offset + placeholder.length));
    at = placeholder.offset + placeholder.length;
  }
  return snippet.appendText(text.slice(at));
}

/**
 * Builds one WorkspaceEdit. `docs` gives the parsed text each offset refers to. Placeholders
 * become snippet tab stops only in `snippetTarget` (the file the user is looking at).
 */
export function toWorkspaceEdit(edits: readonly FileEdit[], docs: ReadonlyMap<string, StepDoc>, snippetTarget?: string): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  const byFile = new Map<string, (vscode.TextEdit | vscode.SnippetTextEdit)[]>();
  for (const edit of edits) {
    if (edit.kind === 'create') {
      workspaceEdit.createFile(toUri(edit.file), { ignoreIfExists: true, contents: new TextEncoder().encode(edit.text) });
      continue;
    }
    const doc = docs.get(edit.file);
    if (!doc) continue;
    const range = new vscode.Range(positionIn(doc, edit.offset), positionIn(doc, edit.offset + edit.length));
    const list = byFile.get(edit.file) ?? [];
    list.push(
      edit.placeholders?.length && edit.file === snippetTarget
        ? new vscode.SnippetTextEdit(range, snippetOf(edit.text, edit.placeholders))
        : new vscode.TextEdit(range, edit.text),
    );
    byFile.set(edit.file, list);
  }
  for (const [file, list] of byFile) workspaceEdit.set(toUri(file), list);
  return workspaceEdit;
}
