// The completeness report's panel: the report it sends the webview, and the messages it honours.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CompletenessResult } from '../../src/extension/report';
import { api, corePath, revertAll } from './helpers';

suite('Completeness report', () => {
  suiteSetup(async () => {
    await api();
  });
  teardown(revertAll);

  test('the webview is sent the report as data: every design, its steps and its findings by file', async () => {
    const { report } = await api();
    const result = await vscode.commands.executeCommand<CompletenessResult>('designDocs.checkCompleteness');
    const view = report.view;
    assert.ok(view, 'no report view after the check');
    assert.equal(view.summary, result.summary);
    assert.deepEqual(view.designs.map((design) => design.title), result.reports.map((design) => design.title));
    const gaps = view.designs.find((design) => design.title === 'URL shortener (with gaps)');
    assert.ok(gaps, 'no view of the design with gaps');
    assert.equal(gaps.steps.length, 7);
    assert.equal(gaps.complete, false);
    const findings = result.reports.find((design) => design.title === gaps.title)?.findings ?? [];
    assert.equal(gaps.files.flatMap((file) => file.findings).length, findings.length, 'every finding is in the view once');
    for (const file of gaps.files) assert.ok(file.file.endsWith(`/${file.fileName}`), `${file.fileName} is the base name of ${file.file}`);
  });

  test('an "open" of a finding of the report opens its file there; anything else is ignored', async () => {
    const { report } = await api();
    await vscode.commands.executeCommand<CompletenessResult>('designDocs.checkCompleteness');
    const file = report.view?.designs.flatMap((design) => design.files).find((candidate) => candidate.fileName === '03-scale.md' && candidate.findings.length > 0);
    const finding = file?.findings[0];
    assert.ok(file && finding, 'no finding in a 03-scale.md');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const refused: unknown[] = [
      { type: 'open', file: 'file:///etc/passwd', line: 0, column: 0 },
      { type: 'open', file: file.file, line: -1, column: 0 },
      { type: 'open', file: file.file, line: '3', column: 0 },
      { type: 'open', file: file.file, line: 1.5, column: 0 },
      { type: 'open', file: [file.file], line: 0, column: 0 },
      { type: 'openFile', file: file.file },
      'open',
    ];
    const activeEditor = (): vscode.TextEditor | undefined => vscode.window.activeTextEditor;
    for (const message of refused) await report.handleMessage(message);
    assert.equal(activeEditor(), undefined, 'a refused message opened an editor');
    await report.handleMessage({ type: 'open', file: file.file, line: finding.line, column: finding.column });
    const editor = activeEditor();
    assert.ok(editor, 'the finding did not open');
    assert.equal(corePath(editor.document.uri), file.file);
    assert.equal(editor.selection.active.line, finding.line);
  });
});
