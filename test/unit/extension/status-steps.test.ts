/**
 * "Set Step Status…" names the steps it changes (src/extension/status-steps.ts, no VS Code
 * needed): a one-file design's status is that of every step it holds, so its title lists them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseStepDoc } from '../../../src/core';
import { statusSteps, stepList } from '../../../src/extension/status-steps';
import { EXAMPLE, fixture, replaceOnce } from '../helpers';

const ONE_FILE = fixture('designs/one-file/url-shortener.md');

describe('the steps "Set Step Status…" names', () => {
  it('a step file: its own step, as before', () => {
    const doc = parseStepDoc(readFileSync(path.join(EXAMPLE, '03-scale.md'), 'utf8'));
    assert.deepEqual(statusSteps(doc), [3]);
    assert.equal(stepList(statusSteps(doc)), '3');
  });

  it('a one-file design with all seven steps: 1–7', () => {
    const doc = parseStepDoc(ONE_FILE);
    assert.deepEqual(statusSteps(doc), [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(stepList(statusSteps(doc)), '1–7');
  });

  it('a one-file design holding some steps: the steps it has a heading for, in step order', () => {
    const claimed = replaceOnce(ONE_FILE, 'design-steps: all', 'design-steps: [5, 1, 2, 4]');
    const text = claimed.slice(0, claimed.indexOf('# Step 3: Estimate scale')) + claimed.slice(claimed.indexOf('# 4. API'), claimed.indexOf('# High-level design'));
    const doc = parseStepDoc(text);
    assert.deepEqual(statusSteps(doc), [1, 2, 4, 5]);
    assert.equal(stepList(statusSteps(doc)), '1, 2, 4, 5');
    // A claimed step without its heading yet has no status to show, so it is not named…
    const withoutFour = parseStepDoc(text.replace('# 4. API', '## API overview'));
    assert.equal(stepList(statusSteps(withoutFour)), '1, 2, 5');
    // …unless no step has a heading yet: then the steps the front matter claims.
    const headless = parseStepDoc(text.replace(/^# .*$/gm, '## Notes'));
    assert.equal(stepList(statusSteps(headless)), '1, 2, 4, 5');
  });

  it('lists three or more steps in a row as a range, fewer one by one', () => {
    assert.equal(stepList([1, 2]), '1, 2');
    assert.equal(stepList([1, 2, 3]), '1–3');
    assert.equal(stepList([1, 3, 4, 5, 7]), '1, 3–5, 7');
    assert.equal(stepList([2, 3, 4, 6, 7, 8, 9, 12]), '2–4, 6–9, 12');
    assert.equal(stepList([]), '');
  });
});
