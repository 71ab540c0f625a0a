// UI checks of the step form: open it for step 3, add a throughput row in the table editor and see
// it in the Markdown, then type in the Markdown and see the form follow.
import fs from 'node:fs';
import path from 'node:path';
import { runCommand, screenshot, webviewFrame } from '../e2e/harness';
import type { UiCheck } from '../e2e/ui-session';
import { goToLine, openFile } from './open-file';

export const formChecks: UiCheck[] = [
  {
    name: 'the step form edits the Markdown and follows it',
    fn: async ({ page, workspace }) => {
      await openFile(page, 'url-shortener/03-scale.md', 1);
      await runCommand(page, 'Design Doc: Open Step Form');
      const form = webviewFrame(page);
      await form.locator('h1', { hasText: 'Estimate scale' }).waitFor({ timeout: 30_000 });
      await form.locator('vscode-button[aria-label="Add a row to Throughput per operation"]').click();
      const lastRow = form.locator('section[data-artifact="throughput-per-operation"] tbody tr').last();
      await lastRow.locator('vscode-textfield').first().waitFor({ timeout: 10_000 });
      const cells = ['Export clicks', 'Read', '2', '10'];
      for (const [index, value] of cells.entries()) {
        await lastRow.locator('vscode-textfield').nth(index).click();
        await page.keyboard.type(value);
      }
      // The new row lands after the last one in the Markdown editor on the left.
      const lines = fs.readFileSync(path.join(workspace, 'url-shortener', '03-scale.md'), 'utf8').split('\n');
      const lastRowLine = lines.findIndex((line) => line.startsWith('| Delete link |')) + 1;
      await page.locator('.tabs-container .tab', { hasText: '03-scale.md' }).first().click();
      await goToLine(page, lastRowLine + 1);
      // Lines may wrap in a narrow editor: read the visible text with wraps folded into spaces.
      // Monaco keeps its line elements out of order in the DOM: sort them by their position.
      const visibleText = () =>
        page
          .locator('.editor-group-container.active .monaco-editor .view-lines')
          .first()
          .evaluate((lines) =>
            Array.from(lines.querySelectorAll<HTMLElement>('.view-line'))
              .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
              .map((line) => line.textContent ?? '')
              .join(' ')
              .replace(/\s+/g, ' '),
          );
      const started0 = Date.now();
      while (!(await visibleText()).includes('| Export clicks | Read | 2 | 10 |')) {
        if (Date.now() - started0 > 15_000) throw new Error(`the new row is not in the Markdown editor; it shows: ${(await visibleText()).slice(0, 300)}`);
        await page.waitForTimeout(200);
      }
      await page.locator('.tabs-container .tab.dirty', { hasText: '03-scale.md' }).first().waitFor({ timeout: 5_000 });

      await goToLine(page, lines.indexOf('## Scale summary') + 1);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Revised after the load test.');
      const summary = form.locator('vscode-textarea[aria-label="Scale summary"]');
      const started = Date.now();
      let shown = '';
      while (!shown.includes('Revised after the load test.')) {
        if (Date.now() - started > 15_000) throw new Error(`the form's Scale summary did not follow the Markdown; it shows: ${shown.slice(0, 200)}`);
        await page.waitForTimeout(200);
        shown = await summary.evaluate((element) => (element as HTMLElement & { value: string }).value);
      }
      await screenshot(page, 'form');
    },
  },
];
