// The step form's extension side in the real host: edits from the form land as one undoable
// editor edit, text edits reach the form's state, and bad or stale messages change nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formEdits, parseStepDoc, type FormChange } from '../../src/core';
import type { StepFormPanel } from '../../src/extension/form-panel';
import type { ToFormWebview } from '../../src/protocol/form-messages';
import { api, corePath, revertAll, waitFor, workspaceFile } from './helpers';

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

// The form follows its file: a closed tab, a rename and a delete. Each test works on its own copy of
// the example's step 3 in a folder of its own (removed afterwards), so no earlier test holds it open.
const LIFE = 'form-life';
const summary: FormChange = { kind: 'text', artifactId: 'scale-summary', part: 'body', value: '- **Total users**: 40,000 accounts.' };
const notes: FormChange = { kind: 'text', artifactId: 'throughput-per-operation', part: 'after', value: 'Derived from one week of production traffic.' };

async function stepCopy(name: string): Promise<{ uri: vscode.Uri; text: string }> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(scale())).replace('design: URL shortener', 'design: Form life');
  const uri = workspaceFile(LIFE, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return { uri, text };
}

/** `text` after the form changes, made one after the other on the text each one left (as the core computes them). */
function changed(file: string, text: string, ...changes: FormChange[]): string {
  for (const change of changes) {
    const edits = formEdits(file, parseStepDoc(text), change).sort((a, b) => (b.kind === 'replace' ? b.offset : 0) - (a.kind === 'replace' ? a.offset : 0));
    for (const edit of edits) if (edit.kind === 'replace') text = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
  }
  return text;
}

const openDocument = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('#'));

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** Records what the panel posts to its webview. */
function recordPosts(panel: StepFormPanel): ToFormWebview[] {
  const posted: ToFormWebview[] = [];
  const webview = panel.panel.webview;
  const post = webview.postMessage.bind(webview);
  webview.postMessage = (message: ToFormWebview) => {
    posted.push(message);
    return post(message);
  };
  return posted;
}

suite('Step form follows its file', function () {
  // These tests wait for VS Code's own events (a document closing, a rename): allow for a loaded machine.
  this.timeout(60_000);
  const panels: StepFormPanel[] = [];
  const form = async (uri: vscode.Uri) => {
    const panel = await openForm(uri);
    panels.push(panel);
    return panel;
  };

  teardown(async () => {
    for (const panel of panels.splice(0)) panel.panel.dispose();
    await revertAll();
    await vscode.workspace.fs.delete(workspaceFile(LIFE), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('after its Markdown tab is closed, two edits change only their sections and every heading survives', async () => {
    const { uri, text } = await stepCopy('03-scale.md');
    // Opened by the workbench, not by an extension, so closing the tab closes the document.
    await vscode.commands.executeCommand('vscode.open', uri, { viewColumn: vscode.ViewColumn.One });
    const first = await waitFor(() => openDocument(uri), 'the step file to open in an editor', 30_000);
    const panel = await form(uri);
    const version = panel.state()?.version;
    assert.equal(version, first.version);
    const tab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((candidate) => candidate.input instanceof vscode.TabInputText && candidate.input.uri.toString() === uri.toString());
    assert.ok(tab, 'the Markdown tab is open');
    assert.ok(await vscode.window.tabGroups.close(tab));
    await waitFor(() => (first.isClosed ? true : undefined), 'the closed tab to close its document', 30_000);

    // What the webview does: each edit carries the version of the last state it was sent.
    await panel.handleMessage({ type: 'edit', id: 1, version, change: summary });
    await panel.handleMessage({ type: 'edit', id: 2, version: panel.state()?.version ?? version, change: notes });
    const expected = changed(corePath(uri), text, summary, notes);
    assert.notEqual(expected, changed(corePath(uri), text, summary), 'the second edit changes the text');
    const live = openDocument(uri);
    assert.ok(live && !live.isClosed, 'the edits reopened the file');
    assert.deepEqual(headings(live.getText()), headings(text), 'every heading survives');
    assert.equal(live.getText(), expected, 'only the two edited sections changed');
  });

  test('after a rename, edits go to the renamed file and the old path stays gone', async () => {
    const { uri: before, text } = await stepCopy('03-scale.md');
    const after = workspaceFile(LIFE, '03-estimates.md');
    const panel = await form(before);
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(before, after);
    assert.ok(await vscode.workspace.applyEdit(rename));
    await waitFor(() => (panel.state()?.file === corePath(after) ? true : undefined), `the form to follow the rename (it shows ${panel.state()?.file})`, 30_000);
    assert.equal(panel.panel.title, 'Form: 03-estimates.md');

    await panel.handleMessage({ type: 'edit', id: 1, version: panel.state()?.version, change: summary });
    const renamed = openDocument(after);
    assert.equal(renamed?.getText(), changed(corePath(after), text, summary), 'the edit went to the renamed file');
    assert.equal(await exists(before), false, 'the old path is not recreated');
    assert.equal(openDocument(before)?.isDirty ?? false, false, 'no unsaved document at the old path');
  });

  test('after a delete, an edit writes nothing and the form says the file is gone', async () => {
    const { uri } = await stepCopy('03-scale.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const panel = await form(uri);
    const posted = recordPosts(panel);
    const version = panel.state()?.version;
    // Deleted behind VS Code's back (a terminal, git): no delete event, the editor keeps its text.
    await vscode.workspace.fs.delete(uri, { useTrash: false });
    await panel.handleMessage({ type: 'edit', id: 1, version, change: summary });
    assert.equal(await exists(uri), false, 'the file is not written again');
    assert.equal(openDocument(uri)?.isDirty ?? false, false, 'no unsaved edit in a document of the deleted file');
    assert.ok(posted.some((message) => message.type === 'unavailable'), `the form is told the file is gone; posted ${JSON.stringify(posted.map((message) => message.type))}`);
    assert.ok(!posted.some((message) => message.type === 'state' && message.ack === 1), 'the edit is not acknowledged');
  });

  test('an edit VS Code refuses is not acknowledged: the form keeps the typed text and says what to do', async () => {
    const { uri, text } = await stepCopy('03-scale.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const panel = await form(uri);
    const posted = recordPosts(panel);
    // VS Code refuses a workspace edit when the file changed in the meantime, or cannot be opened.
    panel.applyEdit = () => Promise.resolve(false);
    await panel.handleMessage({ type: 'edit', id: 7, version: document.version, change: summary });
    assert.equal(document.getText(), text);
    assert.ok(!posted.some((message) => message.type === 'state' && message.ack === 7), `a refused edit is not acknowledged; posted ${JSON.stringify(posted.map((message) => message.type))}`);
    const rejected = posted.find((message) => message.type === 'rejected');
    assert.ok(rejected?.type === 'rejected' && rejected.id === 7 && rejected.reason.length > 0, `the form is told the edit was refused; posted ${JSON.stringify(posted.map((message) => message.type))}`);
  });
});
