// UI check of "Design Doc: Import Document…": a real published design doc (system-design-primer's
// Mint.com write-up) picked from the open editors, its proposed placement shown in the panel, one
// row changed through its select, and the one-file design written.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, activityBarItem, findNotification, runCommand, screenshot, webviewFrameWith } from '../e2e/harness';
import type { UiCheck } from '../e2e/ui-session';
import { openFile } from './open-file';

const ORIGINAL = path.join(REPO_ROOT, 'test/fixtures/real-docs-import/sdp-mint/original.md');

export const importChecks: UiCheck[] = [
  {
    name: 'Import Document proposes a place for each section, takes a change, and writes the design',
    fn: async ({ page, workspace }) => {
      const target = path.join(workspace, 'imports', 'mint.md');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(ORIGINAL, target);
      // Keys typed into a webview (the form of the check before) stay there: focus a text editor,
      // or the Explorer, before F1. Then a clean window for the README's screenshot: no editors left
      // from earlier checks, no panel.
      const editor = page.locator('.part.editor .monaco-editor .view-lines').first();
      if (await editor.isVisible()) await editor.click();
      else await activityBarItem(page, 'Explorer').click();
      await runCommand(page, 'View: Close All Editor Groups');
      // Earlier checks leave edits unsaved: VS Code asks about them; they are not needed any more.
      const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
      if (await dontSave.waitFor({ timeout: 3_000 }).then(() => true, () => false)) await dontSave.click();
      if (await page.locator('.part.panel').isVisible()) await runCommand(page, 'View: Hide Panel').catch(() => undefined);
      await openFile(page, 'imports/mint.md', 1);
      await runCommand(page, 'Design Doc: Import Document…', 15_000, { opensInput: true });
      const picker = page.locator('.quick-input-widget');
      await picker.locator('.quick-input-list .monaco-list-row', { hasText: 'mint.md' }).first().click();
      await picker.waitFor({ state: 'hidden', timeout: 10_000 });

      const frame = await webviewFrameWith(page, 'h1', 'Import mint.md as a design');
      const useCases = frame.locator('tr', { has: frame.locator('.heading', { hasText: /^Use cases$/ }) });
      await useCases.locator('.reason', { hasText: 'the heading is Use cases' }).waitFor({ timeout: 10_000 });
      const preamble = frame.locator('vscode-single-select[data-section="0"]');
      await preamble.click();
      await preamble.locator('li[role="option"]', { hasText: '1 · Problem statement' }).click();
      await frame.locator('tr[data-section="0"] .reason.changed').waitFor({ timeout: 10_000 });
      await frame.locator('.summary', { hasText: /\d+ of \d+ sections placed/ }).waitFor({ timeout: 5_000 });
      await screenshot(page, 'import');

      await frame.locator('#import-button').click();
      await findNotification(page, 'mint.md is now a one-file design, not saved yet', 20_000);
      // The rewritten document is open and unsaved, like any edit: the user saves it.
      const tab = page.locator('.tabs-container .tab.active.dirty', { hasText: 'mint.md' }).first();
      await tab.waitFor({ timeout: 10_000 });
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+S');
      const started = Date.now();
      let text = '';
      while (!/design-steps:/.test(text)) {
        if (Date.now() - started > 20_000) throw new Error(`mint.md was not written as a design; it starts: ${text.slice(0, 200)}`);
        await page.waitForTimeout(250);
        text = fs.readFileSync(target, 'utf8');
      }
      const step1 = text.slice(text.indexOf('# Validate the need'), text.indexOf('\n# ', text.indexOf('# Validate the need') + 1));
      if (!/## Problem statement[\s\S]*This document links directly/.test(step1)) throw new Error(`the text before the first heading is not under Problem statement in step 1:\n${step1.slice(0, 400)}`);
    },
  },
];
