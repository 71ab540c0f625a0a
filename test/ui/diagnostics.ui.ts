// UI checks of diagnostics: the Problems panel, a quick fix from the light bulb, and the report.
import { findNotification, readProblems, runCommand, screenshot, webviewFrame } from '../e2e/harness';
import type { UiCheck } from '../e2e/ui-session';
import { lightBulbFix, openFile } from './open-file';

export const diagnosticsChecks: UiCheck[] = [
  {
    name: 'the Problems panel lists the planted gaps of the copy with gaps',
    fn: async ({ page }) => {
      const rows = await readProblems(page, { waitFor: /no "## Stakeholders" section/, timeoutMs: 30_000 });
      const text = rows.join('\n');
      for (const expected of [/"Delete link" has throughput in step 3 but is not in the API/, /"Export click data" has no latency target/, /approved but names no reviewers/, /"TODO" is left in "Scale summary"/]) {
        if (!expected.test(text)) throw new Error(`Problems panel lacks ${String(expected)}; rows:\n${text}`);
      }
      await screenshot(page, 'problems');
    },
  },
  {
    name: 'a quick fix from the light bulb adds the missing reviewer',
    fn: async ({ page }) => {
      await openFile(page, 'gaps/07-component-design.md', 5, 13);
      await lightBulbFix(page, 'Add a reviewer');
      // The only fix there is focused: Enter applies it, as from the keyboard.
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-line', { hasText: 'reviewers: [reviewer]' }).first().waitFor({ timeout: 10_000 });
      // The placeholder is selected: typing replaces it.
      await page.keyboard.type('Ana');
      await page.locator('.monaco-editor .view-line', { hasText: 'reviewers: [Ana]' }).first().waitFor({ timeout: 10_000 });
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'approved but names no reviewers' }).waitFor({ state: 'detached', timeout: 15_000 });
    },
  },
  {
    name: 'Check Design Completeness opens the report and sums it up',
    fn: async ({ page }) => {
      await runCommand(page, 'Design Doc: Check Design Completeness');
      const frame = webviewFrame(page);
      await frame.locator('h1', { hasText: 'Design completeness' }).waitFor({ timeout: 20_000 });
      await frame.locator('section[aria-label="URL shortener (with gaps)"] table tbody tr').nth(6).waitFor({ timeout: 10_000 });
      await frame.locator('a[data-file]', { hasText: '03-scale.md' }).first().waitFor({ timeout: 10_000 });
      await findNotification(page, /designs?: \d+ complete, \d+ with \d+ open items?/);
      await screenshot(page, 'report');
      await frame.locator('a[data-file]', { hasText: '03-scale.md' }).first().click();
      await page.locator('.tabs-container .tab.active', { hasText: '03-scale.md' }).waitFor({ timeout: 10_000 });
    },
  },
];
