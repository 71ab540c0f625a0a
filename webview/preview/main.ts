// The assembled-document preview: shows the sanitised HTML, draws Mermaid diagrams, keeps the
// scroll position across updates, and opens a heading's source file on click.
import mermaid from 'mermaid';
import type { FromPreviewWebview, ToPreviewWebview } from '../../src/protocol/preview-messages';
import { PREVIEW_LABEL_KEYS, formatLabel, pageLabels } from '../../src/protocol/webview-labels';

interface VsCodeApi {
  postMessage(message: FromPreviewWebview): void;
  getState(): { scrollY?: number; folder?: string } | undefined;
  setState(state: { scrollY: number; folder: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('document') as HTMLElement;
// Texts localized by the extension (a webview cannot call vscode.l10n).
const labels = pageLabels(PREVIEW_LABEL_KEYS, root.dataset.labels, (reason) => console.warn(`preview: malformed labels (${reason})`));
const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '';
const dark = document.body.classList.contains('vscode-dark') || document.body.classList.contains('vscode-high-contrast');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default', fontFamily: 'var(--vscode-font-family)' });

let renderCount = 0;

/** Replaces each ```mermaid block by its drawing; a block that does not parse keeps its source and says why. */
async function drawDiagrams(generation: number): Promise<void> {
  const blocks = Array.from(root.querySelectorAll<HTMLElement>('pre > code.language-mermaid'));
  for (const [index, code] of blocks.entries()) {
    const pre = code.parentElement;
    if (!pre) continue;
    const source = code.textContent ?? '';
    try {
      const { svg } = await mermaid.render(`diagram-${generation}-${index}`, source);
      if (generation !== renderCount) return;
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
      // Mermaid styles its drawing with a <style> inside the SVG: our CSP admits it by nonce only.
      parsed.querySelectorAll('style').forEach((style) => style.setAttribute('nonce', nonce));
      parsed.querySelectorAll('script, foreignObject script').forEach((script) => script.remove());
      const figure = document.createElement('figure');
      figure.className = 'diagram';
      figure.append(document.importNode(parsed, true));
      pre.replaceWith(figure);
    } catch (error) {
      const note = document.createElement('p');
      note.className = 'diagram-error';
      note.textContent = formatLabel(labels.diagramError, error instanceof Error ? (error.message.split('\n')[0] ?? '') : labels.parseError);
      pre.before(note);
      document.querySelectorAll(`#ddiagram-${generation}-${index}, #diagram-${generation}-${index}`).forEach((leftover) => leftover.remove());
    }
  }
}

function show(html: string): void {
  const scrollY = window.scrollY;
  renderCount += 1;
  // The HTML was sanitised by the extension (rehype-sanitize); it holds no scripts or handlers.
  root.innerHTML = html;
  window.scrollTo(0, scrollY);
  void drawDiagrams(renderCount).then(() => {
    window.scrollTo(0, scrollY);
    document.body.dataset.rendered = String(renderCount);
  });
}

window.addEventListener('message', (event: MessageEvent<ToPreviewWebview>) => {
  if (event.data?.type === 'content') {
    document.title = event.data.content.title;
    show(event.data.content.html);
  }
});

root.addEventListener('click', (event) => {
  const heading = event.target instanceof Element ? event.target.closest('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]') : null;
  if (heading) vscode.postMessage({ type: 'openHeading', id: heading.id });
});
let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => vscode.setState({ scrollY: window.scrollY, folder: root.dataset.folder ?? '' }), 200);
});
document.getElementById('export')?.addEventListener('click', () => vscode.postMessage({ type: 'export' }));

const saved = vscode.getState();
vscode.setState({ scrollY: saved?.scrollY ?? 0, folder: root.dataset.folder ?? '' });
if (saved?.scrollY) window.scrollTo(0, saved.scrollY);
vscode.postMessage({ type: 'ready' });
