// Runs in Restricted Mode: workspace trust on and this folder not trusted. The extension declares
// `untrustedWorkspaces: supported` because it runs no workspace code; everything it does must work.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CompletenessResult } from '../../src/extension/report';
import type { PreviewPanel } from '../../src/extension/preview-panel';
import type { StepFormPanel } from '../../src/extension/form-panel';
import { api, corePath, revertAll, waitFor, waitForDiagnostics, workspaceFile } from '../exthost/helpers';

suite('Restricted Mode (untrusted workspace)', () => {
  teardown(revertAll);

  test('the workspace really is untrusted, and the extension activates', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the runner should open the folder untrusted');
    const extension = vscode.extensions.getExtension('system-design-docs.system-design-docs');
    assert.ok(extension);
    await api();
    assert.equal(extension.isActive, true);
  });

  test('the tree lists every design with the steps of its catalogue', async () => {
    const { tree } = await api();
    const roots = await waitFor(async () => {
      const nodes = await tree.getChildren();
      return nodes.filter((node) => node.kind === 'design').length >= 4 ? nodes : undefined;
    }, 'four designs in the tree');
    const titles = roots.map((node) => (node.kind === 'design' ? node.report.title : '')).sort();
    // examples/ also holds an arc42 design: its .design-docs.yaml is data, so it applies in Restricted Mode too;
    // the one-file design is read the same way
    assert.deepEqual(titles, ['Parcel lockers', 'URL shortener', 'URL shortener (one file)', 'URL shortener (with gaps)']);
    for (const design of roots) {
      const title = design.kind === 'design' ? design.report.title : '';
      assert.equal((await tree.getChildren(design)).length, title === 'Parcel lockers' ? 12 : 7, title);
    }
  });

  test('diagnostics report the planted gaps', async () => {
    const found = await waitForDiagnostics(workspaceFile('gaps', '03-scale.md'), (rules) => rules.length >= 2, 'diagnostics of the gaps design');
    assert.deepEqual(found, ['placeholder-text@23', 'untraced-operation@36']);
  });

  test('Check Design Completeness sums up every design in its report', async () => {
    const result = await vscode.commands.executeCommand<CompletenessResult>('designDocs.checkCompleteness');
    assert.deepEqual(result.reports.map((report) => report.complete).sort(), [false, true, true, true]);
    await waitFor(() => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.label === 'Design Completeness'), 'the report tab');
  });

  test('the preview renders, and a form edit changes the step file', async () => {
    const preview = await vscode.commands.executeCommand<PreviewPanel | undefined>('designDocs.previewDesign', corePath(workspaceFile('url-shortener')));
    assert.ok(preview, 'no preview panel');
    assert.match((await preview.render())?.html ?? '', /<h1 id="url-shortener">URL shortener<\/h1>/);
    const uri = workspaceFile('url-shortener', '01-justification.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const form = await vscode.commands.executeCommand<StepFormPanel | undefined>('designDocs.openStepForm', uri);
    assert.ok(form, 'no form panel');
    await form.handleMessage({ type: 'edit', id: 1, version: document.version, change: { kind: 'status', status: 'in-review' } });
    assert.match(document.getText(), /^status: in-review$/m, 'the form set the status in the front matter');
    assert.equal(document.isDirty, true);
  });

  test('New Design… writes its files', async () => {
    const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('designDocs.newDesign', 'Restricted mode check');
    assert.ok(folder, 'New Design returned no folder');
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
    assert.equal(names.filter((name) => /^0[1-7]-.*\.md$/.test(name)).length, 7);
  });
});
