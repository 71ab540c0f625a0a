// The UI checks of the example design, on the same design kept in one file (design-steps: all):
// the tree and a step revealing its heading, a finding appearing as you type, a quick fix from the
// light bulb inserting inside the right step, a form edit touching only its step, the preview.
// Runs in a session of its own, on a workspace holding just that file.
import fs from 'node:fs';
import path from 'node:path';
import { openViewContainer, readProblems, runCommand, treeRow, webviewFrameWith } from '../e2e/harness';
import type { Page } from '../e2e/playwright';
import type { UiCheck } from '../e2e/ui-session';
import { goToLine, lightBulbFix } from './open-file';
import { STEP_TITLES } from './tree.ui';

const TITLE = 'URL shortener (one file)';
const FILE = 'one-file/url-shortener.md';
const STEP2 = '# Requirements';
const STEP3 = '# Step 3: Estimate scale';
const STEP4 = '# 4. API';
const SENTENCE = 'Checked again after the spring campaign.';

/** 1-based line of the line that is exactly `text`. */
function lineOf(text: string, line: string): number {
  const index = text.split(/\r?\n/).indexOf(line);
  if (index < 0) throw new Error(`no line "${line}"`);
  return index + 1;
}

/** The file's text outside a step's part: from its heading (`from`) to the next step's (`to`). */
function outside(text: string, from: string, to: string): string {
  return text.slice(0, text.indexOf(from)) + text.slice(text.indexOf(to));
}

async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty', { hasText: 'url-shortener.md' }).waitFor({ state: 'detached', timeout: 10_000 });
}

/** Polls the file on disk until `accept` holds; the error shows what is there. */
async function fileText(page: Page, file: string, accept: (text: string) => boolean, what: string): Promise<string> {
  const started = Date.now();
  for (;;) {
    const text = fs.readFileSync(file, 'utf8');
    if (accept(text)) return text;
    if (Date.now() - started > 15_000) throw new Error(`${what}; the file holds:\n${text.slice(0, 600)}`);
    await page.waitForTimeout(200);
  }
}

let original = '';

export const oneFileChecks: UiCheck[] = [
  {
    name: 'one file 1/4: the tree shows its seven steps, complete, and a step opens at its # heading',
    fn: async ({ page, workspace }) => {
      original = fs.readFileSync(path.join(workspace, FILE), 'utf8');
      await openViewContainer(page, 'Design Docs');
      await treeRow(page, TITLE, { exact: true }).first().waitFor({ timeout: 30_000 });
      const rows = await page.locator('.monaco-list-row[role="treeitem"]').evaluateAll((elements) =>
        elements.map((element) => ({ label: element.querySelector('.label-name')?.textContent?.trim() ?? '', icons: Array.from(element.querySelectorAll('.codicon'), (icon) => icon.className).join(' ') })),
      );
      const start = rows.findIndex((row) => row.label === TITLE);
      const steps = rows.slice(start + 1, start + 1 + STEP_TITLES.length);
      if (steps.map((row) => row.label).join('|') !== STEP_TITLES.join('|')) throw new Error(`steps under ${TITLE}: ${JSON.stringify(steps)}`);
      for (const step of steps) if (!step.icons.includes('codicon-pass-filled')) throw new Error(`${step.label} has no "complete" icon (icons: ${step.icons})`);
      await treeRow(page, '3. Estimate scale', { exact: true }).first().click();
      await page.locator('.tabs-container .tab.active', { hasText: 'url-shortener.md' }).waitFor({ timeout: 10_000 });
      await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: `Ln ${lineOf(original, STEP3)},` }).waitFor({ timeout: 10_000 });
    },
  },
  {
    name: 'one file 2/4: deleting a section of step 2 is reported as you type, and the light bulb puts it back inside step 2',
    fn: async ({ page, workspace }) => {
      // Select "## Availability" and its text, up to the next section, and delete it.
      const from = lineOf(original, '## Availability');
      const to = lineOf(original, '## Security requirements');
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await goToLine(page, from);
      for (let line = from; line < to; line++) await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Delete');
      await readProblems(page, { waitFor: /Step 2 has no "## Availability" section/, timeoutMs: 20_000 });

      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await goToLine(page, lineOf(original, STEP2));
      const fix = await lightBulbFix(page, 'Add the "Availability" section');
      await fix.click();
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'has no "## Availability" section' }).waitFor({ state: 'detached', timeout: 15_000 });
      await save(page);
      const text = await fileText(page, path.join(workspace, FILE), (written) => written.includes('## Availability'), 'the fix did not add "## Availability"');
      const at = text.indexOf('## Availability');
      if (!(text.indexOf(STEP2) < at && at < text.indexOf(STEP3))) throw new Error('"## Availability" was not inserted inside step 2');
      if (outside(text, STEP2, STEP3) !== outside(original, STEP2, STEP3)) throw new Error('the fix changed text outside step 2');
    },
  },
  {
    name: 'one file 3/4: the form of the step the cursor is in edits only that step',
    fn: async ({ page, workspace }) => {
      const before = fs.readFileSync(path.join(workspace, FILE), 'utf8');
      await goToLine(page, lineOf(before, '## Throughput per operation'));
      await runCommand(page, 'Design Doc: Open Step Form');
      const form = await webviewFrameWith(page, 'h1', 'Estimate scale');
      const field = form.locator('vscode-textarea[aria-label="Scale summary"]');
      await field.waitFor({ timeout: 20_000 });
      await field.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(` ${SENTENCE}`);
      const tab = page.locator('.tabs-container .tab', { hasText: 'url-shortener.md' }).first();
      await page.locator('.tabs-container .tab.dirty', { hasText: 'url-shortener.md' }).first().waitFor({ timeout: 15_000 });
      await tab.click();
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
      await save(page);
      const text = await fileText(page, path.join(workspace, FILE), (written) => written.includes(SENTENCE), 'the form edit is not in the file');
      const at = text.indexOf(SENTENCE);
      if (!(text.indexOf('## Scale summary') < at && at < text.indexOf('## Throughput per operation'))) throw new Error('the form wrote outside the Scale summary section');
      if (outside(text, STEP3, STEP4) !== outside(before, STEP3, STEP4)) throw new Error('the form edit changed text outside step 3');
    },
  },
  {
    name: 'one file 4/4: the preview assembles the one file with the edit',
    fn: async ({ page }) => {
      await runCommand(page, 'Design Doc: Preview Assembled Document');
      const preview = await webviewFrameWith(page, 'article h1', TITLE);
      await preview.locator('article table', { hasText: 'Estimate scale' }).first().waitFor({ timeout: 15_000 });
      await preview.locator('article', { hasText: SENTENCE }).first().waitFor({ timeout: 15_000 });
    },
  },
];
