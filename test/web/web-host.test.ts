// Runs inside the browser (web worker) extension host started by test/e2e/run-web.ts, on a
// virtual workspace (vscode-test-web://mount/) holding the example design at url-shortener/ and
// the planted-gaps design at gaps/. Every file the extension reads goes through
// vscode.workspace.fs: there is no disk here.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DesignTreeNode } from '../../src/extension/tree';
import type { CompletenessResult } from '../../src/extension/report';
import type { ImportPanel } from '../../src/extension/import-panel';
import { EXTENSION_ID, api, applyFix, corePath, diagnosticsOf, revertAll, waitFor, waitForDiagnostics, workspaceFile } from '../exthost/helpers';

const STEP_LABELS = ['1. Validate the need', '2. Clarify requirements', '3. Estimate scale', '4. Define interfaces and data models',
  '5. Define data flow and storage', '6. Define high-level components', '7. Design individual components'];

async function designNodes(): Promise<Array<Extract<DesignTreeNode, { kind: 'design' }>>> {
  const { tree } = await api();
  return (await tree.getChildren()).filter((node): node is Extract<DesignTreeNode, { kind: 'design' }> => node.kind === 'design');
}

/** Resolves on the webview's first message of `type`; rejects after `timeoutMs`. */
function nextMessage(webview: vscode.Webview, type: string, timeoutMs = 45_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`the webview sent no "${type}" message within ${timeoutMs} ms (did its script load?)`));
    }, timeoutMs);
    const listener = webview.onDidReceiveMessage((message: unknown) => {
      if ((message as { type?: unknown } | undefined)?.type !== type) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(message);
    });
  });
}

