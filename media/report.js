// The completeness report's only behaviour: a click (or Enter) on a finding asks the extension to open it.
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-file]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({
      type: 'open',
      file: link.getAttribute('data-file'),
      line: Number(link.getAttribute('data-line')),
      column: Number(link.getAttribute('data-column')),
    });
  });
})();
