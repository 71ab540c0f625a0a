// A design in one file (test/fixtures/designs/one-file: the example with `design-steps: all`) in
// the real host: the tree reveals each step's heading, diagnostics follow typing, a quick fix and
// a form edit land inside their own step, and the preview assembles it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DesignTreeNode } from '../../src/extension/tree';
import type { PreviewPanel } from '../../src/extension/preview-panel';
import type { StepFormPanel } from '../../src/extension/form-panel';
import { api, applyFix, corePath, diagnosticsOf, revertAll, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const TITLE = 'URL shortener (one file)';
const file = () => workspaceFile('one-file', 'url-shortener.md');

/** The 1-based line of the line that is exactly `text`. */
function lineOf(document: vscode.TextDocument, text: string): number {
  const index = document.getText().split(/\r?\n/).indexOf(text);
  assert.ok(index >= 0, `no line "${text}"`);
  return index + 1;
}

async function replaceText(document: vscode.TextDocument, from: string, to: string): Promise<void> {
  const at = document.getText().indexOf(from);
  assert.ok(at >= 0, `no "${from}" in the file`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

suite('One-file design', () => {
  teardown(revertAll);

  test('the tree shows its seven steps, complete, each revealing its own # heading', async () => {
    const { tree } = await api();
    const design = await waitFor(async () => (await tree.getChildren()).find((node) => node.kind === 'design' && node.report.title === TITLE), `the design "${TITLE}" in the tree`);
    assert.equal(tree.getTreeItem(design).description, 'complete');
    const steps = await tree.getChildren(design);
    assert.equal(steps.length, 7);
    const document = await vscode.workspace.openTextDocument(file());
    const headings = steps.map((step) => {
      const [uri, options] = tree.getTreeItem(step).command?.arguments ?? [];
      assert.equal(corePath(uri as vscode.Uri), corePath(file()));
      return document.lineAt((options as { selection: vscode.Range }).selection.start.line).text;
    });
    assert.deepEqual(headings, ['# Validate the need', '# Requirements', '# Step 3: Estimate scale', '# 4. API', '# Data flow and storage', '# High-level design', '# Detailed design']);
    const artifacts = await tree.getChildren(steps[2] as DesignTreeNode);
    const [, options] = tree.getTreeItem(artifacts[1] as DesignTreeNode).command?.arguments ?? [];
    assert.equal(document.lineAt((options as { selection: vscode.Range }).selection.start.line).text, '## Throughput per operation');
  });

  test('a heading that names no step is reported as you type, and goes away when undone', async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(file());
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(file(), (rules) => rules.length === 0, 'a clean one-file design');
    await replaceText(document, '# Requirements\n', '# Wishes\n');
    const line = lineOf(document, '# Wishes');
    await waitForDiagnostics(file(), (rules) => rules.includes(`unknown-step-heading@${line}`) && rules.includes('missing-step@3'), 'unknown-step-heading and missing-step');
    await replaceText(document, '# Wishes\n', '# Requirements\n');
    await waitForDiagnostics(file(), (rules) => rules.length === 0, 'the findings to go once the heading is back');
  });

  test('the quick fix for a missing section inserts it inside its own step', async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(file());
    const text = document.getText();
    const start = text.indexOf('## Stakeholders');
    const end = text.indexOf('# Step 3: Estimate scale');
    const edit = new vscode.WorkspaceEdit();
    edit.delete(file(), new vscode.Range(document.positionAt(start), document.positionAt(end)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const line = lineOf(document, '# Requirements');
    await waitForDiagnostics(file(), (rules) => rules.includes(`missing-artifact@${line}`), 'missing-artifact on step 2');
    const after = document.getText().slice(document.getText().indexOf('# Step 3: Estimate scale'));
    await applyFix(file(), line, 'Add the "Stakeholders" section');
    const fixed = document.getText();
    const inserted = fixed.indexOf('## Stakeholders');
    assert.ok(inserted > fixed.indexOf('## Security requirements') && inserted < fixed.indexOf('# Step 3: Estimate scale'), 'inserted inside step 2');
    assert.equal(fixed.slice(fixed.indexOf('# Step 3: Estimate scale')), after, 'the later steps are untouched');
    assert.equal(diagnosticsOf(file()).includes('missing-step@3'), false);
  });

  test('a form edit of step 2 touches only step 2', async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(file());
    const panel = await vscode.commands.executeCommand<StepFormPanel | undefined>('designDocs.openStepForm', file(), 2);
    assert.ok(panel, 'Open Step Form returned no panel');
    const state = panel.state();
    assert.ok(state);
    assert.deepEqual(
      state.model.fields.map((field) => field.id),
      ['users-and-personas', 'use-cases', 'latency-requirements', 'availability', 'security-requirements', 'stakeholders'],
    );
    const before = document.getText();
    const stepStart = before.indexOf('# Requirements');
    const stepEnd = before.indexOf('# Step 3: Estimate scale');
    await panel.handleMessage({ type: 'edit', id: 1, version: state.version, change: { kind: 'text', artifactId: 'availability', part: 'body', value: 'Redirects: 99.99% a month.' } });
    const after = document.getText();
    assert.ok(after.includes('Redirects: 99.99% a month.'));
    assert.equal(after.slice(0, stepStart), before.slice(0, stepStart), 'step 1 and the front matter are untouched');
    assert.equal(after.slice(after.indexOf('# Step 3: Estimate scale')), before.slice(stepEnd), 'steps 3 to 7 are untouched');
  });

  test('the preview assembles the one file, and a heading opens the file at that heading', async () => {
    await api();
    const panel = await vscode.commands.executeCommand<PreviewPanel | undefined>('designDocs.previewDesign', corePath(workspaceFile('one-file')));
    assert.ok(panel, 'no preview panel');
    const rendered = await panel.render();
    assert.ok(rendered);
    assert.match(rendered.html, /URL shortener \(one file\)/);
    assert.match(rendered.html, /<code class="language-mermaid">/);
    assert.doesNotMatch(rendered.html, /design-steps:/);
    const id = /<h3 id="([^"]*throughput-per-operation[^"]*)"/.exec(rendered.html)?.[1];
    assert.ok(id, 'the throughput heading has an id');
    await panel.handleMessage({ type: 'openHeading', id });
    await waitFor(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/one-file/url-shortener.md') ? true : undefined), 'the one file to open');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.lineAt(editor.selection.active.line).text, '## Throughput per operation');
  });
});
