/** New designs from the templates, and the edits that quick fixes make. */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { designTemplates, parseStepDoc, sectionTemplate, SEVEN_STEPS, type FileEdit, type Finding } from '../../../src/core';
import { checkPaths, DesignCopy, lineOf, replaceSection, STEP_FILES, tempDir, type StepFileName } from '../helpers';

function writeTemplates(title: string): string {
  const dir = path.join(tempDir(), 'new-design');
  mkdirSync(dir);
  for (const { fileName, text } of designTemplates(title, SEVEN_STEPS)) writeFileSync(path.join(dir, fileName), text);
  return dir;
}

/** Applies a single-replace fix to `text`, checking that nothing outside the insertion changes. */
function applyInsertion(text: string, finding: Finding | undefined): { result: string; offset: number; inserted: string } {
  assert.ok(finding?.fix, 'the finding has a fix');
  assert.equal(finding.fix.edits.length, 1);
  const edit = finding.fix.edits[0] as FileEdit;
  assert.equal(edit.kind, 'replace');
  if (edit.kind !== 'replace') throw new Error('unreachable');
  assert.equal(edit.length, 0, 'the fix inserts and replaces nothing');
  const result = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset);
  assert.equal(result.slice(0, edit.offset), text.slice(0, edit.offset), 'bytes before the insertion are unchanged');
  assert.equal(result.slice(edit.offset + edit.text.length), text.slice(edit.offset), 'bytes after the insertion are unchanged');
  return { result, offset: edit.offset, inserted: edit.text };
}

describe('design templates', () => {
  it('make seven step files named by the convention, in draft', () => {
    const files = designTemplates('Payments ledger', SEVEN_STEPS);
    // The same names as the example design uses.
    assert.deepEqual(files.map((file) => file.fileName), [...STEP_FILES]);
    for (const [index, file] of files.entries()) {
      const doc = parseStepDoc(file.text);
      assert.deepEqual([doc.step, doc.status, doc.design, doc.problems], [index + 1, 'draft', 'Payments ledger', []]);
    }
  });

  it('form a design whose only findings are one empty-artifact per artifact, on its heading', async () => {
    const dir = writeTemplates('X');
    const { reports, findings } = await checkPaths([dir]);
    assert.equal(reports.length, 1);
    assert.equal(reports[0]?.title, 'X');
    assert.equal(reports[0]?.complete, false);
    const expected = SEVEN_STEPS.steps.flatMap((step) => {
      const text = designTemplates('X', SEVEN_STEPS)[step.step - 1]!.text;
      return step.artifacts.map((artifact) => ({ rule: 'empty-artifact', file: step.fileName, line: lineOf(text, `\n## ${artifact.title}\n`) + 1 }));
    });
    assert.deepEqual(
      findings.map((f) => ({ rule: f.rule, file: f.file, line: f.line })),
      expected,
    );
    assert.ok(reports[0]?.steps.every((step) => step.status === 'draft' && step.artifacts.every((artifact) => artifact.state === 'empty')));
  });

  it('keep a title that needs quoting in YAML', async () => {
    for (const title of ['Payments: v2', 'yes', '"Quoted" ledger', '# not a comment', 'Ünïcode — design']) {
      const [first] = designTemplates(title, SEVEN_STEPS);
      const doc = parseStepDoc(first!.text);
      assert.deepEqual(doc.problems, [], title);
      assert.equal(doc.design, title);
    }
  });
});

