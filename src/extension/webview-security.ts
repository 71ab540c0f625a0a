/** The one place that decides what a webview may load: a nonce CSP with default-src 'none'. */
import * as vscode from 'vscode';
import { escapeHtml } from '../core';

export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Content-Security-Policy for a webview page: only our nonce'd scripts, our styles and local images. */
export function contentSecurityPolicy(webview: vscode.Webview, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
}

/** Webview options that allow scripts and only the extension's own built assets. */
export function webviewOptions(extensionUri: vscode.Uri, extraRoots: vscode.Uri[] = []): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media'), ...extraRoots],
  };
}

// One HTML escaper for the extension and the core's exported pages.
export { escapeHtml };

export interface WebviewPage {
  title: string;
  /** Stylesheet under media/. */
  style: string;
  /** Script path under the extension folder (dist/webview/… or media/…). */
  script: string;
  /** Trusted markup of the page's body (escape anything user-written). */
  body: string;
}

/** The HTML of one of our webviews: CSP with a fresh nonce, our stylesheet, our script. */
export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const nonce = makeNonce();
  const asset = (...segments: string[]) => String(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...segments)));
  // The page's texts are in the display language only when a translation of them was loaded.
  const lang = vscode.l10n.bundle ? vscode.env.language : 'en';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('media', page.style)}">
<title>${escapeHtml(page.title)}</title></head>
<body>${page.body}
<script nonce="${nonce}" src="${asset(...page.script.split('/'))}"></script></body></html>`;
}
