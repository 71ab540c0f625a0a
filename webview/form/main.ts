// The step form in the webview: renders the model the extension sends and sends back typed edits.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import type { FormChange, StepFormModel } from '../../src/core';
import { savedFormState, type FormState, type FromFormWebview, type SavedFormState, type ToFormWebview } from '../../src/protocol/form-messages';
import { debounce, element, isFocusedWithin, type ValueControl } from './dom';
import { ArtifactView } from './fields';
import { formatLabel, labels } from './labels';

interface VsCodeApi {
  postMessage(message: FromFormWebview): void;
  /** What a form saved (by an older version, maybe: only `file` and `scrollY`). */
  getState(): Partial<SavedFormState> | undefined;
  setState(state: SavedFormState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

/**
 * Edits sent and not yet contained in a state from the extension, by field key. A `held` edit was
 * refused by VS Code: its field keeps the typed text (no state overwrites it, nothing re-sends it)
 * until the user edits that field again.
 */
const pending = new Map<string, { id: number; version: number; change: FormChange; held?: boolean }>();
/** Fields with a change still waiting in its debounce, not yet sent. */
const queued = new Set<string>();
let nextId = 1;
let current: FormState | undefined;
let structure = '';
let views = new Map<string, ArtifactView>();
let statusSelect: ValueControl | undefined;
let reviewersField: ValueControl | undefined;

function post(key: string, change: FormChange): void {
  queued.delete(key);
  if (!current) return;
  const id = nextId++;
  pending.set(key, { id, version: current.version, change });
  vscode.postMessage({ type: 'edit', id, version: current.version, change });
}

const debounced = new Map<string, ReturnType<typeof debounce<[FormChange]>>>();
function send(key: string, change: FormChange, immediate: boolean): void {
  let queue = debounced.get(key);
  if (!queue) {
    queue = debounce(350, (latest: FormChange) => post(key, latest));
    debounced.set(key, queue);
  }
  // Mark the field as ours right away, so a state arriving meanwhile does not overwrite typing.
  queued.add(key);
  queue(change);
  if (immediate) queue.flush();
}

/** What, when it changes, needs the form built again: its fields and their titles, and the status choices (a saved configuration changes them). */
function structureOf(model: StepFormModel): string {
  return [model.statuses.join(','), ...model.fields.map((field) => `${field.id}:${field.title}:${field.table ? 'table' : 'body'}`)].join('|');
}

function renderHeader(state: FormState): HTMLElement {
  const { model } = state;
  statusSelect = element('vscode-single-select', { 'aria-label': labels.status, id: 'status' }, ...model.statuses.map((status) => element('vscode-option', { value: status }, status))) as unknown as ValueControl;
  statusSelect.value = model.status;
  statusSelect.addEventListener('change', () => send('status', { kind: 'status', status: statusSelect?.value ?? '' }, true));
  reviewersField = element('vscode-textfield', { 'aria-label': labels.reviewersLabel, id: 'reviewers', placeholder: labels.reviewersPlaceholder }) as unknown as ValueControl;
  reviewersField.value = model.reviewers.join(', ');
  reviewersField.addEventListener('input', () =>
    send('reviewers', { kind: 'reviewers', reviewers: (reviewersField?.value ?? '').split(',').map((name) => name.trim()).filter(Boolean) }, false),
  );
  const openText = element('vscode-button', { secondary: '', id: 'open-text' }, labels.openMarkdown);
  openText.addEventListener('click', () => vscode.postMessage({ type: 'openText' }));
  return element(
    'header',
    {},
    element('p', { class: 'eyebrow' }, formatLabel(labels.eyebrow, model.designTitle ?? labels.design, model.step, state.fileName, model.stepCount)),
    element('h1', {}, model.title),
    element('p', { class: 'purpose' }, model.purpose),
    element(
      'div',
      { class: 'meta' },
      element('label', { for: 'status' }, labels.status),
      statusSelect,
      element('label', { for: 'reviewers' }, labels.reviewers),
      reviewersField,
      openText,
    ),
  );
}

function rebuild(state: FormState): void {
  views = new Map();
  const sections = state.model.fields.map((field) => {
    const view = new ArtifactView(field, send, (artifactId) => vscode.postMessage({ type: 'reveal', artifactId }));
    views.set(field.id, view);
    return view.root;
  });
  app.replaceChildren(renderHeader(state), element('main', {}, ...sections));
  structure = structureOf(state.model);
}

/** Clears the edits this state contains; re-sends the ones a newer text overtook. */
function reconcile(state: FormState, ack: number | undefined): void {
  for (const [key, edit] of pending) {
    if (edit.held) continue;
    if (edit.id === ack || edit.version === state.version) {
      if (edit.id === ack) pending.delete(key);
      continue;
    }
    // The document changed under this edit: send it again against the new text.
    const id = nextId++;
    pending.set(key, { id, version: state.version, change: edit.change });
    vscode.postMessage({ type: 'edit', id, version: state.version, change: edit.change });
  }
}

function apply(state: FormState, ack?: number): void {
  current = state;
  vscode.setState(savedFormState(state, window.scrollY));
  reconcile(state, ack);
  if (structureOf(state.model) !== structure) rebuild(state);
  const keys = new Set([...pending.keys(), ...queued]);
  for (const field of state.model.fields) {
    views.get(field.id)?.update(field, state.findings.filter((finding) => finding.artifact === field.id), keys);
  }
  if (statusSelect && !keys.has('status') && statusSelect.value !== state.model.status) statusSelect.value = state.model.status;
  if (reviewersField && !keys.has('reviewers') && !isFocusedWithin(reviewersField)) reviewersField.value = state.model.reviewers.join(', ');
  document.body.dataset.version = String(state.version);
}

/** The note above the form that says an edit was refused and what to do; gone once none is held. */
const notice = element('p', { class: 'notice', role: 'alert', hidden: '' });
app.before(notice);

function updateNotice(): void {
  const held = [...pending.values()].some((edit) => edit.held);
  if (!held) notice.hidden = true;
}

/** VS Code refused an edit: keep the user's text in its field, and say so. */
function reject(id: number, reason: string): void {
  const entry = [...pending.values()].find((edit) => edit.id === id);
  if (!entry) return;
  entry.held = true;
  notice.textContent = reason;
  notice.hidden = false;
}

window.addEventListener('message', (event: MessageEvent<ToFormWebview>) => {
  const message = event.data;
  if (message?.type === 'state') {
    apply(message.state, message.ack);
    updateNotice();
  } else if (message?.type === 'rejected') reject(message.id, message.reason);
  else if (message?.type === 'unavailable') {
    app.replaceChildren(element('p', { class: 'unavailable' }, message.reason));
    // A later state (the file is back, or holds a step again) draws the whole form anew.
    structure = '';
    views = new Map();
  }
});
window.addEventListener('scroll', debounce(200, () => current && vscode.setState(savedFormState(current, window.scrollY))));

const saved = vscode.getState();
if (saved?.scrollY) requestAnimationFrame(() => window.scrollTo(0, saved.scrollY ?? 0));
vscode.postMessage({ type: 'ready' });
