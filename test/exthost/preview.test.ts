// The assembled preview and export in the real host: content, heading → source, live updates, files written.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PreviewPanel } from '../../src/extension/preview-panel';
import { api, corePath, revertAll, waitFor, workspaceFile } from './helpers';

const folderPath = () => corePath(workspaceFile('url-shortener'));

suite('Assembled preview and export', () => {
  teardown(revertAll);

  test('the preview renders the status table, contents and diagrams of the example', async () => {
    await api();
    const panel = await vscode.commands.executeCommand<PreviewPanel | undefined>('designDocs.previewDesign', folderPath());
    assert.ok(panel, 'no preview panel');
    const rendered = await panel.render();
    assert.ok(rendered);
    assert.match(rendered.html, /<h1 id="url-shortener">URL shortener<\/h1>/);
    assert.match(rendered.html, /<table>[\s\S]*Estimate scale[\s\S]*approved/);
    assert.match(rendered.html, /<code class="language-mermaid">/);
    assert.doesNotMatch(rendered.html, /<script|design-step:/);
  });

  test('clicking a heading opens its source file at that heading', async () => {
    const panel = await vscode.commands.executeCommand<PreviewPanel | undefined>('designDocs.previewDesign', folderPath());
    assert.ok(panel);
    const rendered = await panel.render();
    const id = /<h3 id="([^"]*throughput-per-operation[^"]*)"/.exec(rendered?.html ?? '')?.[1];
    assert.ok(id, 'the throughput heading has an id');
    await panel.handleMessage({ type: 'openHeading', id });
    await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/03-scale.md') ? true : undefined), 'the step 3 file to open');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.lineAt(editor.selection.active.line).text, '## Throughput per operation');
  });

  test('the preview follows an edit of a step file', async () => {
    const panel = await vscode.commands.executeCommand<PreviewPanel | undefined>('designDocs.previewDesign', folderPath());
    assert.ok(panel);
    const document = await vscode.workspace.openTextDocument(workspaceFile('url-shortener', '01-justification.md'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, '\n\nA sentence added while the preview is open.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(async () => ((await panel.render())?.html.includes('A sentence added while the preview is open.') ? true : undefined), 'the preview to show the edit');
  });

  test('export writes the assembled Markdown and a self-contained HTML page', async () => {
    const markdown = workspaceFile('exported.md');
    const html = workspaceFile('exported.html');
    await vscode.commands.executeCommand('designDocs.exportDesign', folderPath(), markdown);
    await vscode.commands.executeCommand('designDocs.exportDesign', folderPath(), html);
    const markdownText = new TextDecoder().decode(await vscode.workspace.fs.readFile(markdown));
    const htmlText = new TextDecoder().decode(await vscode.workspace.fs.readFile(html));
    assert.match(markdownText, /^# URL shortener\n/);
    assert.match(markdownText, /\n## 3\. Estimate scale|\n## Estimate scale/);
    assert.doesNotMatch(markdownText, /design-step:/);
    assert.match(htmlText, /^<!doctype html>/i);
    assert.match(htmlText, /<style>/);
    assert.doesNotMatch(htmlText, /<script/);
    await vscode.workspace.fs.delete(markdown);
    await vscode.workspace.fs.delete(html);
  });
});
