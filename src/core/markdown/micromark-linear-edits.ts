/**
 * Makes micromark's `EditMap.consume` linear in the size of the edit instead of the document.
 *
 * micromark 4.0.3 moves container exits with an `EditMap` every time a container (a list, a
 * block quote) closes, and `consume` copies the whole event list each time: a document whose
 * lines each close a nested list ("1. 1. x" × 14,000 lines, 100 KB) took 217 s to parse, and
 * the parser runs on every keystroke. Applying the changes from the last to the first with a
 * chunked splice touches only the events after each change (near the end of the list while
 * parsing), and gives the same events in the same order.
 *
 * Imported for its effect by `parse.ts`, the only place that parses Markdown.
 */
import { splice } from 'micromark-util-chunked';
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';

EditMap.prototype.consume = function consume(this: EditMap, events: Event[]): undefined {
  if (this.map.length === 0) return;
  this.map.sort((a, b) => a[0] - b[0]);
  for (let index = this.map.length - 1; index >= 0; index--) {
    const [at, remove, add] = this.map[index] as [number, number, Event[]];
    splice(events, at, remove, add);
  }
  this.map.length = 0;
  this.index.clear();
};
