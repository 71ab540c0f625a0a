// An organisation's .design-docs.yaml in the real extension host: saved into the workspace, it
// changes the Problems panel, the tree's counts, the form's fields and the preview of the example
// design; under docs/drafts/** it turns placeholder-text off; removed, everything is as before.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DesignTreeNode } from '../../src/extension/tree';
import type { PreviewPanel } from '../../src/extension/preview-panel';
import type { StepFormPanel } from '../../src/extension/form-panel';
import { api, corePath, diagnosticsOf, revertAll, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const CONFIG = [
  'extends: seven-steps',
  'steps:',
  '  - step: 2',
  '    artifacts:',
  '      - id: stakeholders',
  '        title: Approvers',
  '  - step: 7',
  '    artifacts:',
  '      - id: replication-and-caching',
  '        optional: true',
  '      - id: alternatives-considered',
  '        title: Alternatives considered',
  '        summary: The designs you weighed for the hard parts, and why this one won.',
  '      - id: rollout-plan',
  '        title: Rollout plan',
  '        summary: How the system reaches production safely, and how to roll it back.',
  'statuses:',
  '  reviewers: 2',
  'overrides:',
  '  - files: ["docs/drafts/**"]',
  '    rules:',
  '      placeholder-text: "off"',
  '',
].join('\n');

const config = () => workspaceFile('.design-docs.yaml');
const drafts = () => workspaceFile('docs');
const step = (name: string) => workspaceFile('url-shortener', name);
const encoder = new TextEncoder();

async function stepItem(number: number): Promise<vscode.TreeItem | undefined> {
  const { tree } = await api();
  const design = (await tree.getChildren()).find((node) => node.kind === 'design' && node.report.title === 'URL shortener');
  const node = design && (await tree.getChildren(design)).find((candidate: DesignTreeNode) => candidate.kind === 'step' && candidate.step.step === number);
  return node && tree.getTreeItem(node);
}

async function artifactTitles(number: number): Promise<string[]> {
  const { tree } = await api();
  const design = (await tree.getChildren()).find((node) => node.kind === 'design' && node.report.title === 'URL shortener');
  const node = design && (await tree.getChildren(design)).find((candidate: DesignTreeNode) => candidate.kind === 'step' && candidate.step.step === number);
  return node ? (await tree.getChildren(node)).map((child) => String(tree.getTreeItem(child).label)) : [];
}

suite('Organisation configuration', () => {
  suiteSetup(async () => {
    await api();
  });

  teardown(async () => {
    await revertAll();
    await vscode.workspace.fs.delete(config()).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(drafts(), { recursive: true }).then(undefined, () => undefined);
    await waitForDiagnostics(step('07-component-design.md'), (rules) => rules.length === 0, 'the example to be clean again without the configuration');
  });

  test('adds, renames and relaxes sections, asks for two reviewers, and is followed when saved and removed', async () => {
    await waitForDiagnostics(step('07-component-design.md'), (rules) => rules.length === 0, 'the clean example');
    await vscode.workspace.fs.writeFile(config(), encoder.encode(CONFIG));

    // Problems: the two added sections of step 7 are missing.
    const rules = await waitForDiagnostics(step('07-component-design.md'), (found) => found.filter((rule) => rule.startsWith('missing-artifact@')).length === 2, 'the two sections the configuration adds');
    assert.deepEqual(rules, ['missing-artifact@3', 'missing-artifact@3']);
    const messages = vscode.languages.getDiagnostics(step('07-component-design.md')).map((diagnostic) => diagnostic.message);
    assert.ok(messages.some((message) => message.startsWith('Step 7 has no "## Rollout plan" section.')), messages.join('\n'));

    // Tree: step 7 counts its seven sections (the optional one is written), step 2 shows "Approvers".
    const item = await waitFor(async () => {
      const candidate = await stepItem(7);
      return candidate?.description === '5/7 · in-review' ? candidate : undefined;
    }, 'step 7 to count 5 of 7 sections');
    assert.equal(item.description, '5/7 · in-review');
    assert.deepEqual((await artifactTitles(2)).slice(-1), ['Approvers']);
    assert.deepEqual((await artifactTitles(7)).slice(-2), ['Alternatives considered', 'Rollout plan']);

    // Form: step 7 has the two new fields; step 2's last field is Approvers.
    const form = await vscode.commands.executeCommand<StepFormPanel | undefined>('designDocs.openStepForm', step('07-component-design.md'));
    assert.ok(form, 'Open Step Form returned no panel');
    const fields = await waitFor(() => {
      const titles = form.state()?.model.fields.map((field) => field.title);
      return titles?.includes('Rollout plan') ? titles : undefined;
    }, 'the form to show the added fields');
    assert.deepEqual(fields.slice(-2), ['Alternatives considered', 'Rollout plan']);

    // Preview: the status table counts 5 of 7 for step 7 and the missing sections are marked.
    const preview = await vscode.commands.executeCommand<PreviewPanel | undefined>('designDocs.previewDesign', corePath(workspaceFile('url-shortener')));
    assert.ok(preview, 'no preview panel');
    const rendered = await waitFor(async () => {
      const html = (await preview.render())?.html;
      return html?.includes('Rollout plan') ? html : undefined;
    }, 'the preview to show the added sections');
    assert.match(rendered, /Design individual components[\s\S]*?In review[\s\S]*?5\/7/);

    // Two reviewers: step 3 down to one reviewer is reported.
    const scale = await vscode.workspace.openTextDocument(step('03-scale.md'));
    const editor = await vscode.window.showTextDocument(scale);
    const reviewersLine = [...Array(scale.lineCount).keys()].find((line) => scale.lineAt(line).text.startsWith('reviewers:'));
    assert.ok(reviewersLine !== undefined);
    assert.ok(await editor.edit((edit) => edit.replace(scale.lineAt(reviewersLine).range, 'reviewers: [li]')));
    await waitForDiagnostics(step('03-scale.md'), (found) => found.includes(`approved-without-reviewers@${reviewersLine + 1}`), 'a step approved by one of the two reviewers needed');
  });

  test('turns placeholder-text off under docs/drafts/** and nowhere else', async () => {
    await vscode.workspace.fs.writeFile(config(), encoder.encode(CONFIG));
    const draft = workspaceFile('docs', 'drafts', 'idea', '01-justification.md');
    await vscode.workspace.fs.writeFile(draft, encoder.encode('---\ndesign: Idea\ndesign-step: 1\n---\n# Validate the need\n\n## Problem statement\n\nTBD\n'));
    const draftRules = await waitForDiagnostics(draft, (found) => found.some((rule) => rule.startsWith('missing-artifact@')), 'the draft design to be checked');
    assert.ok(!draftRules.some((rule) => rule.startsWith('placeholder-text@')), draftRules.join(', '));

    const justification = await vscode.workspace.openTextDocument(step('01-justification.md'));
    const editor = await vscode.window.showTextDocument(justification);
    assert.ok(await editor.edit((edit) => edit.insert(justification.lineAt(justification.lineCount - 1).range.end, '\n\nTBD\n')));
    await waitForDiagnostics(step('01-justification.md'), (found) => found.some((rule) => rule.startsWith('placeholder-text@')), 'placeholder-text outside the drafts');
    assert.deepEqual(diagnosticsOf(draft).filter((rule) => rule.startsWith('placeholder-text@')), []);
  });
});
