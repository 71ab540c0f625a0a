/** "Export Assembled Document…": the design as one Markdown file or a self-contained HTML page. */
import * as vscode from 'vscode';
import { assembleDesign, dirname, htmlDocument, rebaseImageSrc, renderMarkdown, slugify } from '../core';
import type { DesignStore } from './design-store';
import { previewShowGaps } from './settings';
import { toCorePath, toUri } from './uris';

/** Exports the design in `folder` (the command has already asked which one). */
export async function exportDesign(store: DesignStore, folder: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const { designs, reports } = await store.snapshot();
  const design = designs.find((candidate) => candidate.folder === folder);
  const report = reports.find((candidate) => candidate.folder === folder);
  if (!design || !report) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This design has no step files any more, so there is nothing to export. Refresh the Design Docs view and pick another design.'));
    return undefined;
  }
  const destination =
    target ??
    (await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export "{0}"', report.title),
      defaultUri: vscode.Uri.joinPath(toUri(design.folder), '..', `${slugify(report.title) || 'design'}.md`),
      filters: { [vscode.l10n.t('Markdown')]: ['md'], [vscode.l10n.t('HTML page')]: ['html'] },
      saveLabel: vscode.l10n.t('Export'),
    }));
  if (!destination) return undefined;
  const assembled = assembleDesign(design, report, { showGaps: previewShowGaps() });
  const html = /\.html?$/i.test(destination.path);
  // The page is written elsewhere than the design: its relative images must point back to the design.
  const mapImageSrc = (src: string) => rebaseImageSrc(src, design.folder, dirname(toCorePath(destination)));
  const text = html ? htmlDocument({ title: report.title, body: renderMarkdown(assembled.markdown, { allowRemoteImages: true, mapImageSrc }) }) : assembled.markdown;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported "{0}" to {1}.', report.title, vscode.workspace.asRelativePath(destination)), vscode.l10n.t('Open')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('vscode.open', destination);
  });
  return destination;
}
