// A section marked "N/A: <reason>" in the real extension host: the tree shows it as N/A with its
// reason, Problems has no missing/empty finding for it, and the completeness report lists it.
// Works on the "partial" design (test/fixtures/designs/partial), whose Availability holds "TODO".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DesignTreeNode } from '../../src/extension/tree';
import { api, revertAll, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const requirements = () => workspaceFile('partial', '02-requirements.md');
const REASON = 'fan-out is best effort; producers retry on their own.';

/** The tree item of step 2's Availability artifact in the "Notification fan-out" design. */
async function availabilityItem(): Promise<vscode.TreeItem | undefined> {
  const { tree } = await api();
  const design = (await tree.getChildren()).find((node) => node.kind === 'design' && node.report.title === 'Notification fan-out');
  if (!design) return undefined;
  const step = (await tree.getChildren(design))[1];
  const artifact = step && (await tree.getChildren(step)).find((node: DesignTreeNode) => node.kind === 'artifact' && node.artifact.id === 'availability');
  return artifact && tree.getTreeItem(artifact);
}

/** Diagnostics of the file as `rule@line: message`, for assertions that name the section. */
function messagesOf(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'Design Docs')
    .map((diagnostic) => `${typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)}@${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
}

/** Replaces the file's last line (Availability's "TODO") in the editor, unsaved. */
async function writeAvailability(text: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(requirements());
  const editor = await vscode.window.showTextDocument(document);
  const last = [...Array(document.lineCount).keys()].reverse().find((line) => document.lineAt(line).text.trim() !== '');
  assert.ok(last !== undefined);
  assert.equal(document.lineAt(last).text, 'TODO', 'the fixture ends with the empty Availability section');
  assert.ok(await editor.edit((edit) => edit.replace(document.lineAt(last).range, text)));
  return document;
}

suite('Not applicable', () => {
  suiteSetup(async () => {
    await api();
  });
  teardown(revertAll);

  test('an N/A section shows as N/A with its reason in the tree and raises no missing/empty finding', async () => {
    await waitForDiagnostics(requirements(), (rules) => rules.includes('empty-artifact@20'), 'the empty Availability finding of the fixture');
    const document = await writeAvailability(`N/A: ${REASON}`);

    const item = await waitFor(async () => {
      const candidate = await availabilityItem();
      return candidate?.contextValue === 'artifact-not-applicable' ? candidate : undefined;
    }, 'Availability to show as not applicable in the tree');
    assert.equal(item.description, `N/A — ${REASON}`);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'circle-slash');
    assert.match(String(item.tooltip), /not applicable: fan-out is best effort/);

    const rules = await waitForDiagnostics(requirements(), (found) => !found.some((rule) => rule.startsWith('empty-artifact@')), 'the empty-artifact finding to go');
    // The three other missing sections and the untraced use case are still reported; nothing names Availability.
    assert.deepEqual(rules, ['missing-artifact@3', 'missing-artifact@3', 'missing-artifact@3', 'untraced-use-case@12']);
    assert.deepEqual(messagesOf(requirements()).filter((line) => /Availability/.test(line)), []);
    assert.equal(document.isDirty, true, 'nothing was saved behind the user');

    // The step's count includes it, and the completeness report lists it with its reason.
    const { tree, report } = await api();
    const design = (await tree.getChildren()).find((node) => node.kind === 'design' && node.report.title === 'Notification fan-out');
    assert.ok(design);
    const step = (await tree.getChildren(design))[1];
    assert.ok(step);
    assert.equal(tree.getTreeItem(step).description, '3/6 · draft');
    await vscode.commands.executeCommand('designDocs.checkCompleteness');
    const row = report.view?.designs.find((view) => view.title === 'Notification fan-out')?.steps[1];
    assert.deepEqual(row?.notApplicable, [{ title: 'Availability', reason: REASON }]);
    assert.equal(row?.present, 3);
  });

  test('a bare "N/A" asks for the reason, at the marker', async () => {
    await writeAvailability('N/A');
    const item = await waitFor(async () => {
      const candidate = await availabilityItem();
      return candidate?.description === 'N/A without a reason — add one' ? candidate : undefined;
    }, 'Availability to show as N/A without a reason');
    assert.equal(item.contextValue, 'artifact-empty');
    await waitForDiagnostics(requirements(), (rules) => rules.includes('empty-artifact@22'), 'empty-artifact at the marker line');
    assert.ok(messagesOf(requirements()).some((line) => line.startsWith('empty-artifact@22: "Availability" is marked not applicable but gives no reason.')));
  });
});
