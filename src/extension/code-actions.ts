/** Quick fixes from the core's findings, and one "fix all" for the ones safe to apply together. */
import * as vscode from 'vscode';
import { RULES, type FileEdit, type Finding } from '../core';
import type { DesignStore } from './design-store';
import type { DiagnosticsManager } from './diagnostics';
import { toWorkspaceEdit } from './edits';
import { toCorePath } from './uris';

/** Fixes that only add text the user can review: safe to apply together (each rule says so). */
const FIX_ALL_RULES = new Set(RULES.filter((rule) => rule.fixAll).map((rule) => rule.id));
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('designDocs');

export class DesignCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly store: DesignStore,
    private readonly diagnostics: DiagnosticsManager,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    // Fix offsets refer to the text the diagnostics were computed from: never apply them to a newer text.
    const docs = this.diagnostics.docs;
    const current = this.store.docFor(document);
    if (!current || docs.get(toCorePath(document.uri))?.text !== current.text) return [];
    const actions: vscode.CodeAction[] = [];
    const wantsFixAll = !context.only || context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only);
    if (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(context.only)) {
      for (const diagnostic of context.diagnostics) {
        const finding = this.diagnostics.findingFor(document.uri, diagnostic);
        if (!finding?.fix || !finding.fix.edits.every((edit) => this.isFresh(edit))) continue;
        const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        action.edit = toWorkspaceEdit(finding.fix.edits, docs, toCorePath(document.uri));
        actions.push(action);
      }
    }
    if (wantsFixAll) {
      const fixable = this.diagnostics
        .findingsIn(document.uri)
        .filter((finding) => finding.fix && FIX_ALL_RULES.has(finding.rule) && finding.fix.edits.every((edit) => this.isFresh(edit)));
      if (fixable.length > 0) {
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all Design Docs problems in this file ({0})', fixable.length), FIX_ALL_KIND);
        action.edit = toWorkspaceEdit(combinedEdits(fixable), docs);
        actions.push(action);
      }
    }
    return actions;
  }

  /** An edit may be applied only while its file still has the text the fix was computed on. */
  private isFresh(edit: FileEdit): boolean {
    if (edit.kind === 'create') return true;
    const open = vscode.workspace.textDocuments.find((candidate) => toCorePath(candidate.uri) === edit.file);
    return !open || this.store.docFor(open)?.text === this.diagnostics.docs.get(edit.file)?.text;
  }
}

/** All fixes' edits, without two edits of the same place (two rows for one name, say). */
export function combinedEdits(findings: readonly Finding[]): FileEdit[] {
  const seen = new Set<string>();
  const edits: FileEdit[] = [];
  for (const finding of findings) {
    for (const edit of finding.fix?.edits ?? []) {
      const key = edit.kind === 'create' ? `create|${edit.file}` : `${edit.file}|${edit.offset}|${edit.length}|${edit.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(edit);
    }
  }
  return edits;
}
