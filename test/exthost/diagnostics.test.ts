// Diagnostics, quick fixes, fix-all, settings and broken input, in the real extension host, on
// the "gaps" copy of the example design (test/fixtures/designs/gaps, copied to <workspace>/gaps).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, applyFix, diagnosticsOf, revertAll, waitForDiagnostics, workspaceFile } from './helpers';

const requirements = () => workspaceFile('gaps', '02-requirements.md');
const scale = () => workspaceFile('gaps', '03-scale.md');
const interfaces = () => workspaceFile('gaps', '04-interfaces.md');
const design = () => workspaceFile('gaps', '07-component-design.md');

suite('Diagnostics', () => {
  suiteSetup(async () => {
    await api();
  });
  teardown(revertAll);

  test('the planted gaps show in Problems, with rule codes linking to the docs', async () => {
    await waitForDiagnostics(requirements(), (rules) => rules.length >= 4, 'diagnostics for the gaps design');
    assert.deepEqual(diagnosticsOf(requirements()), ['approved-incomplete@4', 'missing-artifact@3', 'untraced-use-case@29', 'untraced-use-case@29']);
    assert.deepEqual(diagnosticsOf(scale()), ['placeholder-text@23', 'untraced-operation@36']);
    assert.deepEqual(diagnosticsOf(design()), ['approved-without-reviewers@5']);
    const [diagnostic] = vscode.languages.getDiagnostics(design());
    assert.ok(diagnostic && typeof diagnostic.code === 'object');
    assert.match(String(diagnostic.code.target), /#rule-approved-without-reviewers$/);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('typing updates diagnostics without saving', async () => {
    const document = await vscode.workspace.openTextDocument(scale());
    const editor = await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('- **Total users**'));
    await editor.edit((edit) => edit.insert(new vscode.Position(line, document.lineAt(line).text.length), ' TBD'));
    await waitForDiagnostics(scale(), (rules) => rules.includes(`placeholder-text@${line + 1}`), 'the new TBD to be reported');
    assert.equal(document.isDirty, true);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(scale(), (rules) => !rules.includes(`placeholder-text@${line + 1}`), 'the TBD finding to go after undo');
  });

  test('missing section: the fix inserts it in step order and the finding goes', async () => {
    await applyFix(requirements(), 3, 'Add the "Stakeholders" section');
    const document = await vscode.workspace.openTextDocument(requirements());
    const text = document.getText();
    assert.match(text, /## Security requirements[\s\S]*\n## Stakeholders\n\n<!-- The people and teams/);
    assert.equal(document.isDirty, true, 'the fix goes through the editor, unsaved');
    await waitForDiagnostics(requirements(), (rules) => !rules.includes('missing-artifact@3') && rules.some((rule) => rule.startsWith('empty-artifact@')), 'missing-artifact to turn into empty-artifact');
  });

  test('untraced use case: rows are added to the latency table and a workflow to step 6', async () => {
    await applyFix(requirements(), 29, 'Add "Export click data" to the latency requirements');
    const latency = (await vscode.workspace.openTextDocument(requirements())).getText();
    assert.match(latency, /\| Delete a link \|[^\n]*\n\| Export click data \| TODO \| TODO \|/);
    await applyFix(requirements(), 29, 'Add a "Export click data" workflow to step 6');
    const workflows = (await vscode.workspace.openTextDocument(workspaceFile('gaps', '06-components.md'))).getText();
    assert.match(workflows, /### Export click data\n\nTODO: the steps this use case takes/);
    await waitForDiagnostics(requirements(), (rules) => !rules.includes('untraced-use-case@29'), 'the untraced use case to be traced');
  });

  test('untraced operation: a row is added to the API table', async () => {
    await applyFix(scale(), 36, 'Add "Delete link" to the API in step 4');
    const text = (await vscode.workspace.openTextDocument(interfaces())).getText();
    assert.match(text, /\n\| Delete link \| TODO \| TODO \| TODO \| TODO \|/);
    await waitForDiagnostics(scale(), (rules) => !rules.includes('untraced-operation@36'), 'the operation to be traced');
  });

  test('approval fixes: a reviewer placeholder, or the status back to in-review', async () => {
    await applyFix(design(), 5, 'Add a reviewer');
    const text = (await vscode.workspace.openTextDocument(design())).getText();
    assert.match(text, /\nreviewers: \[reviewer\]\n/);
    await waitForDiagnostics(design(), (rules) => rules.length === 0, 'approved-without-reviewers to go');
    await applyFix(requirements(), 4, 'Set the status back to in-review');
    assert.match((await vscode.workspace.openTextDocument(requirements())).getText(), /\nstatus: in-review\n/);
    await waitForDiagnostics(requirements(), (rules) => !rules.includes('approved-incomplete@4'), 'approved-incomplete to go');
  });

  test('fix all applies every safe fix of a file at once', async () => {
    await vscode.workspace.openTextDocument(requirements());
    const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', requirements(), new vscode.Range(0, 0, 0, 0), 'source.fixAll.designDocs');
    const fixAll = all?.find((action) => action.kind?.value === 'source.fixAll.designDocs');
    assert.ok(fixAll?.edit, `no fix-all action; got ${all?.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    await waitForDiagnostics(requirements(), (rules) => !rules.some((rule) => /^(missing-artifact|untraced-use-case)@/.test(rule)), 'every fixable finding to go');
  });

  test('designDocs.rules turns a rule off or raises it to an error', async () => {
    const config = vscode.workspace.getConfiguration('designDocs');
    try {
      await config.update('rules', { 'placeholder-text': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(scale(), (rules) => !rules.some((rule) => rule.startsWith('placeholder-text')), 'placeholder-text to be off');
      await config.update('rules', { 'placeholder-text': 'error' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(scale(), (rules) => rules.some((rule) => rule.startsWith('placeholder-text')), 'placeholder-text to be back');
      const diagnostic = vscode.languages.getDiagnostics(scale()).find((candidate) => typeof candidate.code === 'object' && candidate.code.value === 'placeholder-text');
      assert.equal(diagnostic?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('broken front matter is reported and the rest keeps working', async () => {
    const broken = workspaceFile('gaps', '08-notes.md');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('---\ndesign-step: 5\nstatus: [draft\n---\n# Notes\n'));
    try {
      await waitForDiagnostics(broken, (rules) => rules.includes('invalid-front-matter@3'), 'invalid-front-matter on the broken file');
      await waitForDiagnostics(broken, (rules) => rules.includes('duplicate-step@2'), 'the broken file still counted as step 5');
      assert.ok(diagnosticsOf(scale()).includes('placeholder-text@23'), 'other files keep their findings');
    } finally {
      await vscode.workspace.fs.delete(broken);
    }
    await waitForDiagnostics(broken, (rules) => rules.length === 0, 'the deleted file to lose its diagnostics');
  });
});