describe('the missing-artifact fix', () => {
  const cases: { file: StepFileName; heading: string; after: string | undefined }[] = [
    { file: '01-justification.md', heading: 'Problem statement', after: undefined },
    { file: '02-requirements.md', heading: 'Use cases', after: 'Users and personas' },
    { file: '05-data-flow.md', heading: 'Stored data', after: 'Data flow' },
    { file: '07-component-design.md', heading: 'Replication and caching', after: 'Access control' },
  ];
  for (const eol of ['\n', '\r\n']) {
    for (const c of cases) {
      it(`inserts "${c.heading}" in step order (${eol === '\n' ? 'LF' : 'CRLF'}) and changes nothing else`, async () => {
        const copy = new DesignCopy();
        const text = copy.change(c.file, (old) =>
          replaceSection(old, c.heading, '').replace(/status: (approved|in-review)/, 'status: draft').replace(/\n/g, eol),
        );
        const findings = await copy.check();
        assert.deepEqual(
          findings.map((f) => f.rule),
          ['missing-artifact'],
        );
        const { result, offset, inserted } = applyInsertion(text, findings[0]?.finding);
        const artifact = SEVEN_STEPS.steps.flatMap((step) => step.artifacts).find((candidate) => candidate.title === c.heading)!;
        assert.ok(inserted.includes(sectionTemplate(artifact, eol)), 'the inserted text is the section template');
        assert.ok(eol === '\n' ? !inserted.includes('\r') : !/[^\r]\n/.test(inserted), 'the inserted text uses the file\'s line breaks');
        assert.ok(offset === result.length - inserted.length || result.slice(offset + inserted.length).startsWith('## '), 'inserted before a heading or at the end');

        const doc = parseStepDoc(result);
        const step = SEVEN_STEPS.steps.find((candidate) => candidate.fileName.slice(0, 2) === c.file.slice(0, 2))!;
        assert.deepEqual(
          doc.sections.filter((section) => section.artifact).map((section) => section.artifact?.title),
          step.artifacts.map((candidate) => candidate.title),
          'sections are in step order',
        );
        if (c.after) {
          const previous = doc.sections.findIndex((section) => section.heading === c.after);
          assert.equal(doc.sections[previous + 1]?.heading, c.heading);
        }

        copy.write(c.file, result);
        const after = await copy.check();
        assert.deepEqual(
          after.map((f) => [f.rule, f.line]),
          [['empty-artifact', result.slice(0, result.indexOf(`## ${c.heading}`)).split('\n').length]],
        );
      });
    }
  }

  it('appends at the end of a file with no break at its end, and with a BOM', async () => {
    const copy = new DesignCopy();
    const file = '07-component-design.md';
    const text = copy.change(file, (old) => `\uFEFF${replaceSection(old, 'Replication and caching', '').replace(/status: (approved|in-review)/, 'status: draft').trimEnd()}`);
    const findings = await copy.check();
    const { result, inserted } = applyInsertion(text, findings.find((f) => f.rule === 'missing-artifact')?.finding);
    assert.ok(inserted.startsWith('\n\n## Replication and caching\n'), JSON.stringify(inserted.slice(0, 30)));
    assert.ok(result.startsWith('\uFEFF---'));
    copy.write(file, result);
    assert.deepEqual((await copy.check()).map((f) => f.rule), ['empty-artifact']);
  });
});

describe('other fixes', () => {
  it('the missing-step fix creates the step from its template', async () => {
    const copy = new DesignCopy();
    rmSync(copy.path('04-interfaces.md'));
    const missing = (await copy.check()).filter((f) => f.rule === 'missing-step');
    assert.equal(missing.length, 1);
    const edit = missing[0]?.finding.fix?.edits[0];
    assert.equal(edit?.kind, 'create');
    if (edit?.kind !== 'create') return;
    assert.equal(edit.file, copy.path('04-interfaces.md'));
    assert.match(edit.text, /^---\ndesign: URL shortener\ndesign-step: 4\nstatus: draft\n/);
    writeFileSync(edit.file, edit.text);
    // The new file's sections are empty, so nothing is traced against them yet.
    const text = copy.read('04-interfaces.md');
    assert.deepEqual(
      (await copy.check()).map((f) => [f.rule, f.file, f.line]),
      [
        ['empty-artifact', '04-interfaces.md', lineOf(text, '## API\n')],
        ['empty-artifact', '04-interfaces.md', lineOf(text, '## Data models\n')],
      ],
    );
  });

  it('the untraced-use-case fix adds a workflow heading that satisfies the trace', async () => {
    const copy = new DesignCopy();
    copy.edit('06-components.md', '### Delete a link', '### Remove');
    const [finding] = await copy.check();
    assert.equal(finding?.rule, 'untraced-use-case');
    const text = copy.read('06-components.md');
    const { result, inserted } = applyInsertion(text, finding.finding);
    assert.match(inserted, /### Delete a link/);
    copy.write('06-components.md', result);
    // The new workflow still holds a TODO for its steps, which is the only thing left to do.
    assert.deepEqual((await copy.check()).map((f) => f.rule), ['placeholder-text']);
  });

  it('the untraced-component fix adds a row to the technology choices table', async () => {
    const copy = new DesignCopy();
    copy.change('06-components.md', (old) => `${old}- **Abuse scanner** — rescans active destinations every day.\n`);
    const [finding] = await copy.check();
    assert.equal(finding?.rule, 'untraced-component');
    const edit = finding.finding.fix?.edits[0];
    assert.equal(edit?.kind === 'replace' ? path.basename(edit.file) : undefined, '07-component-design.md');
    const text = copy.read('07-component-design.md');
    const { result, inserted } = applyInsertion(text, finding.finding);
    assert.equal(inserted, '\n| Abuse scanner | TODO | TODO | TODO |');
    copy.write('07-component-design.md', result);
    const after = (await copy.check()).map((f) => f.rule);
    assert.ok(!after.includes('untraced-component'), after.join());
  });
});
