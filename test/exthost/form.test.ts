// The step form's extension side in the real host: edits from the form land as one undoable
// editor edit, text edits reach the form's state, and bad or stale messages change nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StepFormPanel } from '../../src/extension/form-panel';
import { api, revertAll, waitFor, workspaceFile } from './helpers';

const scale = () => workspaceFile('url-shortener', '03-scale.md');

async function openForm(uri: vscode.Uri): Promise<StepFormPanel> {
  await api();
  const panel = await vscode.commands.executeCommand<StepFormPanel | undefined>('designDocs.openStepForm', uri);
  assert.ok(panel, 'Open Step Form returned no panel');
  return panel;
}

suite('Step form', () => {
  teardown(async () => {
    await revertAll();
  });

  test('a table edit from the form is one undoable edit that changes only that table', async () => {
    const document = await vscode.workspace.openTextDocument(scale());
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const panel = await openForm(scale());
    const before = document.getText();
    const state = panel.state();
    const field = state?.model.fields.find((candidate) => candidate.id === 'throughput-per-operation');
    assert.ok(state && field?.table, 'the throughput field has a table');
    const rows = [...field.table.table.rows, { cells: ['Export clicks', 'Read', '2', '10'] }];
    await panel.handleMessage({ type: 'edit', id: 1, version: state.version, change: { kind: 'table', artifactId: field.id, table: { header: field.table.table.header, rows } } });
    const after = document.getText();
    assert.equal(after, before.replace('| Delete link | Write | 0.2 | 5 |', '| Delete link | Write | 0.2 | 5 |\n| Export clicks | Read | 2 | 10 |'));
    assert.equal(document.isDirty, true, 'nothing is saved behind the editor');
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before, 'one undo takes the form edit back');
  });

  test('typing in the Markdown reaches the form state', async () => {
    const panel = await openForm(scale());
    const document = await vscode.workspace.openTextDocument(scale());
    const edit = new vscode.WorkspaceEdit();
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('- **Bandwidth**'));
    edit.insert(scale(), new vscode.Position(line, document.lineAt(line).text.length), ' Revised after the load test.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => {
      const body = panel.state()?.model.fields.find((field) => field.id === 'scale-summary')?.body?.value ?? '';
      return body.includes('Revised after the load test.') ? true : undefined;
    }, 'the form state to show the typed text');
  });

  test('a text edit for a missing section creates it; status edits change the front matter', async () => {
    const uri = workspaceFile('partial', '02-requirements.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const panel = await openForm(uri);
    const version = document.version;
    await panel.handleMessage({ type: 'edit', id: 2, version, change: { kind: 'text', artifactId: 'stakeholders', part: 'body', value: '- **Maria** — notifications lead' } });
    assert.match(document.getText(), /\n## Stakeholders\n+(?:<!--[\s\S]*?-->\n+)?- \*\*Maria\*\* — notifications lead\n/);
    await panel.handleMessage({ type: 'edit', id: 3, version: document.version, change: { kind: 'status', status: 'in-review' } });
    assert.match(document.getText(), /^---\ndesign: Notification fan-out\ndesign-step: 2\nstatus: in-review\n/);
  });

  test('stale, unknown and malformed messages change nothing', async () => {
    const document = await vscode.workspace.openTextDocument(scale());
    const panel = await openForm(scale());
    const before = document.getText();
    const version = document.version;
    await panel.handleMessage({ type: 'edit', id: 4, version: version - 1, change: { kind: 'status', status: 'draft' } });
    await panel.handleMessage({ type: 'edit', id: 5, version, change: { kind: 'status', status: 'shipped' } });
    await panel.handleMessage({ type: 'edit', id: 6, version, change: { kind: 'text', artifactId: 'scale-summary', part: 'middle', value: 'x' } });
    await panel.handleMessage({ type: 'runScript', code: 'alert(1)' });
    await panel.handleMessage('not an object');
    assert.equal(document.getText(), before);
  });
});
