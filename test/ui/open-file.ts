// Opening a file at a line, as a user does: Quick Open, then Go to Line.
import type { Page } from '../e2e/playwright';

/** Quick Open the file, then Go to Line `line:column`, waiting for each picker to close. */
export async function openFile(page: Page, relativePath: string, line: number, column = 1): Promise<void> {
  const picker = page.locator('.quick-input-widget');
  await page.keyboard.press('Control+P');
  await picker.waitFor({ state: 'visible', timeout: 10_000 });
  // fill() sets the whole query at once: typed keys can be lost while the picker is still opening.
  await picker.locator('input').fill(relativePath);
  const name = relativePath.split('/').pop() ?? relativePath;
  const folder = relativePath.split('/').slice(0, -1).join('/');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).filter({ hasText: folder }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
  await picker.waitFor({ state: 'hidden', timeout: 10_000 });
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 10_000 });
  await goToLine(page, line, column);
}

/** Go to Line in the active text editor, waiting until the cursor is there. */
export async function goToLine(page: Page, line: number, column = 1): Promise<void> {
  const picker = page.locator('.quick-input-widget');
  await page.keyboard.press('Control+G');
  await picker.waitFor({ state: 'visible', timeout: 10_000 });
  await picker.locator('input').fill(`:${line}:${column}`);
  // Enter only once the picker has read the query, or it is lost on a busy machine.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: `line ${line}` }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await picker.waitFor({ state: 'hidden', timeout: 10_000 });
  await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 10_000 });
}

/**
 * Opens the light bulb (Ctrl+.) at the cursor until the fix titled `title` shows, and returns its
 * row: the fixes are computed a moment after an edit, so the menu is asked for again.
 */
export async function lightBulbFix(page: Page, title: string) {
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await fix.waitFor({ timeout: 5_000 });
      return fix;
    } catch (error) {
      if (attempt === 2) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
