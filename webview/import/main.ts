// The import panel in the webview: the proposed place of each section, a select per section to
// change it, the layout, and Import / Cancel. The extension checks every choice again on import.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import type { ChoiceOption, ProposalRow } from '../../src/core';
import type { FromImportWebview, ImportProposalView, ToImportWebview } from '../../src/protocol/import-messages';
import { IMPORT_LABEL_KEYS, formatLabel, pageLabels } from '../../src/protocol/webview-labels';
import { element, type ValueControl } from '../form/dom';

interface VsCodeApi {
  postMessage(message: FromImportWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('import') as HTMLElement;
const labels = pageLabels(IMPORT_LABEL_KEYS, root.dataset.labels, (reason) => console.warn(`import panel: malformed labels (${reason})`));
const WITH_PARENT = 'parent';

/** The current choice of each shown section, and the rows as proposed. */
let choices = new Map<number, string>();
let rows: ProposalRow[] = [];
/** Each shown section's parent, for following "with the section above" up the document. */
let parents = new Map<number, number | undefined>();
let summary: HTMLElement | undefined;
let buttons: HTMLElement[] = [];
let revision = 0;

function optionLabel(option: ChoiceOption): string {
  return option.artifactTitle === undefined ? formatLabel(labels.unplacedOption, option.step) : formatLabel(labels.artifactOption, option.step, option.artifactTitle);
}

/** Whether a section ends up in an artifact: its own choice names one, or it goes with a parent that does. */
function placed(section: number): boolean {
  const seen = new Set<number>();
  let current: number | undefined = section;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const choice = choices.get(current);
    if (choice !== WITH_PARENT) return choice !== undefined && choice.split(':').length === 3;
    current = parents.get(current);
  }
  return false;
}

function updateSummary(): void {
  if (summary) summary.textContent = formatLabel(labels.placedCount, rows.filter((row) => placed(row.section)).length, rows.length);
}

function placementSelect(row: ProposalRow, options: readonly ChoiceOption[]): HTMLElement {
  const name = row.heading === '' ? labels.preamble : row.heading;
  const items = [
    ...(row.parent === undefined ? [] : [{ value: WITH_PARENT, label: labels.withParent, description: '' }]),
    ...options.map((option) => ({ value: option.value, label: optionLabel(option), description: formatLabel(labels.stepGroup, option.step, option.stepTitle) })),
  ];
  const select = element(
    'vscode-single-select',
    { 'aria-label': formatLabel(labels.placementOf, name), 'data-section': String(row.section), class: 'placement-select' },
    ...items.map((item) => element('vscode-option', { value: item.value, description: item.description, ...(item.value === row.choice ? { selected: '' } : {}) }, item.label)),
  ) as unknown as ValueControl;
  const reason = element('div', { class: 'reason' }, row.reason);
  select.addEventListener('change', () => {
    choices.set(row.section, select.value);
    const changed = select.value !== row.choice;
    reason.textContent = changed ? labels.changedMark : row.reason;
    reason.classList.toggle('changed', changed);
    updateSummary();
  });
  return element('td', { class: 'placement' }, select, reason);
}

function sectionCell(row: ProposalRow): HTMLElement {
  const link = element('a', { href: '#', class: 'line', 'data-line': String(row.line) }, formatLabel(labels.showLine, row.line));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', line: row.line });
  });
  const heading = element('span', { class: row.heading === '' ? 'heading preamble' : 'heading' }, row.heading === '' ? labels.preamble : row.heading);
  return element(
    'td',
    { class: `section level-${Math.min(row.level, 5)}` },
    element('div', {}, heading, ' ', link),
    ...(row.excerpt === '' ? [] : [element('div', { class: 'excerpt' }, row.excerpt)]),
  );
}

function layoutChoice(proposal: ImportProposalView): HTMLElement {
  const radio = (value: string, text: string) => {
    const input = element('input', { type: 'radio', name: 'layout', value, id: `layout-${value}`, ...(proposal.layout === value ? { checked: '' } : {}) });
    return element('div', { class: 'layout-option' }, input, ' ', element('label', { for: `layout-${value}` }, text));
  };
  return element(
    'fieldset',
    { class: 'layout' },
    element('legend', {}, labels.layoutLegend),
    radio('one-file', formatLabel(labels.layoutOneFile, proposal.oneFileTarget)),
    radio('per-step', formatLabel(labels.layoutPerStep, proposal.perStepTarget)),
  );
}

function setBusy(busy: boolean): void {
  for (const button of buttons) button.toggleAttribute('disabled', busy);
  root.classList.toggle('busy', busy);
}

function render(proposal: ImportProposalView): void {
  rows = proposal.rows;
  parents = new Map(rows.map((row) => [row.section, row.parent]));
  revision = proposal.revision;
  choices = new Map(rows.map((row) => [row.section, row.choice]));
  summary = element('span', { class: 'summary', role: 'status' });
  const importButton = element('vscode-button', { id: 'import-button' }, labels.importButton);
  const cancelButton = element('vscode-button', { id: 'cancel-button', secondary: '' }, labels.cancelButton);
  importButton.addEventListener('click', () => {
    const layout = (root.querySelector('input[name="layout"]:checked') as HTMLInputElement | null)?.value === 'per-step' ? 'per-step' : 'one-file';
    setBusy(true);
    if (summary) summary.textContent = labels.working;
    vscode.postMessage({ type: 'import', revision, layout, choices: [...choices].map(([section, choice]) => ({ section, choice })) });
  });
  cancelButton.addEventListener('click', () => vscode.postMessage({ type: 'cancel' }));
  buttons = [importButton, cancelButton];
  const table = element(
    'table',
    {},
    element('thead', {}, element('tr', {}, element('th', {}, labels.columnSection), element('th', {}, labels.columnPlacement))),
    element('tbody', {}, ...rows.map((row) => element('tr', { 'data-section': String(row.section) }, sectionCell(row), placementSelect(row, proposal.options)))),
  );
  root.replaceChildren(
    element('h1', {}, formatLabel(labels.heading, proposal.fileName)),
    element('p', { class: 'intro' }, labels.intro),
    layoutChoice(proposal),
    table,
    element('div', { class: 'actions' }, importButton, cancelButton, summary),
  );
  updateSummary();
}

window.addEventListener('message', (event: MessageEvent<ToImportWebview>) => {
  if (event.data?.type === 'proposal') render(event.data.proposal);
  else if (event.data?.type === 'idle') {
    setBusy(false);
    updateSummary();
  }
});
vscode.postMessage({ type: 'ready' });
