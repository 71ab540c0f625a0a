/**
 * A self-contained HTML page around a rendered fragment: inline styles, no scripts (a
 * Content-Security-Policy forbids them), light and dark colours from the reader's settings.
 */

export interface HtmlDocumentOptions {
  title: string;
  /** A fragment from `renderMarkdown`. */
  body: string;
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --border: #d1d9e0; --code: #f6f8fa; --accent: #0969da; --gap: #9a6700; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --border: #3d444d; --code: #161b22; --accent: #4493f8; --gap: #d29922; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1, h2 { padding-bottom: .3em; border-bottom: 1px solid var(--border); }
h1, h2, h3, h4, h5, h6 { margin: 1.5em 0 .5em; line-height: 1.25; }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .875em; }
code { background: var(--code); padding: .15em .3em; border-radius: 4px; }
pre { background: var(--code); padding: 1em; overflow: auto; border-radius: 6px; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; display: block; overflow: auto; margin: 1em 0; }
th, td { border: 1px solid var(--border); padding: .4em .8em; vertical-align: top; }
th { background: var(--code); }
blockquote { margin: 1em 0; padding: 0 1em; color: var(--muted); border-left: .25em solid var(--border); }
blockquote:has(> p > strong:first-child) { border-left-color: var(--gap); }
img { max-width: 100%; }
.diagram-note { color: var(--muted); font-size: .875em; border: 1px solid var(--border); border-radius: 6px; padding: .5em 1em; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

const CSP = "default-src 'none'; img-src * 'self' data: file:; style-src 'unsafe-inline'";

export function htmlDocument(options: HtmlDocumentOptions): string {
  const hasDiagrams = options.body.includes('class="language-mermaid"');
  const note = hasDiagrams
    ? '<p class="diagram-note">Diagrams are shown as their Mermaid source. Open the Markdown where Mermaid is drawn (GitHub, or the preview in VS Code) to see them as pictures.</p>\n'
    : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    placeNote(options.body.trimEnd(), note),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The note goes right under the document's title, or first when there is none. */
function placeNote(body: string, note: string): string {
  if (!note) return body;
  const titleEnd = body.indexOf('</h1>');
  if (titleEnd < 0) return note + body;
  const cut = titleEnd + '</h1>'.length;
  return `${body.slice(0, cut)}\n${note.trimEnd()}${body.slice(cut)}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
