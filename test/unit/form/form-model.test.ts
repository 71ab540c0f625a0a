/** The step form's model: fields, states, values, tables and placeholders, read from real files. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { designTemplates, formModel, parseStepDoc, sectionTemplate, SEVEN_STEPS, type ArtifactField, type StepFormModel } from '../../../src/core';
import { EXAMPLE, FIXTURES, STEP_FILES } from '../helpers';

function example(name: string): string {
  return readFileSync(path.join(EXAMPLE, name), 'utf8');
}

function modelOf(text: string): StepFormModel {
  const model = formModel(parseStepDoc(text));
  assert.ok(model, 'the file names a known step');
  return model;
}

function field(model: StepFormModel, id: string): ArtifactField {
  const found = model.fields.find((candidate) => candidate.id === id);
  assert.ok(found, `the model has a field ${id}`);
  return found;
}

const VARIANTS: { name: string; convert(text: string): string }[] = [
  { name: 'CRLF', convert: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'BOM', convert: (text) => `\uFEFF${text}` },
  { name: 'BOM + CRLF', convert: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}` },
];

describe('form model of the example design', () => {
  it('has one present field per artifact, in step order, with the front matter', () => {
    for (const [index, name] of STEP_FILES.entries()) {
      const model = modelOf(example(name));
      const spec = SEVEN_STEPS.steps[index]!;
      assert.equal(model.step, spec.step);
      assert.equal(model.title, spec.title);
      assert.equal(model.purpose, spec.purpose);
      assert.equal(model.designTitle, 'URL shortener');
      assert.deepEqual(model.fields.map((f) => f.id), spec.artifacts.map((a) => a.id));
      for (const f of model.fields) {
        assert.equal(f.state, 'present', `${name} ${f.id}`);
        assert.equal(typeof f.line, 'number');
        assert.ok((f.body === undefined) !== (f.table === undefined), `${f.id} has exactly one editor`);
      }
    }
    const step3 = modelOf(example('03-scale.md'));
    assert.equal(step3.status, 'approved');
    assert.deepEqual(step3.reviewers, ['li', 'marco']);
    assert.equal(modelOf(example('07-component-design.md')).status, 'in-review');
  });

  it('gives each heading its 0-based line', () => {
    const text = example('03-scale.md');
    const lines = text.split('\n');
    const model = modelOf(text);
    assert.equal(lines[field(model, 'scale-summary').line!], '## Scale summary');
    assert.equal(lines[field(model, 'throughput-per-operation').line!], '## Throughput per operation');
  });

  it('reads step 3 throughput as a table, with the Markdown after it', () => {
    const throughput = field(modelOf(example('03-scale.md')), 'throughput-per-operation');
    assert.equal(throughput.kind, 'table');
    assert.ok(throughput.table);
    assert.equal(throughput.table.hasTable, true);
    assert.equal(throughput.table.before, '');
    assert.deepEqual(throughput.table.table, {
      header: ['Operation', 'Read/Write', 'Average TPS', 'Peak TPS'],
      rows: [
        { cells: ['Create short link', 'Write', '12', '120'] },
        { cells: ['Resolve short link', 'Read', '1160', '5800'] },
        { cells: ['List links', 'Read', '3.5', '35'] },
        { cells: ['Get link stats', 'Read', '5', '50'] },
        { cells: ['Delete link', 'Write', '0.2', '5'] },
      ],
    });
    assert.ok(throughput.table.after.startsWith('How the numbers were derived (a day has 86,400 seconds):\n\n1. **Create short link**'));
    assert.ok(throughput.table.after.endsWith('safety bulk actions cause the peak.'));
  });

  it('keeps cell Markdown as written: code spans, and the text before and after the API table', () => {
    const api = field(modelOf(example('04-interfaces.md')), 'api');
    assert.equal(api.kind, 'api');
    assert.ok(api.table);
    assert.ok(api.table.before.startsWith('The management API lives at `https://api.nw.example/v1`'));
    assert.deepEqual(api.table.table.header, ['Operation', 'Method', 'Path', 'Request', 'Response']);
    assert.deepEqual(api.table.table.rows[0]?.cells, [
      'Create short link',
      'POST',
      '`/v1/links`',
      '`{ url, alias?, expiresAt?, tags? }`; header `Idempotency-Key`',
      '`201` with the Link; `409` alias taken; `422` destination blocked',
    ]);
    assert.ok(api.table.after.startsWith('Conventions that apply to every management call:'));
  });

  it('reads prose, list and diagram fields as one Markdown value', () => {
    const problem = field(modelOf(example('01-justification.md')), 'problem-statement');
    assert.ok(problem.body);
    assert.ok(problem.body.value.startsWith('Our messaging platform delivers SMS'));
    assert.ok(problem.body.value.endsWith("so marketers see yesterday's numbers."));
    assert.ok(!problem.body.value.includes('## '));
    const diagram = field(modelOf(example('06-components.md')), 'component-diagram');
    assert.ok(diagram.body?.value.includes('```mermaid'));
    const components = field(modelOf(example('06-components.md')), 'components');
    assert.ok(components.body?.value.startsWith('- **Edge load balancer** — the single entry point'));
  });

  it('is the same for LF, CRLF and BOM files', () => {
    for (const name of STEP_FILES) {
      const lf = modelOf(example(name));
      for (const variant of VARIANTS) assert.deepEqual(modelOf(variant.convert(example(name))), lf, `${name} ${variant.name}`);
    }
  });
});

describe('form model of templates and gaps', () => {
  it('shows a new design as empty fields whose placeholder is the guidance comment', () => {
    for (const [index, file] of designTemplates('Payments', SEVEN_STEPS).entries()) {
      const model = modelOf(file.text);
      assert.equal(model.status, 'draft');
      assert.deepEqual(model.reviewers, []);
      for (const [at, f] of model.fields.entries()) {
        const artifact = SEVEN_STEPS.steps[index]!.artifacts[at]!;
        assert.equal(f.state, 'empty', `${file.fileName} ${f.id}`);
        const comment = /<!--([\s\S]*?)-->/.exec(sectionTemplate(artifact))![1]!.trim();
        const part = f.body ?? f.table;
        assert.ok(part);
        assert.equal(part.placeholder, comment);
        assert.ok(!part.placeholder.includes('<!--') && !part.placeholder.includes('-->'));
        if (f.body) {
          assert.equal(f.body.value, '');
          assert.equal(artifact.columns, undefined);
        } else {
          assert.deepEqual(f.table, { before: '', table: { header: artifact.columns, rows: [] }, after: '', hasTable: true, placeholder: comment });
        }
      }
    }
  });

  it('marks missing artifacts, with the catalogue guidance as placeholder', () => {
    const model = modelOf(readFileSync(path.join(FIXTURES, 'designs/partial/02-requirements.md'), 'utf8'));
    assert.deepEqual(
      model.fields.map((f) => [f.id, f.state]),
      [
        ['users-and-personas', 'missing'],
        ['use-cases', 'present'],
        ['latency-requirements', 'present'],
        ['availability', 'empty'],
        ['security-requirements', 'missing'],
        ['stakeholders', 'missing'],
      ],
    );
    const personas = field(model, 'users-and-personas');
    assert.equal(personas.line, undefined);
    assert.deepEqual(personas.table?.table, { header: ['Persona', 'Kind', 'Needs'], rows: [] });
    assert.equal(personas.table?.hasTable, false);
    assert.ok(personas.table?.placeholder.startsWith('Each kind of caller'));
    assert.equal(field(model, 'stakeholders').body?.value, '');
    // A placeholder-only section is empty for the checker but its text is still the value.
    assert.equal(field(model, 'availability').body?.value, 'TODO');
    // Rows shorter than the header are padded with empty cells.
    assert.deepEqual(field(model, 'latency-requirements').table?.table, { header: ['Use case', 'Target'], rows: [{ cells: ['Publish an event', 'p99 < 100 ms to accept'] }] });
  });

  it('is undefined for a file without a known step', () => {
    assert.equal(formModel(parseStepDoc('# Notes\n\n## Problem statement\n\nText.\n')), undefined);
    assert.equal(formModel(parseStepDoc('---\ndesign-step: 9\n---\n# X\n')), undefined);
  });
});

describe('form model details', () => {
  const doc = (body: string) => `---\ndesign-step: 4\nstatus: draft\nreviewers: []\n---\n# Interfaces\n\n${body}`;

  it('drops only the leading guidance comments; later comments are content', () => {
    const model = modelOf(doc('## Data models\n\n<!-- guide one -->\n<!-- guide\n  two -->\n\nText <!-- inline -->\n\n<!-- later -->\n\nMore.\n'));
    const models = field(model, 'data-models');
    assert.deepEqual(models.body, { value: 'Text <!-- inline -->\n\n<!-- later -->\n\nMore.', placeholder: 'guide one\n\nguide\n  two' });
  });

  it('reads an API section written as OpenAPI as one text area', () => {
    const openapi = readFileSync(path.join(FIXTURES, 'sections/api-openapi.md'), 'utf8');
    const api = field(modelOf(doc(openapi)), 'api');
    assert.equal(api.table, undefined);
    assert.ok(api.body?.value.startsWith('The management API, as the OpenAPI document'));
    assert.ok(api.body?.value.endsWith('summary: Delete link\n```'));
  });

  it('unescapes pipes in cells but keeps other Markdown, and handles tables without outer pipes', () => {
    const model = modelOf(
      doc('## API\n\nOperation | Method | Path\n:--- | :---: | ---\nSplit `a \\| b` | **GET** | [x](http://x/y?a=1\\|2) \\\\\n'),
    );
    const api = field(model, 'api');
    assert.deepEqual(api.table?.table, {
      header: ['Operation', 'Method', 'Path'],
      rows: [{ cells: ['Split `a | b`', '**GET**', '[x](http://x/y?a=1|2) \\\\'] }],
    });
  });

  it('shows the first table only; later tables belong to the text after it', () => {
    const model = modelOf(doc('## API\n\nIntro.\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\nBetween.\n\n| C |\n| - |\n| 3 |\n'));
    const api = field(model, 'api');
    assert.equal(api.table?.before, 'Intro.');
    assert.deepEqual(api.table?.table.rows, [{ cells: ['1', '2'] }]);
    assert.equal(api.table?.after, 'Between.\n\n| C |\n| - |\n| 3 |');
  });
});
