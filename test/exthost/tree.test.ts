// Runs inside the real extension host: the tree's model and New Design, against the workspace
// prepared by the runner (the example design plus test/fixtures/designs/partial).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DesignTreeNode } from '../../src/extension/tree';
import { api, waitFor, workspaceFile } from './helpers';

async function designNode(title: string): Promise<Extract<DesignTreeNode, { kind: 'design' }>> {
  const { tree } = await api();
  const roots = await tree.getChildren();
  const found = roots.find((node) => node.kind === 'design' && node.report.title === title);
  assert.ok(found && found.kind === 'design', `no design "${title}" in the tree; saw ${roots.map((node) => (node.kind === 'design' ? node.report.title : node.kind)).join(', ')}`);
  return found;
}

function workspaceRoot(): vscode.Uri {
  return workspaceFile();
}

suite('Sidebar tree', () => {
  test('the example design shows seven complete steps with their artifacts', async () => {
    const design = await designNode('URL shortener');
    const { tree } = await api();
    const item = tree.getTreeItem(design);
    assert.equal(item.description, 'complete');
    const steps = await tree.getChildren(design);
    assert.deepEqual(
      steps.map((node) => (node.kind === 'step' ? tree.getTreeItem(node).label : undefined)),
      ['1. Validate the need', '2. Clarify requirements', '3. Estimate scale', '4. Define interfaces and data models', '5. Define data flow and storage', '6. Define high-level components', '7. Design individual components'],
    );
    for (const step of steps) {
      const stepItem = tree.getTreeItem(step);
      assert.equal((stepItem.iconPath as vscode.ThemeIcon).id, 'pass-filled', `${String(stepItem.label)} should be complete`);
    }
    const scale = steps[2];
    assert.ok(scale);
    const artifacts = await tree.getChildren(scale);
    assert.deepEqual(artifacts.map((node) => tree.getTreeItem(node).label), ['Scale summary', 'Throughput per operation']);
    const reveal = tree.getTreeItem(artifacts[1] as DesignTreeNode).command;
    assert.equal(reveal?.command, 'vscode.open');
    const [uri, options] = reveal?.arguments ?? [];
    assert.match((uri as vscode.Uri).path, /03-scale\.md$/);
    const selection = (options as { selection: vscode.Range }).selection;
    const document = await vscode.workspace.openTextDocument(uri as vscode.Uri);
    assert.equal(document.lineAt(selection.start.line).text, '## Throughput per operation');
  });

  test('a design with missing steps shows them as missing, with a create action', async () => {
    const design = await designNode('Notification fan-out');
    const { tree } = await api();
    const steps = await tree.getChildren(design);
    const items = steps.map((node) => tree.getTreeItem(node));
    assert.equal(tree.getTreeItem(design).description, '1/7 steps complete');
    assert.equal((items[0]?.iconPath as vscode.ThemeIcon).id, 'pass-filled');
    assert.equal((items[1]?.iconPath as vscode.ThemeIcon).id, 'circle-large-outline');
    assert.equal(items[1]?.description, '2/6 · draft');
    for (const missing of items.slice(2)) {
      assert.equal(missing.contextValue, 'step-missing');
      assert.equal(missing.command?.command, 'designDocs.createStepFile');
    }
    const requirements = await tree.getChildren(steps[1]);
    const states = requirements.map((node) => `${String(tree.getTreeItem(node).label)}=${tree.getTreeItem(node).contextValue}`);
    assert.deepEqual(states, [
      'Users and personas=artifact-missing',
      'Use cases=artifact-present',
      'Latency requirements=artifact-present',
      'Availability=artifact-empty',
      'Security requirements=artifact-missing',
      'Stakeholders=artifact-missing',
    ]);
  });

  test('the tree follows a new step file on disk without a refresh', async () => {
    const design = await designNode('Notification fan-out');
    const target = vscode.Uri.joinPath(workspaceRoot(), 'partial', '03-scale.md');
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('designDocs.createStepFile', { folder: design.report.folder, step: 3 }, false);
    assert.equal(created?.path, target.path);
    const { tree } = await api();
    await waitFor(async () => {
      const steps = await tree.getChildren(await designNode('Notification fan-out'));
      const scale = steps[2] && tree.getTreeItem(steps[2]);
      return scale?.contextValue === 'step' ? scale : undefined;
    }, 'step 3 to appear in the tree');
    await vscode.workspace.fs.delete(target);
    await waitFor(async () => {
      const steps = await tree.getChildren(await designNode('Notification fan-out'));
      return steps[2] && tree.getTreeItem(steps[2]).contextValue === 'step-missing' ? true : undefined;
    }, 'step 3 to disappear after the delete');
  });

  test('the tree follows an unsaved edit and a rename', async () => {
    const { tree } = await api();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'partial', '02-requirements.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((edit) => edit.insert(end, '\n\n## Security requirements\n\nOnly product services with a signed token may publish.\n'));
    const securityState = async () => {
      const steps = await tree.getChildren(await designNode('Notification fan-out'));
      const artifacts = await tree.getChildren(steps[1]);
      const security = artifacts.find((node) => tree.getTreeItem(node).label === 'Security requirements');
      return security && tree.getTreeItem(security).contextValue;
    };
    await waitFor(async () => ((await securityState()) === 'artifact-present' ? true : undefined), 'the unsaved section to count as written');
    assert.equal(document.isDirty, true, 'the edit must not be saved behind the user');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    let last: unknown;
    await waitFor(async () => {
      last = [await securityState(), document.isDirty, document.isClosed, document.getText().includes('signed token')];
      return last && (last as unknown[])[0] === 'artifact-missing' ? true : undefined;
    }, 'the reverted section to be missing again').catch((error: Error) => {
      throw new Error(`${error.message}; last state ${JSON.stringify(last)}`);
    });

    const renamed = vscode.Uri.joinPath(workspaceRoot(), 'partial', 'why.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(vscode.Uri.joinPath(workspaceRoot(), 'partial', '01-justification.md'), renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const stepOneFile = async () => (await designNode('Notification fan-out')).report.steps[0]?.file;
    await waitFor(async () => ((await stepOneFile())?.endsWith('/partial/why.md') ? true : undefined), 'step 1 to follow the renamed file');
  });
});

suite('New Design', () => {
  test('creates seven step files with valid front matter and opens step 1', async () => {
    const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('designDocs.newDesign', 'Payment Ledger');
    assert.ok(folder, 'New Design returned no folder');
    assert.equal(vscode.workspace.asRelativePath(folder), 'docs/design/payment-ledger');
    const entries = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
    assert.deepEqual(entries, ['01-justification.md', '02-requirements.md', '03-scale.md', '04-interfaces.md', '05-data-flow.md', '06-components.md', '07-component-design.md']);
    for (const [index, name] of entries.entries()) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
      assert.match(text, new RegExp(`^---\\ndesign: Payment Ledger\\ndesign-step: ${index + 1}\\nstatus: draft\\nreviewers: \\[\\]\\n---\\n# `));
    }
    assert.match(vscode.window.activeTextEditor?.document.uri.path ?? '', /payment-ledger\/01-justification\.md$/);
    const design = await waitFor(async () => {
      const { tree } = await api();
      const roots = await tree.getChildren();
      return roots.find((node) => node.kind === 'design' && node.report.title === 'Payment Ledger');
    }, 'the new design in the tree');
    assert.ok(design);
  });

  test('refuses a name that is an existing folder', async () => {
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('designDocs.newDesign', 'Payment Ledger');
    assert.equal(again, undefined);
  });

  test('refuses names Windows reserves and names too long for a folder, and creates nothing', async () => {
    const root = vscode.Uri.joinPath(workspaceRoot(), 'docs', 'design');
    const entries = async () => (await vscode.workspace.fs.readDirectory(root).then(undefined, () => [])).map(([name]) => name).sort();
    const before = await entries();
    // The last name has 100 characters and makes a 3,300-byte folder name (each one is 18+ letters in NFKD).
    for (const name of ['CON', 'nul', 'com1', 'LPT9', 'con.txt', 'Aux', '\uFDFA'.repeat(100)]) {
      assert.equal(await vscode.commands.executeCommand<vscode.Uri | undefined>('designDocs.newDesign', name), undefined, `New Design accepted ${name.slice(0, 20)}`);
    }
    assert.deepEqual(await entries(), before, 'no folder was created');
  });

  test('a file system error while creating the design is a message, not a failed command', async () => {
    const config = vscode.workspace.getConfiguration('designDocs');
    // The designs root is a file: the folder cannot be created in it.
    await config.update('roots', ['url-shortener/01-justification.md'], vscode.ConfigurationTarget.Workspace);
    try {
      assert.equal(await vscode.commands.executeCommand<vscode.Uri | undefined>('designDocs.newDesign', 'Inside a file'), undefined);
    } finally {
      await config.update('roots', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
