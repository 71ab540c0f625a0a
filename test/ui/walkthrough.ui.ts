// A new user in an empty folder follows the walkthrough, button by button, from "New Design…" to the
// assembled preview, writing one sentence in a step form on the way. Each step must tick itself off.
import fs from 'node:fs';
import path from 'node:path';
import { runCommand, screenshot, treeRow, webviewFrameWith } from '../e2e/harness';
import type { Page } from '../e2e/playwright';
import type { UiCheck } from '../e2e/ui-session';

const WALKTHROUGH = 'system-design-docs.system-design-docs#getStarted';
const DESIGN_NAME = 'Payments ledger';
const SENTENCE = 'Finance reconciles card payments by hand every night.';

const firstStepSelector = `.getting-started-step[data-step-id="${WALKTHROUGH}#newDesign"]`;

async function firstStepEnabled(page: Page): Promise<boolean> {
  const firstStep = page.locator(firstStepSelector);
  return (await firstStep.count()) > 0 && (await firstStep.isVisible()) && (await firstStep.isEnabled());
}

/** Our walkthrough in front, showing its steps (not the Welcome overview, which hides finished walkthroughs). */
async function showWalkthrough(page: Page): Promise<void> {
  await focusWalkthroughTab(page);
  if (await firstStepEnabled(page)) return;
  await runCommand(page, 'Welcome: Open Walkthrough...', 15_000, { opensInput: true });
  await page.locator('.quick-input-widget input').fill('Design a system in seven steps');
  // Enter, not a click: a hover card over the list can take the pointer.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Design a system in seven steps' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((selector) => {
    const step = document.querySelector<HTMLButtonElement>(selector);
    return step !== null && !step.disabled && step.offsetParent !== null;
  }, firstStepSelector, { timeout: 20_000 });
}

async function focusWalkthroughTab(page: Page): Promise<boolean> {
  const tab = page.locator('.tabs-container .tab', { hasText: /Walkthrough: System Design Docs|Welcome/ }).first();
  if ((await tab.count()) === 0) return false;
  await tab.click();
  return true;
}

/** Expands a walkthrough step and presses its button, as a user does. */
async function pressStepButton(page: Page, stepId: string, button: string): Promise<void> {
  await showWalkthrough(page);
  const step = page.locator(`.getting-started-step[data-step-id="${WALKTHROUGH}#${stepId}"]`);
  if ((await step.getAttribute('aria-expanded')) !== 'true') await step.locator('.step-title').click();
  const action = step.locator('.button-container .monaco-button', { hasText: button });
  await action.waitFor({ state: 'visible', timeout: 10_000 });
  await action.click();
}

async function expectStepDone(page: Page, stepId: string): Promise<void> {
  const done = page.locator(`.codicon-getting-started-step-checked[data-done-step-id="${WALKTHROUGH}#${stepId}"]`);
  // Once every step is done VS Code may return to the overview; the step list stays in the page.
  if ((await focusWalkthroughTab(page)) && (await done.waitFor({ state: 'attached', timeout: 3_000 }).then(() => true, () => false))) return;
  // The tab was replaced (a file opened in its place) or shows another page: bring our walkthrough back.
  await showWalkthrough(page);
  await done.waitFor({ state: 'attached', timeout: 15_000 });
}

async function pickInQuickInput(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(text);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

export const walkthroughChecks: UiCheck[] = [
  {
    name: 'walkthrough 1/5: "New Design…" writes the seven step files',
    fn: async ({ page, workspace }) => {
      await pressStepButton(page, 'newDesign', 'New Design…');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(DESIGN_NAME);
      await page.keyboard.press('Enter');
      // The template picker: the seven steps, clicked as a user does (an Enter can reach the picker
      // before its list takes keys on a busy machine).
      const templates = page.locator('.quick-input-widget', { hasText: 'New Design: template' });
      await templates.waitFor({ timeout: 10_000 });
      await templates.locator('.monaco-list-row', { hasText: 'Seven steps' }).first().click();
      await page.locator('.tabs-container .tab', { hasText: '01-justification.md' }).first().waitFor({ timeout: 15_000 });
      const folder = path.join(workspace, 'docs', 'design', 'payments-ledger');
      const files = fs.readdirSync(folder).filter((name) => /^0[1-7]-.*\.md$/.test(name));
      if (files.length !== 7) throw new Error(`expected 7 step files in ${folder}, found ${files.join(', ')}`);
      await expectStepDone(page, 'newDesign');
    },
  },
  {
    name: 'walkthrough 2/5: the Designs view lists the new design',
    fn: async ({ page }) => {
      await pressStepButton(page, 'openView', 'Show the Designs View');
      await treeRow(page, DESIGN_NAME).first().waitFor({ timeout: 15_000 });
      await expectStepDone(page, 'openView');
    },
  },
  {
    name: 'walkthrough 3/5: "Open Step Form" asks for a step and its form writes the Markdown',
    fn: async ({ page }) => {
      await pressStepButton(page, 'fillStep', 'Open Step Form');
      await pickInQuickInput(page, '1. Validate the need');
      const form = await webviewFrameWith(page, 'h1', 'Validate the need');
      const field = form.locator('section[data-artifact="problem-statement"] vscode-textarea');
      await field.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(SENTENCE);
      // The edit lands in the step file's editor: it turns dirty.
      await page.locator('.tabs-container .tab.dirty', { hasText: '01-justification.md' }).first().waitFor({ timeout: 15_000 });
      await expectStepDone(page, 'fillStep');
    },
  },
  {
    name: 'walkthrough 4/5: "Check Design Completeness" reports what is still missing',
    fn: async ({ page }) => {
      await pressStepButton(page, 'checkDesign', 'Check Design Completeness');
      const report = await webviewFrameWith(page, 'body', DESIGN_NAME);
      await report.getByText(/missing|empty/i).first().waitFor({ timeout: 15_000 });
      await expectStepDone(page, 'checkDesign');
    },
  },
  {
    name: 'walkthrough 5/5: the assembled preview shows the design with the sentence written in the form',
    fn: async ({ page }) => {
      await pressStepButton(page, 'preview', 'Preview Assembled Document');
      await page.locator('.tabs-container .tab', { hasText: `Preview: ${DESIGN_NAME}` }).first().waitFor({ timeout: 20_000 });
      const preview = await webviewFrameWith(page, 'article h1', DESIGN_NAME);
      await preview.locator('article', { hasText: SENTENCE }).first().waitFor({ timeout: 20_000 });
      await screenshot(page, 'walkthrough-preview');
      await expectStepDone(page, 'preview');
    },
  },
];
