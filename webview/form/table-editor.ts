// The table editor: cells as text fields, rows added, removed and moved with buttons or keys.
import type { TableModel } from '../../src/core';
import { element, isFocusedWithin, type ValueControl } from './dom';
import { formatLabel, labels } from './labels';

export class TableEditor {
  readonly root: HTMLElement;
  private model: TableModel = { header: [], rows: [] };
  private readonly body: HTMLTableSectionElement;
  private readonly head: HTMLTableSectionElement;

  constructor(
    private readonly label: string,
    private readonly onChange: (table: TableModel, immediate: boolean) => void,
  ) {
    this.head = element('thead');
    this.body = element('tbody');
    const add = element('vscode-button', { secondary: '', 'aria-label': formatLabel(labels.addRowTo, label) }, labels.addRow);
    add.addEventListener('click', () => this.addRow());
    this.root = element('div', { class: 'table-editor' }, element('table', { 'aria-label': label }, this.head, this.body), add);
  }

  get value(): TableModel {
    return this.model;
  }

  /** Shows `table` unless the user is typing in it (their edit is on its way and wins). */
  update(table: TableModel, force = false): void {
    // While the user is in the table, their rows win: the next edit they send carries them.
    if (!force && isFocusedWithin(this.root)) {
      if (sameShape(table, this.model)) this.model = { header: table.header, rows: this.model.rows };
      return;
    }
    this.model = { header: [...table.header], rows: table.rows.map((row) => ({ cells: [...row.cells] })) };
    this.render();
  }

  private render(): void {
    const focus = this.focusedCell();
    const width = Math.max(1, this.model.header.length);
    this.head.replaceChildren(
      element('tr', {}, ...this.model.header.map((cell) => element('th', { scope: 'col' }, cell)), element('th', { class: 'row-actions' }, element('span', { class: 'visually-hidden' }, labels.rowActions))),
    );
    this.body.replaceChildren(
      ...this.model.rows.map((row, rowIndex) => {
        const cells = Array.from({ length: width }, (_, columnIndex) => {
          const field = element('vscode-textfield', {
            'aria-label': formatLabel(labels.cellLabel, this.model.header[columnIndex] ?? formatLabel(labels.column, columnIndex + 1), rowIndex + 1),
            'data-row': String(rowIndex),
            'data-column': String(columnIndex),
          }) as unknown as ValueControl;
          field.value = row.cells[columnIndex] ?? '';
          field.addEventListener('input', () => this.setCell(rowIndex, columnIndex, field.value));
          return element('td', {}, field);
        });
        const actions = element(
          'td',
          { class: 'row-actions' },
          this.button('↑', formatLabel(labels.moveRowUp, rowIndex + 1), () => this.move(rowIndex, -1), rowIndex === 0),
          this.button('↓', formatLabel(labels.moveRowDown, rowIndex + 1), () => this.move(rowIndex, 1), rowIndex === this.model.rows.length - 1),
          this.button('✕', formatLabel(labels.removeRow, rowIndex + 1), () => this.remove(rowIndex)),
        );
        return element('tr', {}, ...cells, actions);
      }),
    );
    if (focus) this.focusCell(focus.row, focus.column);
  }

  private button(text: string, label: string, action: () => void, disabled = false): HTMLElement {
    const button = element('vscode-button', { secondary: '', 'aria-label': label, title: label, class: 'icon-button', ...(disabled ? { disabled: '' } : {}) }, text);
    button.addEventListener('click', action);
    return button;
  }

  private setCell(row: number, column: number, value: string): void {
    const cells = [...(this.model.rows[row]?.cells ?? [])];
    while (cells.length <= column) cells.push('');
    cells[column] = value;
    this.model = { header: this.model.header, rows: this.model.rows.map((existing, index) => (index === row ? { cells } : existing)) };
    this.onChange(this.model, false);
  }

  addRow(): void {
    const width = Math.max(1, this.model.header.length);
    this.model = { header: this.model.header, rows: [...this.model.rows, { cells: Array.from({ length: width }, () => '') }] };
    this.render();
    this.focusCell(this.model.rows.length - 1, 0);
    this.onChange(this.model, true);
  }

  private remove(row: number): void {
    this.model = { header: this.model.header, rows: this.model.rows.filter((_, index) => index !== row) };
    this.render();
    this.onChange(this.model, true);
  }

  private move(row: number, by: number): void {
    const target = row + by;
    if (target < 0 || target >= this.model.rows.length) return;
    const rows = [...this.model.rows];
    const [moved] = rows.splice(row, 1);
    if (moved) rows.splice(target, 0, moved);
    this.model = { header: this.model.header, rows };
    this.render();
    this.onChange(this.model, true);
  }

  private focusedCell(): { row: number; column: number } | undefined {
    const focused = Array.from(this.body.querySelectorAll('vscode-textfield')).find((field) => isFocusedWithin(field));
    if (!focused) return undefined;
    return { row: Number(focused.getAttribute('data-row')), column: Number(focused.getAttribute('data-column')) };
  }

  private focusCell(row: number, column: number): void {
    const field = this.body.querySelector<HTMLElement>(`vscode-textfield[data-row="${row}"][data-column="${column}"]`);
    field?.focus();
  }
}

function sameShape(a: TableModel, b: TableModel): boolean {
  return a.header.length === b.header.length && a.rows.length === b.rows.length;
}
