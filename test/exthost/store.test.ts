// The design store in the real host: a file the Markdown parser cannot handle becomes that file's
// unreadable-file finding instead of stopping the tree, the diagnostics and the preview.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsOf, waitFor, workspaceFile } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);

suite('Design store', function () {
  // Waits for the file watcher: allow for a loaded machine.
  this.timeout(60_000);
  const folder = () => workspaceFile('deep-nesting');

  teardown(async () => {
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await vscode.commands.executeCommand('designDocs.refresh');
  });

  test('a file nested too deeply to parse is an unreadable file; the rest keeps working and the file is read again when it changes', async () => {
    const { store } = await api();
    const uri = vscode.Uri.joinPath(folder(), '03-scale.md');
    const deep = `---\ndesign: Deep nesting\ndesign-step: 3\n---\n# Estimate scale\n\n${'>'.repeat(10_000)} quoted\n`;
    await vscode.workspace.fs.writeFile(uri, encode(deep));
    // A refresh reads every file again: it must not fail, nor leave the store failing after it.
    await vscode.commands.executeCommand('designDocs.refresh');
    const { reports } = await store.snapshot();
    assert.ok(reports.some((report) => report.title === 'URL shortener'), `the other designs are still there: ${reports.map((report) => report.title).join(', ')}`);
    await waitFor(() => (diagnosticsOf(uri).includes('unreadable-file@1') ? true : undefined), `an unreadable-file finding on the file (has ${JSON.stringify(diagnosticsOf(uri))})`, 30_000);

    // The next change reads the file again.
    await vscode.workspace.fs.writeFile(uri, encode(deep.replace(/>+ quoted/, '## Scale summary\n\n- **Total users**: 2,000.')));
    await waitFor(() => (diagnosticsOf(uri).some((rule) => rule.startsWith('unreadable-file')) ? undefined : true), `the finding to go once the file is fixed (has ${JSON.stringify(diagnosticsOf(uri))})`, 30_000);
    const fixed = (await store.snapshot()).reports.find((report) => report.title === 'Deep nesting');
    assert.deepEqual(fixed?.steps.filter((step) => step.file).map((step) => step.step), [3]);
  });
});
