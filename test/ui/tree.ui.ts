// UI checks of the sidebar as a user clicks it: the example design's steps, revealing an artifact,
// and New Design… from the palette.
import fs from 'node:fs';
import path from 'node:path';
import { openViewContainer, runCommand, screenshot, treeRow } from '../e2e/harness';
import type { UiCheck } from '../e2e/ui-session';

export const STEP_TITLES = [
  '1. Validate the need',
  '2. Clarify requirements',
  '3. Estimate scale',
  '4. Define interfaces and data models',
  '5. Define data flow and storage',
  '6. Define high-level components',
  '7. Design individual components',
];

export const treeChecks: UiCheck[] = [
  {
    name: 'the Design Docs container shows the example design with seven complete steps',
    fn: async ({ page }) => {
      await openViewContainer(page, 'Design Docs');
      await treeRow(page, 'URL shortener', { exact: true }).first().waitFor({ timeout: 30_000 });
      // Rows in order, with their tree level: the example design's steps are the level-2 rows after it.
      const rows = await page.locator('.monaco-list-row[role="treeitem"]').evaluateAll((elements) =>
        elements.map((element) => ({
          label: element.querySelector('.label-name')?.textContent?.trim() ?? '',
          level: element.getAttribute('aria-level'),
          icons: Array.from(element.querySelectorAll('.codicon'), (icon) => icon.className).join(' '),
        })),
      );
      const start = rows.findIndex((row) => row.label === 'URL shortener');
      const steps = rows.slice(start + 1, start + 1 + STEP_TITLES.length);
      if (steps.map((row) => row.label).join('|') !== STEP_TITLES.join('|')) throw new Error(`steps under URL shortener: ${JSON.stringify(steps)}`);
      for (const step of steps) {
        if (!step.icons.includes('codicon-pass-filled')) throw new Error(`${step.label} has no "complete" icon (icons: ${step.icons})`);
      }
      await screenshot(page, 'tree');
    },
  },
  {
    name: 'expanding a step and clicking an artifact reveals its heading in the editor',
    fn: async ({ page, workspace }) => {
      // Clicking a step opens its file; the keyboard expands it, as a user without a mouse would.
      const example = treeRow(page, 'URL shortener', { exact: true }).first();
      const scaleStep = page.locator('.monaco-list-row[role="treeitem"]').filter({ hasText: STEP_TITLES[2] ?? '' }).last();
      await example.waitFor();
      await scaleStep.click();
      await page.keyboard.press('ArrowRight');
      await page.locator('.monaco-list-row[role="treeitem"]').filter({ hasText: 'Throughput per operation' }).last().click();
      const tab = page.locator('.tabs-container .tab.active', { hasText: '03-scale.md' }).first();
      await tab.waitFor({ timeout: 15_000 });
      const lines = fs.readFileSync(path.join(workspace, 'url-shortener', '03-scale.md'), 'utf8').split('\n');
      const headingLine = lines.findIndex((line) => line.startsWith('## Throughput per operation')) + 1;
      const cursor = page.locator('.statusbar-item[id="status.editor.selection"]');
      await cursor.filter({ hasText: new RegExp(`Ln ${headingLine},`) }).waitFor({ timeout: 10_000 });
      await page.locator('.monaco-editor .view-line', { hasText: '## Throughput per operation' }).first().waitFor({ timeout: 5_000 });
      await screenshot(page, 'tree-artifact');
    },
  },
  {
    name: 'New Design… from the palette creates the design and shows it in the tree',
    fn: async ({ page, workspace }) => {
      await runCommand(page, 'Design Doc: New Design…', 15_000, { opensInput: true });
      const input = page.locator('.quick-input-widget input');
      await page.locator('.quick-input-widget', { hasText: 'New Design' }).waitFor({ timeout: 10_000 });
      await input.fill('Billing Service');
      await page.keyboard.press('Enter');
      // With no configuration above the folder, New Design offers the built-in catalogues; the seven steps come first.
      const templates = page.locator('.quick-input-widget', { hasText: 'New Design: template' });
      await templates.waitFor({ timeout: 10_000 });
      await templates.locator('.monaco-list-row', { hasText: 'arc42' }).first().waitFor({ timeout: 10_000 });
      await templates.locator('.monaco-list-row', { hasText: 'Seven steps' }).first().click();
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
      await treeRow(page, 'Billing Service').first().waitFor({ timeout: 15_000 });
      const folder = path.join(workspace, 'docs', 'design', 'billing-service');
      const files = fs.readdirSync(folder).sort();
      if (files.length !== 7) throw new Error(`expected 7 step files in ${folder}, found ${files.join(', ')}`);
      await page.locator('.tabs-container .tab.active', { hasText: '01-justification.md' }).waitFor({ timeout: 10_000 });
    },
  },
];