suite('Web extension host', () => {
  suiteSetup(async () => {
    // VS Code for the Web saves edits after a delay by default; these tests edit without saving
    // and revert, as the desktop suites do with auto save off.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    await api();
  });
  teardown(revertAll);

  test('the extension runs in the browser worker, from its browser entry', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension?.isActive, 'the extension is active');
    assert.ok((extension.exports as { store?: unknown } | undefined)?.store, 'its API object lives in this worker');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    const worker = globalThis as { process?: unknown; importScripts?: unknown };
    assert.equal(typeof worker.process, 'undefined', 'no Node `process` in the web extension host');
    assert.equal(typeof worker.importScripts, 'function', 'a web worker global scope');
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
    assert.match(extension.extensionUri.scheme, /^https?$/, 'the extension is served over http, not read from disk');
  });

  test('the workspace is a virtual file system', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    assert.notEqual(folder.uri.scheme, 'file');
    assert.equal(folder.uri.scheme, 'vscode-test-web');
    const names = (await vscode.workspace.fs.readDirectory(folder.uri)).map(([name]) => name).sort();
    assert.deepEqual(names, ['arc42-parcel-lockers', 'gaps', 'one-file', 'to-import', 'url-shortener']);
    // The store finds step files with findFiles: the mounted file system must answer it (test-web's has a search provider).
    const found = await vscode.workspace.findFiles('**/*.md');
    assert.equal(found.length, 28, `findFiles on ${folder.uri.scheme}: ${found.map((uri) => uri.path).join(', ')}`);
  });

  test('the tree lists the seven-step designs with their seven steps, and the arc42 one with its twelve', async () => {
    const { tree } = await api();
    const all = await waitFor(async () => {
      const found = await designNodes();
      return found.length >= 3 ? found : undefined;
    }, 'three designs in the tree');
    // examples/ also holds an arc42 design, read through its .design-docs.yaml on the virtual file system
    assert.deepEqual(all.map((node) => node.report.title).sort(), ['Parcel lockers', 'URL shortener', 'URL shortener (one file)', 'URL shortener (with gaps)']);
    const arc42 = all.find((node) => node.report.title === 'Parcel lockers');
    assert.ok(arc42);
    assert.equal((await tree.getChildren(arc42)).length, 12);
    assert.equal(tree.getTreeItem(arc42).description, 'complete');
    const designs = all.filter((node) => node !== arc42);
    for (const design of designs) {
      assert.ok(design.report.folder.startsWith('vscode-test-web://'), `${design.report.folder} is on the virtual file system`);
      const steps = await tree.getChildren(design);
      assert.deepEqual(steps.map((node) => tree.getTreeItem(node).label), STEP_LABELS, `steps of ${design.report.title}`);
      assert.ok(steps.every((node) => tree.getTreeItem(node).contextValue !== 'step-missing'), `no missing step in ${design.report.title}`);
    }
    const example = designs.find((node) => node.report.title === 'URL shortener');
    assert.ok(example);
    assert.equal(tree.getTreeItem(example).description, 'complete');
  });

  test('the planted gaps show as diagnostics with their rule ids', async () => {
    const requirements = workspaceFile('gaps', '02-requirements.md');
    await waitForDiagnostics(requirements, (rules) => rules.length >= 4, 'diagnostics for the gaps design');
    assert.deepEqual(diagnosticsOf(requirements), ['approved-incomplete@4', 'missing-artifact@3', 'untraced-use-case@29', 'untraced-use-case@29']);
    assert.deepEqual(diagnosticsOf(workspaceFile('gaps', '03-scale.md')), ['placeholder-text@23', 'untraced-operation@36']);
    assert.deepEqual(diagnosticsOf(workspaceFile('gaps', '07-component-design.md')), ['approved-without-reviewers@5']);
    for (let step = 1; step <= 7; step++) {
      const [name] = (await vscode.workspace.fs.readDirectory(workspaceFile('url-shortener'))).map(([entry]) => entry).filter((entry) => entry.startsWith(`0${step}-`));
      assert.ok(name, `step ${step} of the example`);
      assert.deepEqual(diagnosticsOf(workspaceFile('url-shortener', name)), [], `the complete example has no findings in ${name}`);
    }
  });

  test('deleting a required section in an unsaved edit reports it missing', async () => {
    const uri = workspaceFile('url-shortener', '02-requirements.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const lines = document.getText().split('\n');
    const start = lines.findIndex((text) => text === '## Stakeholders');
    assert.ok(start > 0, 'the example has a Stakeholders section');
    const next = lines.findIndex((text, index) => index > start && text.startsWith('## '));
    const end = next < 0 ? document.lineAt(document.lineCount - 1).range.end : new vscode.Position(next, 0);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(uri, new vscode.Range(new vscode.Position(start, 0), end));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const rules = await waitForDiagnostics(uri, (found) => found.some((rule) => rule.startsWith('missing-artifact@')), 'missing-artifact for the deleted Stakeholders section');
    assert.equal(document.isDirty, true, 'the edit is not saved');
    const message = vscode.languages.getDiagnostics(uri).find((diagnostic) => typeof diagnostic.code === 'object' && diagnostic.code.value === 'missing-artifact')?.message ?? '';
    assert.match(message, /Stakeholders/, `the finding names the section (rules ${rules.join(', ')})`);
  });

  // A webview loads in its own iframe (another origin, a service worker): slow on a busy machine.
  test('Open Step Form opens its webview, which loads and asks for its state', async function () {
    this.timeout(60_000);
    const uri = workspaceFile('url-shortener', '03-scale.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const panel = await vscode.commands.executeCommand<{ panel: vscode.WebviewPanel; state(): unknown } | undefined>('designDocs.openStepForm', uri);
    assert.ok(panel, 'Open Step Form returned no panel');
    const ready = nextMessage(panel.panel.webview, 'ready');
    assert.equal(panel.panel.viewType, 'designDocs.stepForm');
    await ready;
    assert.ok(panel.state(), 'the form has a state for the step file');
    panel.panel.dispose();
  });

  test('Preview Assembled Document opens its webview with the design rendered', async function () {
    this.timeout(60_000);
    const folder = corePath(workspaceFile('url-shortener'));
    const preview = await vscode.commands.executeCommand<{ panel: vscode.WebviewPanel; render(): Promise<{ html: string } | undefined> } | undefined>('designDocs.previewDesign', folder);
    assert.ok(preview, 'Preview returned no panel');
    const ready = nextMessage(preview.panel.webview, 'ready');
    assert.equal(preview.panel.viewType, 'designDocs.preview');
    await ready;
    const rendered = await preview.render();
    assert.match(rendered?.html ?? '', /<h1 id="url-shortener">URL shortener<\/h1>/);
    preview.panel.dispose();
  });

  test('the quick fix for a missing section inserts it, and the finding goes', async () => {
    const requirements = workspaceFile('gaps', '02-requirements.md');
    await waitForDiagnostics(requirements, (rules) => rules.includes('missing-artifact@3'), 'the missing Stakeholders section');
    await applyFix(requirements, 3, 'Add the "Stakeholders" section');
    const text = (await vscode.workspace.openTextDocument(requirements)).getText();
    assert.match(text, /\n## Stakeholders\n/);
    await waitForDiagnostics(requirements, (rules) => !rules.includes('missing-artifact@3'), 'missing-artifact to go');
  });

  test('Check Design Completeness reports every design (the arc42 example by its configuration) and opens its report', async () => {
    const result = await vscode.commands.executeCommand<CompletenessResult>('designDocs.checkCompleteness');
    const findings = result.reports.flatMap((report) => [
      ...report.steps.filter((step) => !step.complete).map((step) => `${report.title}: step ${step.step} incomplete (${step.status}; ${step.artifacts.filter((artifact) => artifact.state !== 'present').map((artifact) => `${artifact.title} ${artifact.state}`).join(', ')})`),
      ...report.findings.map((finding) => `${report.title}: ${finding.rule} ${finding.file}`),
    ]);
    assert.deepEqual(result.reports.map((report) => `${report.title}: ${report.complete}`).sort(), ['Parcel lockers: true', 'URL shortener (one file): true', 'URL shortener (with gaps): false', 'URL shortener: true'], findings.join('\n'));
    await waitFor(() => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.label === 'Design Completeness'), 'the report tab');
  });

  test('New Design… writes seven step files to the virtual file system, and the tree shows it', async () => {
    const folder = await vscode.commands.executeCommand<vscode.Uri | undefined>('designDocs.newDesign', 'Web check');
    assert.ok(folder, 'New Design returned no folder');
    assert.equal(folder.scheme, 'vscode-test-web');
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
    assert.equal(names.filter((name) => /^0[1-7]-.*\.md$/.test(name)).length, 7, names.join(', '));
    await waitFor(async () => ((await designNodes()).some((node) => node.report.title === 'Web check') ? true : undefined), 'the new design in the tree');
  });

  test('Import Document… writes a step file per step to the virtual file system, and the tree shows the design', async () => {
    const document = workspaceFile('to-import', 'webhook-delivery.md');
    const panel = await vscode.commands.executeCommand<ImportPanel | undefined>('designDocs.importDocument', document);
    assert.ok(panel, 'the command opened no import panel');
    await panel.handleMessage({ type: 'import', revision: panel.view.revision, layout: 'per-step', choices: panel.view.rows.map((row) => ({ section: row.section, choice: row.choice })) });
    const outcome = await panel.outcome;
    assert.ok(outcome, 'nothing was imported');
    const names = (await vscode.workspace.fs.readDirectory(workspaceFile('to-import', 'webhook-delivery'))).map(([name]) => name).sort();
    assert.deepEqual(names, ['01-justification.md', '03-scale.md', '04-interfaces.md', '05-data-flow.md', '06-components.md']);
    await waitFor(async () => ((await designNodes()).some((node) => node.report.title === 'Webhook delivery') ? true : undefined), 'the imported design in the tree');
  });
});

