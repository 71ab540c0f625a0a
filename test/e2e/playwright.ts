// Types of playwright-core (a devDependency pinned to the version test/vscode-host installs).
export type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
export type PlaywrightCore = typeof import('playwright-core');
