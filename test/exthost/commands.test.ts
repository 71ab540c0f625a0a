// Set Step Status…, hover guidance, the status bar and Check Design Completeness.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CompletenessResult } from '../../src/extension/report';
import { api, revertAll, waitFor, workspaceFile } from './helpers';

suite('Commands', () => {
  suiteSetup(async () => {
    await api();
  });
  teardown(revertAll);

  test('Set Step Status edits only the front matter values, undoably', async () => {
    const uri = workspaceFile('url-shortener', '07-component-design.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const before = document.getText();
    assert.ok(await vscode.commands.executeCommand('designDocs.setStepStatus', uri, { status: 'approved', reviewers: ['li', 'Ana Ribeiro'] }));
    const after = document.getText();
    assert.equal(after, before.replace('status: in-review', 'status: approved').replace('reviewers: [li]', 'reviewers: [li, Ana Ribeiro]'));
    assert.equal(document.isDirty, true);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before, 'one undo restores the file');
  });

  test('hovering an artifact heading shows what belongs there and its questions', async () => {
    const uri = workspaceFile('url-shortener', '03-scale.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').indexOf('## Throughput per operation');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 5));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /Throughput per operation/);
    assert.match(text, /Questions to answer/);
    assert.match(text, /How far above the average does the peak go\?/);
    const title = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line - 1, 0));
    assert.equal(title.filter((hover) => hover.contents.some((content) => typeof content !== 'string' && /Questions to answer/.test(content.value))).length, 0, 'no hover on a blank line');
  });

  test('the status bar counts the written artifacts of the active design', async () => {
    const { statusBar } = await api();
    await vscode.window.showTextDocument(workspaceFile('url-shortener', '01-justification.md'));
    await waitFor(() => (statusBar.text === '$(checklist) 24/24' ? true : undefined), `status bar 24/24 (is "${statusBar.text}")`);
    await vscode.window.showTextDocument(workspaceFile('partial', '02-requirements.md'));
    await waitFor(() => (/^\$\(checklist\) 5\/24$/.test(statusBar.text) ? true : undefined), `status bar 5/24 for the partial design (is "${statusBar.text}")`);
  });

  test('Check Design Completeness checks every design and sums them up', async () => {
    const result = await vscode.commands.executeCommand<CompletenessResult>('designDocs.checkCompleteness');
    const titles = result.reports.map((report) => report.title).sort();
    assert.ok(titles.includes('URL shortener') && titles.includes('URL shortener (with gaps)') && titles.includes('Notification fan-out'), titles.join(', '));
    const complete = result.reports.filter((report) => report.complete).length;
    const open = result.reports.reduce((sum, report) => sum + report.findings.length, 0);
    assert.equal(result.summary, `${result.reports.length} designs: ${complete} complete, ${result.reports.length - complete} with ${open} open items.`);
  });
});
