// "Design Doc: Import Document…" in the real host: the proposal the panel shows, a placement the
// user changes, the design written as one edit (undone by one Undo), the step files of the other
// layout, and the refusals that write nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ImportPanel } from '../../src/extension/import-panel';
import { api, corePath, diagnosticsOf, revertAll, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const ROOT = 'imports';
const DOCUMENT = [
  '# Rate limiter',
  '',
  'Intro text before any section.',
  '',
  '## Motivation',
  '',
  'Clients overload the API during launches. See ![the gateway](img/gateway.png).',
  '',
  '### Launch traffic',
  '',
  'Peaks reach ten times the daily mean.',
  '',
  '## Odds and ends',
  '',
  'A section no artifact fits.',
  '',
  '## Throughput',
  '',
  '| Operation | TPS |',
  '| --- | --- |',
  '| check | 50000 |',
  '',
].join('\n');

async function writeDocument(name: string, text = DOCUMENT): Promise<vscode.Uri> {
  const uri = workspaceFile(ROOT, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function openPanel(uri: vscode.Uri): Promise<ImportPanel> {
  const panel = (await vscode.commands.executeCommand('designDocs.importDocument', uri)) as ImportPanel | undefined;
  assert.ok(panel, 'the command opens the import panel');
  return panel;
}

function sectionOf(panel: ImportPanel, heading: string): number {
  const row = panel.view.rows.find((candidate) => candidate.heading === heading);
  assert.ok(row, `the panel lists "${heading}"`);
  return row.section;
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

suite('Import Document', () => {
  teardown(async () => {
    await revertAll();
    await vscode.workspace.fs.delete(workspaceFile(ROOT), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('shows where each section goes, writes the one-file design with the change the user made, and one Undo takes it back', async () => {
    const uri = await writeDocument('rate-limiter.md');
    const panel = await openPanel(uri);
    const view = panel.view;
    assert.equal(view.fileName, 'rate-limiter.md');
    assert.equal(view.oneFileTarget, `${ROOT}/rate-limiter.md`);
    assert.equal(view.perStepTarget, `${ROOT}/rate-limiter/`);
    assert.deepEqual(
      view.rows.map((row) => `${row.heading || '(preamble)'} → ${row.choice}`),
      ['(preamble) → step:1', 'Motivation → step:1:problem-statement', 'Launch traffic → parent', 'Odds and ends → step:1', 'Throughput → step:3:throughput-per-operation'],
    );

    const choices = view.rows.map((row) => ({ section: row.section, choice: row.section === sectionOf(panel, 'Odds and ends') ? 'step:1:existing-solutions' : row.choice }));
    await panel.handleMessage({ type: 'import', revision: panel.view.revision, layout: 'one-file', choices });
    const outcome = await panel.outcome;
    assert.deepEqual(outcome, { layout: 'one-file', files: [corePath(uri)], unplaced: 1 });

    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    assert.match(text, /^---\ndesign: Rate limiter\ndesign-steps: \[1, 3\]\nstatus: draft\n---\n# Validate the need\n/);
    assert.match(text, /## Existing solutions\n\n### Odds and ends\n\nA section no artifact fits\./, 'the changed section sits under the artifact the user chose');
    assert.match(text, /!\[the gateway\]\(img\/gateway\.png\)/, 'a relative image in the same folder keeps its path');
    assert.equal(text.split('<!-- design-docs: unplaced -->').length - 1, 1, 'only the text before the first heading waits to be placed');
    await waitForDiagnostics(uri, (rules) => rules.filter((rule) => rule.startsWith('unplaced-section@')).length === 1, 'the unplaced preamble reported');
    const { tree } = await api();
    await waitFor(async () => (await tree.getChildren()).find((node) => node.kind === 'design' && node.report.title === 'Rate limiter'), 'the imported design in the tree');

    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the imported design is opened');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => (document.getText() === DOCUMENT ? true : undefined), 'Undo to bring back the document as it was');
  });

  test('writes one file per step beside the document, links re-pointed, and asks before replacing step files', async () => {
    const uri = await writeDocument('limits.md');
    const panel = await openPanel(uri);
    await panel.handleMessage({ type: 'import', revision: panel.view.revision, layout: 'per-step', choices: panel.view.rows.map((row) => ({ section: row.section, choice: row.choice })) });
    const outcome = await panel.outcome;
    const step1 = workspaceFile(ROOT, 'limits', '01-justification.md');
    const step3 = workspaceFile(ROOT, 'limits', '03-scale.md');
    assert.deepEqual(outcome?.files, [corePath(step1), corePath(step3)]);
    const first = await readText(step1);
    assert.match(first, /^---\ndesign: Rate limiter\ndesign-step: 1\nstatus: draft\n---\n/);
    assert.match(first, /!\[the gateway\]\(\.\.\/img\/gateway\.png\)/, 'the image path leads from the new folder to the same image');
    assert.match(await readText(step3), /design-step: 3[\s\S]*\| check \| 50000 \|/);
    assert.equal(await readText(uri), DOCUMENT, 'the document itself stays as it was');

    // Again, with the step files there: the user declines to replace them, and nothing changes.
    await vscode.workspace.fs.writeFile(step1, new TextEncoder().encode('kept\n'));
    const again = await openPanel(uri);
    again.confirmReplace = false;
    await again.handleMessage({ type: 'import', revision: again.view.revision, layout: 'per-step', choices: [] });
    assert.equal(await readText(step1), 'kept\n');
    assert.ok(again.view.rows.length > 0, 'the panel stays open with its proposal');
    // A message made on an older proposal is not used, whatever it says.
    await again.handleMessage({ type: 'import', revision: again.view.revision - 1, layout: 'per-step', choices: [] });
    assert.equal(await readText(step1), 'kept\n');

    // The user agrees: the step file's text is replaced by an edit in the editor, which Undo can take back.
    again.confirmReplace = true;
    await again.handleMessage({ type: 'import', revision: again.view.revision, layout: 'per-step', choices: [] });
    assert.ok(await again.outcome, 'the import went through');
    const replaced = await vscode.workspace.openTextDocument(step1);
    assert.match(replaced.getText(), /^---\ndesign: Rate limiter\ndesign-step: 1\n/);
    assert.equal(replaced.version > 1, true, 'the step file was edited, not created anew');
  });

  test('an edit made after the proposal is not imported blindly: the proposal is made again, the user\'s choices kept, and nothing is written', async () => {
    const uri = await writeDocument('edited.md');
    const panel = await openPanel(uri);
    const choices = panel.view.rows.map((row) => ({ section: row.section, choice: row.heading === 'Odds and ends' ? 'step:1:existing-solutions' : row.choice }));
    const document = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, document.positionAt(document.getText().indexOf('## Odds and ends')), '## Security\n\nTokens are signed.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await panel.handleMessage({ type: 'import', revision: panel.view.revision, layout: 'one-file', choices });
    assert.equal(document.getText(), DOCUMENT.replace('## Odds and ends', '## Security\n\nTokens are signed.\n\n## Odds and ends'), 'the document is not rewritten');
    assert.ok(panel.view.rows.some((row) => row.heading === 'Security'), 'the proposal now lists the new section');
    assert.equal(panel.view.rows.find((row) => row.heading === 'Odds and ends')?.choice, 'step:1:existing-solutions', 'the choice the user made is kept');
    panel.dispose();
  });

  test('a step file, a one-file design and a message out of shape are refused, and nothing is written', async () => {
    const stepFile = workspaceFile('url-shortener', '01-justification.md');
    const before = await readText(stepFile);
    assert.equal(await vscode.commands.executeCommand('designDocs.importDocument', stepFile), undefined);
    const oneFile = workspaceFile('one-file', 'url-shortener.md');
    assert.equal(await vscode.commands.executeCommand('designDocs.importDocument', oneFile), undefined);
    assert.equal(await readText(stepFile), before);

    const uri = await writeDocument('hostile.md');
    const panel = await openPanel(uri);
    await panel.handleMessage({ type: 'import', revision: panel.view.revision, layout: 'one-file', choices: [{ section: 1, choice: 'step:42:nothing' }] });
    await panel.handleMessage({ type: 'import', revision: panel.view.revision, layout: 'sideways', choices: [] });
    await panel.handleMessage({ type: 'reveal', line: -3 });
    assert.equal(await readText(uri), DOCUMENT);
    assert.deepEqual(diagnosticsOf(uri), []);
    panel.dispose();
  });
});
