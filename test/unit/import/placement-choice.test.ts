/** The placement the user reviews before an import: its rows, its choices, and the design the changed choices write. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEVEN_STEPS } from '../../../src/core';
import { applyChoices, carryChoices, choiceOf, choiceOptions, proposalRows, proposePlacement, readImportSource, UNPLACED_MARKER, writeImport } from '../../../src/core/import';
import { readImportMessage } from '../../../src/protocol/import-messages';

const STEPS = SEVEN_STEPS.steps;

const DOCUMENT = `# Rate limiter

Intro text before any section.

## Motivation

Clients overload the API during launches.

### Launch traffic

Peaks reach ten times the daily mean.

## Prior art

Nginx limits per IP only.

## Odds and ends

A section no artifact fits.

## Throughput

| Operation | TPS |
| --- | --- |
| check | 50000 |
`;

function proposal() {
  const source = readImportSource(DOCUMENT);
  const placements = proposePlacement(source, STEPS);
  return { source, placements, rows: proposalRows(source, placements) };
}

const rowOf = (rows: ReturnType<typeof proposal>['rows'], heading: string) => {
  const row = rows.find((candidate) => candidate.heading === heading);
  assert.ok(row, `no row for ${heading}`);
  return row;
};

describe('the rows the user reviews', () => {
  it('lists every section with text, indented under its parent, with the proposal and why', () => {
    const { rows } = proposal();
    assert.deepEqual(
      rows.map((row) => [row.heading, row.level, row.line]),
      [
        ['', 0, 3],
        ['Motivation', 0, 5],
        ['Launch traffic', 1, 9],
        ['Prior art', 0, 13],
        ['Odds and ends', 0, 17],
        ['Throughput', 0, 21],
      ],
    );
    const motivation = rowOf(rows, 'Motivation');
    assert.equal(motivation.choice, 'step:1:problem-statement');
    assert.match(motivation.reason, /heading/);
    assert.equal(motivation.excerpt, 'Clients overload the API during launches.');
    assert.equal(rowOf(rows, 'Launch traffic').parent, motivation.section);
    assert.equal(rowOf(rows, 'Launch traffic').choice, 'parent');
    assert.equal(rowOf(rows, 'Prior art').choice, 'step:1:existing-solutions');
    assert.equal(rowOf(rows, 'Odds and ends').choice.split(':').length, 2, 'an unplaced section is offered as its step, unplaced');
  });

  it('offers each artifact of each step, and each step unplaced, with the titles the user reads', () => {
    const options = choiceOptions(STEPS);
    const artifacts = STEPS.reduce((sum, step) => sum + step.artifacts.length, 0);
    assert.equal(options.length, artifacts + STEPS.length);
    assert.deepEqual(options.find((option) => option.value === 'step:3:throughput-per-operation'), { value: 'step:3:throughput-per-operation', step: 3, stepTitle: 'Estimate scale', artifactTitle: 'Throughput per operation' });
    assert.deepEqual(options.find((option) => option.value === 'step:3'), { value: 'step:3', step: 3, stepTitle: 'Estimate scale' });
    const { rows } = proposal();
    for (const row of rows) assert.ok(row.choice === 'parent' || options.some((option) => option.value === row.choice), `${row.choice} is offered`);
  });
});

describe('the user changing the proposal', () => {
  it('writes a section where the user put it, and its sub-sections follow it', () => {
    const { source, placements, rows } = proposal();
    const motivation = rowOf(rows, 'Motivation');
    const applied = applyChoices(source, placements, new Map([[motivation.section, 'step:2:use-cases']]), STEPS);
    assert.ok(applied.ok);
    assert.equal(applied.changed, 1);
    const [file] = writeImport(source, applied.placements, STEPS, { layout: 'one-file', sourceFolder: '/d', output: '/d/rate.md', fallbackTitle: 'rate' });
    assert.ok(file);
    const step2 = file.text.slice(file.text.indexOf('\n# Clarify requirements'));
    assert.match(step2, /## Use cases[\s\S]*Motivation[\s\S]*Clients overload[\s\S]*Launch traffic[\s\S]*Peaks reach/);
    assert.doesNotMatch(file.text.slice(0, file.text.indexOf('\n# Clarify requirements')), /Clients overload/);
  });

  it('places an unplaced section: it is written without the marker the checker reports', () => {
    const { source, placements, rows } = proposal();
    const odds = rowOf(rows, 'Odds and ends');
    const write = (choices: Map<number, string>) => {
      const applied = applyChoices(source, placements, choices, STEPS);
      assert.ok(applied.ok);
      const [file] = writeImport(source, applied.placements, STEPS, { layout: 'one-file', sourceFolder: '/d', output: '/d/rate.md', fallbackTitle: 'rate' });
      assert.ok(file);
      return file.text.split(UNPLACED_MARKER).length - 1;
    };
    assert.equal(write(new Map()), 2, 'the text before the first heading and "Odds and ends" are marked');
    assert.equal(write(new Map([[odds.section, 'step:1:existing-solutions']])), 1);
    assert.equal(write(new Map([[odds.section, 'step:1:existing-solutions'], [0, 'step:1:problem-statement']])), 0);
  });

  it('keeps the proposal for a choice equal to it, and moves a sub-section out of its parent', () => {
    const { source, placements, rows } = proposal();
    const launch = rowOf(rows, 'Launch traffic');
    const same = applyChoices(source, placements, new Map(rows.map((row) => [row.section, row.choice])), STEPS);
    assert.ok(same.ok);
    assert.equal(same.changed, 0);
    assert.deepEqual(same.placements, placements);
    const moved = applyChoices(source, placements, new Map([[launch.section, 'step:2:latency-requirements']]), STEPS);
    assert.ok(moved.ok);
    assert.deepEqual(
      moved.placements.find((placement) => placement.section === launch.section),
      { section: launch.section, step: 2, artifact: 'latency-requirements', withParent: false, reason: 'you placed it here' },
    );
  });

  it('refuses choices that do not fit the document or the catalogue, saying which', () => {
    const { source, placements, rows } = proposal();
    const motivation = rowOf(rows, 'Motivation');
    const refused = (section: number, choice: string) => {
      const applied = applyChoices(source, placements, new Map([[section, choice]]), STEPS);
      assert.equal(applied.ok, false, `${choice} for ${section} is refused`);
      return applied.ok ? '' : applied.reason;
    };
    assert.match(refused(motivation.section, 'step:9:problem'), /not a step/);
    assert.match(refused(motivation.section, 'step:3:no-such-artifact'), /no artifact "no-such-artifact"/);
    assert.match(refused(motivation.section, 'parent'), /no section above/);
    assert.match(refused(motivation.section, 'anything'), /not a step/);
    assert.match(refused(999, 'step:1'), /no section 999/);
  });

  it('names each placement by one string, the way the select holds it', () => {
    const { placements } = proposal();
    for (const placement of placements) {
      const choice = choiceOf(placement);
      assert.ok(placement.withParent ? choice === 'parent' : choice.startsWith(`step:${placement.step}`));
    }
  });
});

describe('choices carried to the document after an edit', () => {
  it('keeps each choice on the same section, wherever it moved, and drops those of sections that are gone', () => {
    const { source, rows } = proposal();
    const choices = new Map(rows.map((row) => [row.section, row.choice]));
    choices.set(rowOf(rows, 'Odds and ends').section, 'step:1:existing-solutions');
    const edited = readImportSource(DOCUMENT.replace('## Odds and ends', '## Security\n\nTokens are signed.\n\n## Odds and ends').replace('## Prior art\n\nNginx limits per IP only.\n\n', ''));
    const carried = carryChoices(source, choices, edited);
    const editedRows = proposalRows(edited, proposePlacement(edited, STEPS));
    assert.equal(carried.get(rowOf(editedRows, 'Odds and ends').section), 'step:1:existing-solutions');
    assert.equal(carried.get(rowOf(editedRows, 'Launch traffic').section), 'parent');
    assert.equal(carried.has(rowOf(editedRows, 'Security').section), false, 'a new section gets the proposal');
    assert.equal(carried.size, rows.length - 1, 'Prior art is gone, and its choice with it');
  });

  it('drops "with the section above" for a section that no longer has one', () => {
    const { source, rows } = proposal();
    const launch = rowOf(rows, 'Launch traffic');
    const edited = readImportSource(DOCUMENT.replace('### Launch traffic', '## Launch traffic'));
    assert.equal(carryChoices(source, new Map([[launch.section, 'parent']]), edited).size, 0);
  });
});

describe('messages from the import panel', () => {
  it('accepts what the page sends', () => {
    assert.deepEqual(readImportMessage({ type: 'ready' }), { ok: true, message: { type: 'ready' } });
    assert.deepEqual(readImportMessage({ type: 'reveal', line: 3 }), { ok: true, message: { type: 'reveal', line: 3 } });
    assert.deepEqual(readImportMessage({ type: 'import', revision: 2, layout: 'per-step', choices: [{ section: 1, choice: 'step:1:problem-statement', extra: true }] }), {
      ok: true,
      message: { type: 'import', revision: 2, layout: 'per-step', choices: [{ section: 1, choice: 'step:1:problem-statement' }] },
    });
  });

  it('refuses anything else, with a reason for the log', () => {
    const refused = (message: unknown) => {
      const read = readImportMessage(message);
      assert.equal(read.ok, false, JSON.stringify(message));
      return read.ok ? '' : read.reason;
    };
    assert.match(refused(null), /not an object/);
    assert.match(refused({ type: 'write' }), /unknown message type "write"/);
    assert.match(refused({ type: 'reveal', line: 0 }), /line/);
    assert.match(refused({ type: 'reveal', line: '3' }), /line/);
    assert.match(refused({ type: 'import', revision: 1, layout: 'two-files', choices: [] }), /layout/);
    assert.match(refused({ type: 'import', layout: 'one-file', choices: [] }), /revision/);
    assert.match(refused({ type: 'import', revision: 1, layout: 'one-file' }), /list of choices/);
    assert.match(refused({ type: 'import', revision: 1, layout: 'one-file', choices: [{ section: -1, choice: 'step:1' }] }), /section number/);
    assert.match(refused({ type: 'import', revision: 1, layout: 'one-file', choices: [{ section: 1, choice: 'x'.repeat(301) }] }), /1 to 300/);
    assert.match(refused({ type: 'import', revision: 1, layout: 'one-file', choices: [{ section: 1, choice: 'step:1' }, { section: 1, choice: 'step:2' }] }), /two choices/);
  });
});
