// What an open step form is sent, and when: a form re-posts its state only when something it shows
// changed (its own text, or its file's findings), not on every change in the workspace. Also the
// per-file index behind `findingsIn`, checked against the Problems panel it is built with.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StepFormPanel } from '../../src/extension/form-panel';
import type { FormState, ToFormWebview } from '../../src/protocol/form-messages';
import { api, revertAll, waitFor, workspaceFile } from './helpers';

const ROOT = 'form-updates';

/** A copy of the example's step `name` in `folder` (a design of its own, named `design`). */
async function stepCopy(name: string, folder: string, design: string): Promise<vscode.Uri> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('url-shortener', name)));
  const uri = workspaceFile(ROOT, folder, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text.replace('design: URL shortener', `design: ${design}`)));
  return uri;
}

/** Records the states the panel posts to its webview, and the messages its webview sends. */
function record(panel: StepFormPanel): { states: FormState[]; received: unknown[]; dispose(): void } {
  const states: FormState[] = [];
  const received: unknown[] = [];
  const webview = panel.panel.webview;
  const post = webview.postMessage.bind(webview);
  webview.postMessage = (message: ToFormWebview) => {
    if (message.type === 'state') states.push(message.state);
    return post(message);
  };
  const subscription = webview.onDidReceiveMessage((message: unknown) => received.push(message));
  return { states, received, dispose: () => subscription.dispose() };
}

const isReady = (message: unknown) => (message as { type?: unknown } | null)?.type === 'ready';
const rulesOf = (state: FormState) => state.findings.map((finding) => `${finding.rule}@${finding.line + 1}`);

/** Appends `text` to the first line of `uri` that starts with `start`, as typing would (unsaved). */
async function appendToLine(uri: vscode.Uri, start: string, text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const line = document.getText().split('\n').findIndex((candidate) => candidate.startsWith(start));
  assert.ok(line >= 0, `no line starting with ${start}`);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, document.lineAt(line).range.end, text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

async function deleteLine(uri: vscode.Uri, start: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const line = document.getText().split('\n').findIndex((candidate) => candidate.startsWith(start));
  assert.ok(line >= 0, `no line starting with ${start}`);
  const edit = new vscode.WorkspaceEdit();
  edit.delete(uri, document.lineAt(line).rangeIncludingLineBreak);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

suite('Step form updates', function () {
  // Waits on VS Code's events and the store's debounce: allow for a loaded machine.
  this.timeout(60_000);
  let panel: StepFormPanel | undefined;

  teardown(async () => {
    panel?.panel.dispose();
    panel = undefined;
    await revertAll();
    await vscode.workspace.fs.delete(workspaceFile(ROOT), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('a form is not re-posted when only another design changes, and is when its own findings change', async () => {
    const { diagnostics } = await api();
    // Design A: steps 3 and 4 (step 3's operations are traced to step 4's API). Design B: a step 3.
    const scaleA = await stepCopy('03-scale.md', 'a', 'Form updates A');
    const interfacesA = await stepCopy('04-interfaces.md', 'a', 'Form updates A');
    const scaleB = await stepCopy('03-scale.md', 'b', 'Form updates B');
    // Opened, so the store reads them even if its file watcher is not up yet (this may be the first test run).
    for (const uri of [scaleA, interfacesA, scaleB]) await vscode.workspace.openTextDocument(uri);
    const known = (uri: vscode.Uri) => [...diagnostics.docs.keys()].some((path) => path.endsWith(uri.path));
    await waitFor(() => (known(scaleA) && known(interfacesA) && known(scaleB) ? true : undefined), 'the three copies to be checked', 30_000);

    panel = await vscode.commands.executeCommand<StepFormPanel | undefined>('designDocs.openStepForm', scaleA);
    assert.ok(panel, 'Open Step Form returned no panel');
    const form = panel;
    const recorded = record(form);
    try {
      // The webview loads and asks for its state once; then nothing is due until something changes.
      await waitFor(() => (recorded.received.some(isReady) ? true : undefined), 'the form webview to load', 30_000);
      await waitFor(() => (!form.pushPending && recorded.states.length > 0 ? true : undefined), 'the form to post its first state', 30_000);
      const shown = recorded.states.at(-1);
      assert.ok(shown && !rulesOf(shown).some((rule) => rule.startsWith('untraced-operation@')), `every operation is traced at first: ${JSON.stringify(shown && rulesOf(shown))}`);
      const documentA = await vscode.workspace.openTextDocument(scaleA);
      const versionA = documentA.version;
      recorded.states.length = 0;
      recorded.received.length = 0;

      // Only design B changes (text and findings): once the findings are updated, A has nothing due.
      await appendToLine(scaleB, '- **Total users**', ' TBD');
      await waitFor(() => (diagnostics.findingsIn(scaleB).some((finding) => finding.rule === 'placeholder-text') ? true : undefined), "B's new finding", 30_000);
      assert.equal(recorded.received.some(isReady), false, 'the webview did not reload meanwhile');
      assert.equal(form.pushPending, false, 'no push of form A is scheduled after a change in design B');
      assert.deepEqual(recorded.states, [], 'form A was not re-posted');

      // A's text does not change, but its findings do: step 4 no longer has the "Delete link" operation.
      await deleteLine(interfacesA, '| Delete link |');
      const state = await waitFor(() => recorded.states.find((candidate) => rulesOf(candidate).includes('untraced-operation@36')), 'form A to be re-posted with its new finding', 30_000);
      assert.equal(state.version, versionA, 'the state is for the same text: only the findings changed');
      assert.equal(documentA.version, versionA);
      assert.deepEqual(
        rulesOf(state),
        diagnostics.findingsIn(scaleA).map((finding) => `${finding.rule}@${finding.range.start.line + 1}`),
        'the form shows the findings of its file',
      );
    } finally {
      recorded.dispose();
    }
  });
});

suite('Findings by file', () => {
  teardown(revertAll);

  test('findingsIn gives each file the findings of the Problems panel, in its order', async () => {
    const { diagnostics } = await api();
    const requirements = workspaceFile('gaps', '02-requirements.md');
    await waitFor(() => (diagnostics.findingsIn(requirements).length >= 4 ? true : undefined), 'diagnostics for the gaps design', 30_000);
    const ours = vscode.languages.getDiagnostics().filter(([, list]) => list.some((diagnostic) => diagnostic.source === 'Design Docs'));
    assert.ok(ours.length >= 3, `several files have findings (${ours.length})`);
    for (const [uri, list] of ours) {
      // A diagnostic the panel lists twice (same rule, start and message) is one finding.
      const expected = [
        ...new Set(
          list
            .filter((diagnostic) => diagnostic.source === 'Design Docs')
            .map((diagnostic) => `${typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)}@${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.message}`),
        ),
      ];
      const found = diagnostics.findingsIn(uri).map((finding) => `${finding.rule}@${finding.range.start.line}:${finding.range.start.column} ${finding.message}`);
      assert.deepEqual(found, expected, uri.toString());
    }
    const first = diagnostics.findingsIn(requirements);
    first.length = 0;
    assert.ok(diagnostics.findingsIn(requirements).length >= 4, 'changing the returned list changes nothing');
    assert.deepEqual(diagnostics.findingsIn(workspaceFile('no-such-file.md')), []);
  });
});
