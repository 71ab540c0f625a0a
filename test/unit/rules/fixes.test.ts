/** Quick fixes as the editor applies them: the text they insert and what they select for typing over. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DesignCopy } from '../helpers';

describe('the "Add a reviewer" fix', () => {
  for (const [name, from, to] of [
    ['with no reviewers key', 'status: in-review\nreviewers: [li]\n', 'status: approved\n'],
    ['with an empty reviewers list', 'status: in-review\nreviewers: [li]\n', 'status: approved\nreviewers: []\n'],
  ] as const) {
    it(`selects the placeholder name, not the key, ${name}`, async () => {
      const copy = new DesignCopy();
      copy.edit('07-component-design.md', from, to);
      const located = (await copy.check()).find((hit) => hit.rule === 'approved-without-reviewers');
      const edit = located?.finding.fix?.edits[0];
      assert.ok(edit && edit.kind === 'replace', 'the finding has a replace fix');
      const [placeholder] = edit.placeholders ?? [];
      assert.ok(placeholder, 'the fix selects something to type over');
      assert.equal(edit.text.slice(placeholder.offset, placeholder.offset + placeholder.length), 'reviewer');
      assert.match(edit.text.slice(0, placeholder.offset), /reviewers: \[$|^\[$|- $/);
    });
  }
});
