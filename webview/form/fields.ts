// One form field per artifact: its guiding questions, its findings and its editor (text or table).
import type { ArtifactField, FormChange, TableModel } from '../../src/core';
import type { FindingView } from '../../src/protocol/form-messages';
import { element, isFocusedWithin, type ValueControl } from './dom';
import { formatLabel, labels, severityLabel } from './labels';
import { TableEditor } from './table-editor';

export type Send = (key: string, change: FormChange, immediate: boolean) => void;

const STATE_LABELS: Record<ArtifactField['state'], keyof typeof labels> = {
  present: 'stateWritten',
  'not-applicable': 'stateNotApplicable',
  empty: 'stateEmpty',
  missing: 'stateMissing',
};

/** The field's badge: its state, and for a section marked not applicable the reason as its tooltip. */
function showState(badge: HTMLElement, field: ArtifactField): void {
  badge.textContent = labels[STATE_LABELS[field.state]];
  badge.className = `badge state-${field.state}`;
  if (field.state === 'not-applicable') badge.title = formatLabel(labels.notApplicableTitle, field.notApplicable?.reason ?? '');
  else badge.removeAttribute('title');
}

/** A text area bound to one part of an artifact. */
class TextPart {
  readonly control: ValueControl;
  constructor(
    readonly key: string,
    label: string,
    placeholder: string,
    rows: number,
    onInput: (value: string) => void,
  ) {
    this.control = element('vscode-textarea', { 'aria-label': label, placeholder, rows: String(rows), resize: 'vertical', class: 'markdown' }) as unknown as ValueControl;
    this.control.addEventListener('input', () => onInput(this.control.value));
  }

  update(value: string, keepLocal: boolean): void {
    if (keepLocal || isFocusedWithin(this.control)) return;
    if (this.control.value !== value) this.control.value = value;
  }
}

export class ArtifactView {
  readonly root: HTMLElement;
  private readonly badge: HTMLElement;
  private readonly findingsList: HTMLElement;
  private readonly texts: TextPart[] = [];
  private table?: TableEditor;

  constructor(
    private field: ArtifactField,
    private readonly send: Send,
    onReveal: (artifactId: string) => void,
  ) {
    const headingId = `artifact-${field.id}`;
    this.badge = element('span', { class: 'badge' });
    const reveal = element('a', { href: '#', class: 'reveal', title: labels.showInMarkdownTitle }, labels.showInMarkdown);
    reveal.addEventListener('click', (event) => {
      event.preventDefault();
      onReveal(field.id);
    });
    this.findingsList = element('ul', { class: 'findings', 'aria-live': 'polite' });
    const editor = element('div', { class: 'editor' });
    if (field.table) {
      const { before, after, placeholder } = field.table;
      this.addText(editor, 'before', formatLabel(labels.notesAboveLabel, field.title), before ? '' : labels.notesAbovePlaceholder, 2);
      this.table = new TableEditor(field.title, (table, immediate) => this.send(`table:${field.id}`, { kind: 'table', artifactId: field.id, table }, immediate));
      if (placeholder) editor.append(element('p', { class: 'placeholder-hint' }, placeholder));
      editor.append(this.table.root);
      this.addText(editor, 'after', formatLabel(labels.notesBelowLabel, field.title), after ? '' : labels.notesBelowPlaceholder, 2);
    } else {
      const body = field.body ?? { value: '', placeholder: '' };
      const hint = field.kind === 'diagram' ? `${body.placeholder}\n\n${labels.diagramHint}` : body.placeholder;
      this.addText(editor, 'body', field.title, hint.trim() || field.summary, field.kind === 'diagram' ? 10 : 6);
    }
    const questions = element('aside', { class: 'questions', 'aria-label': formatLabel(labels.questionsFor, field.title) }, element('p', { class: 'summary' }, field.summary), element('ul', {}, ...field.questions.map((question) => element('li', {}, question))));
    this.root = element(
      'section',
      { class: 'artifact', 'aria-labelledby': headingId, 'data-artifact': field.id },
      element('h2', { id: headingId }, field.title, ' ', this.badge, ' ', reveal),
      element('div', { class: 'artifact-grid' }, element('div', { class: 'field' }, editor, this.findingsList), questions),
    );
    this.update(field, [], new Set());
  }

  private addText(container: HTMLElement, part: 'body' | 'before' | 'after', label: string, placeholder: string, rows: number): void {
    const key = `text:${this.field.id}:${part}`;
    const text = new TextPart(key, label, placeholder, rows, (value) => this.send(key, { kind: 'text', artifactId: this.field.id, part, value }, false));
    this.texts.push(text);
    container.append(text.control);
  }

  /** Brings the view up to `field`, leaving alone the parts with edits still on their way. */
  update(field: ArtifactField, findings: FindingView[], pending: ReadonlySet<string>): void {
    this.field = field;
    showState(this.badge, field);
    for (const text of this.texts) {
      const part = text.key.split(':')[2];
      const value = part === 'body' ? (field.body?.value ?? '') : part === 'before' ? (field.table?.before ?? '') : (field.table?.after ?? '');
      text.update(value, pending.has(text.key));
    }
    if (this.table && field.table) {
      const key = `table:${field.id}`;
      if (!pending.has(key)) this.table.update(field.table.table);
    }
    this.findingsList.replaceChildren(
      ...findings.map((finding) => element('li', { class: `finding severity-${finding.severity}` }, element('span', { class: 'severity' }, severityLabel(finding.severity)), ' ', finding.message, ' ', element('code', {}, finding.rule))),
    );
  }

  tableValue(): TableModel | undefined {
    return this.table?.value;
  }
}
