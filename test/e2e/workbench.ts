// Workbench helpers: selectors that work against code-server 4.139 (VS Code 1.139) in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Locator, Page } from './playwright';
import { SHOTS_DIR, slug } from './paths';

export type Payload = ReadonlyArray<readonly [string, string]>;

/** Opens http://127.0.0.1:PORT/?folder=<folder>[&payload=...] and waits for the workbench DOM. */
export async function openWorkbench(page: Page, port: number, folder: string,
  opts: { payload?: Payload; timeoutMs?: number } = {}): Promise<void> {
  let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  if (opts.payload && opts.payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(opts.payload))}`;
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: opts.timeoutMs ?? 60_000 });
}

/** Activity-bar entry of a view container, by its title (aria-label). */
export function activityBarItem(page: Page, title: string): Locator {
  return page.locator(`.activitybar .action-item a.action-label[aria-label="${cssString(title)}"]`);
}

/** Shows a view container; does not click when it is already showing (a click would hide it). */
export async function openViewContainer(page: Page, title: string, timeoutMs = 60_000): Promise<void> {
  const icon = activityBarItem(page, title);
  await icon.waitFor({ timeout: timeoutMs });
  const active = page.locator(`.activitybar .action-item.checked a.action-label[aria-label="${cssString(title)}"]`);
  if (!(await active.isVisible())) await icon.click();
  await active.waitFor({ timeout: timeoutMs });
}

/** Tree rows (custom views, explorer) whose text contains `text`, or whose label equals it with exact. */
export function treeRow(page: Page, text: string | RegExp, opts: { exact?: boolean } = {}): Locator {
  const rows = page.locator('.monaco-list-row[role="treeitem"]');
  if (opts.exact && typeof text === 'string') {
    return rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) }) });
  }
  return rows.filter({ hasText: text });
}

/** Waits for the (first) matching tree row and clicks it. */
export async function clickTreeRow(page: Page, text: string | RegExp,
  opts: { exact?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const row = treeRow(page, text, opts).first();
  await row.waitFor({ timeout: opts.timeoutMs ?? 30_000 });
  await row.click();
}

/** Runs a command by its palette title (e.g. "Design Docs: Check") through F1. */
export async function runCommand(page: Page, title: string, timeoutMs = 15_000, opts: { opensInput?: boolean } = {}): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  await page.keyboard.press('F1');
  await widget.waitFor({ state: 'visible', timeout: timeoutMs });
  await page.keyboard.type(title);
  const rows = page.locator('.quick-input-list .monaco-list-row');
  const exact = rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }) });
  try {
    await exact.first().waitFor({ timeout: timeoutMs });
    // Enter when the command is the focused row, as from the keyboard: a hover card over the list
    // can take the pointer from a click.
    if ((await exact.first().getAttribute('class'))?.split(/\s+/).includes('focused')) await page.keyboard.press('Enter');
    else await exact.first().click();
  } catch (e) {
    const shown = await rows.allInnerTexts().catch(() => []);
    await page.keyboard.press('Escape');
    throw new Error(`command "${title}" not in the palette (rows: ${JSON.stringify(shown.slice(0, 8))}): ${errorText(e)}`);
  }
  // A command that asks for input reuses the same widget, so it never hides in between.
  if (!opts.opensInput) await widget.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/**
 * Opens the Problems panel (Ctrl+Shift+M, only when it is not showing, since the key toggles it)
 * and returns the text of its rows (file rows and marker rows). With `waitFor`, first waits for a
 * row matching it.
 */
export async function readProblems(page: Page, opts: { waitFor?: string | RegExp; timeoutMs?: number } = {}): Promise<string[]> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: opts.timeoutMs ?? 15_000 });
  }
  const rows = panel.locator('.monaco-list-row');
  if (opts.waitFor !== undefined) {
    await rows.filter({ hasText: opts.waitFor }).first().waitFor({ timeout: opts.timeoutMs ?? 15_000 });
  }
  return rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

/** Notification toasts, or (toasts are suppressed with the smoke-test driver) the notification centre. */
export async function findNotification(page: Page, text: string | RegExp, timeoutMs = 10_000): Promise<string> {
  const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: text }).first();
  try {
    await toast.waitFor({ timeout: Math.min(timeoutMs, 5000) });
    return await toast.innerText();
  } catch {
    await page.locator('.statusbar-item[id="status.notifications"]').first().click();
    const inCentre = page.locator('.notifications-center .notification-list-item', { hasText: text }).first();
    await inCentre.waitFor({ timeout: timeoutMs });
    const txt = await inCentre.innerText();
    await page.keyboard.press('Escape');
    return txt;
  }
}

/**
 * The content frame of a webview: outer iframe.webview.ready -> inner iframe#active-frame.
 * With several webviews open pass `nth` (0-based, in DOM order); otherwise exactly one must exist.
 */
export function webviewFrame(page: Page, nth?: number): FrameLocator {
  const outer = page.locator('iframe.webview.ready');
  return (nth === undefined ? outer : outer.nth(nth)).contentFrame().locator('iframe#active-frame').contentFrame();
}

/**
 * The webview whose document has `selector` with `text`, whichever of the open webviews it is
 * (walkthrough media, forms and previews are all webviews). Waits until one shows it.
 */
export async function webviewFrameWith(page: Page, selector: string, text: string | RegExp, timeoutMs = 30_000): Promise<FrameLocator> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await page.locator('iframe.webview.ready').count();
    for (let index = count - 1; index >= 0; index--) {
      const frame = webviewFrame(page, index);
      if ((await frame.locator(selector, { hasText: text }).count().catch(() => 0)) > 0) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${selector} with "${String(text)}" after ${timeoutMs} ms`);
    await page.waitForTimeout(250);
  }
}

/** Full-page screenshot into .test-runs/shots/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${slug(name)}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Runs `fn`; on failure saves `<name>-FAILED.png` and rethrows with the screenshot path added. */
export async function withFailureScreenshot<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    let where = '';
    try {
      where = ` (screenshot: ${await screenshot(page, `${name}-FAILED`)})`;
    } catch {
      where = ' (screenshot failed)';
    }
    if (e instanceof Error) {
      // keep the screenshot path on the first line, which reporters show
      const [first = '', ...rest] = e.message.split('\n');
      e.message = [first + where, ...rest].join('\n');
      throw e;
    }
    throw new Error(`${errorText(e)}${where}`);
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cssString(s: string): string {
  return s.replace(/["\\]/g, '\\$&');
}
