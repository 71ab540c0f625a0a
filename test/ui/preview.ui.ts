// UI checks of the assembled preview: the status table and a drawn Mermaid diagram, a live update
// after an edit, and the XSS corpus staying inert inside the real webview.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, RUNS_DIR, runCommand, screenshot, webviewFrame } from '../e2e/harness';
import type { Page } from '../e2e/playwright';
import type { UiCheck } from '../e2e/ui-session';
import { goToLine, openFile } from './open-file';

/** A design whose step 1 holds every payload of the corpus, plus two that would raise a flag. */
export function xssWorkspaceFolder(): string {
  const folder = path.join(RUNS_DIR, 'fixtures', 'xss-design');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const payloads = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/xss/payloads.md'), 'utf8').replace(/^# .*\n/, '');
  const flag = `<img src=x onerror="document.body.setAttribute('data-pwned','1')">\n\n<svg onload="document.body.setAttribute('data-pwned','1')"></svg>\n`;
  fs.writeFileSync(
    path.join(folder, '01-justification.md'),
    `---\ndesign: Hostile input\ndesign-step: 1\n---\n# Validate the need\n\n## Problem statement\n\n${flag}\n${payloads}\n## Proposed solution\n\nNone.\n\n## Existing solutions\n\nNone.\n`,
  );
  return folder;
}

async function previewFrame(page: Page, title: string) {
  const tab = page.locator('.tabs-container .tab', { hasText: `Preview: ${title}` }).first();
  await tab.waitFor({ timeout: 20_000 });
  await tab.click();
  // The active webview is the visible one: find its frame by the document it shows.
  const frames = page.locator('iframe.webview.ready');
  const count = await frames.count();
  for (let index = count - 1; index >= 0; index--) {
    const frame = webviewFrame(page, index);
    if ((await frame.locator(`article h1`, { hasText: title }).count()) > 0) return frame;
  }
  return webviewFrame(page, count - 1);
}

export const previewChecks: UiCheck[] = [
  {
    name: 'the preview shows the status table and draws the Mermaid diagrams',
    fn: async ({ page }) => {
      await openFile(page, 'url-shortener/06-components.md', 1);
      await runCommand(page, 'Design Doc: Preview Assembled Document');
      const frame = await previewFrame(page, 'URL shortener');
      await frame.locator('article table').first().waitFor({ timeout: 30_000 });
      await frame.locator('article table', { hasText: 'Estimate scale' }).first().waitFor({ timeout: 10_000 });
      await frame.locator('article figure.diagram svg').first().waitFor({ timeout: 30_000 });
      await frame.locator('article figure.diagram svg').first().scrollIntoViewIfNeeded();
      await screenshot(page, 'preview');
    },
  },
  {
    name: 'the preview follows an edit of a step file',
    fn: async ({ page }) => {
      await page.locator('.tabs-container .tab', { hasText: '06-components.md' }).first().click();
      await goToLine(page, 7);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Edited while the preview was open.');
      const frame = await previewFrame(page, 'URL shortener');
      await frame.locator('article p', { hasText: 'Edited while the preview was open.' }).waitFor({ timeout: 20_000 });
    },
  },
  {
    name: 'no script of the XSS corpus runs in the preview',
    fn: async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await openFile(page, 'hostile/01-justification.md', 1);
      await runCommand(page, 'Design Doc: Preview Assembled Document');
      const frame = await previewFrame(page, 'Hostile input');
      // The corpus's ### headings sit one level deeper in the assembled document.
      await frame.locator('article h4').nth(40).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(2000);
      const report = await frame.locator('article#document').evaluate((article) => {
        const body = article.ownerDocument.body;
        return {
        pwned: body.getAttribute('data-pwned'),
        scripts: body.querySelectorAll('article script').length,
        handlers: Array.from(body.querySelectorAll('article *')).filter((node) => Array.from(node.attributes).some((attribute) => /^on/i.test(attribute.name))).length,
        frames: body.querySelectorAll('article iframe, article object, article embed').length,
        javascriptLinks: Array.from(body.querySelectorAll('article [href], article [src]')).filter((node) => /^\s*(javascript|vbscript|data):/i.test(node.getAttribute('href') ?? node.getAttribute('src') ?? '')).length,
        };
      });
      if (report.pwned || report.scripts || report.handlers || report.frames || report.javascriptLinks || dialogs.length) {
        throw new Error(`a payload was live: ${JSON.stringify({ ...report, dialogs })}`);
      }
    },
  },
];
