/**
 * Form changes → edits: each artifact kind edited on real files (LF, CRLF, BOM), with every byte
 * outside the edited span unchanged; unchanged values write nothing; missing sections land in
 * step order; guidance comments stay.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  designTemplates,
  formEdits,
  formModel,
  parseStepDoc,
  SEVEN_STEPS,
  type FormChange,
  type TableModel,
} from '../../../src/core';
import { USER_SECTIONS, VARIANTS, apply, editField, eolOf, fieldOf, modelOf, read } from '../form-support';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE, FIXTURES } from '../helpers';

describe('form edits, one artifact kind at a time, on the example design', () => {
  for (const variant of VARIANTS) {
    describe(variant.name, () => {
      it('prose: replaces the problem statement and nothing else', () => {
        const text = variant.convert(read('examples/url-shortener/01-justification.md'));
        const value = 'Our links break when the vendor is down.\n\nWe lose money on every outage.';
        const { result } = editField(text, { kind: 'text', artifactId: 'problem-statement', part: 'body', value }, (f) => assert.equal(f.body?.value, value));
        const eol = eolOf(text);
        assert.ok(result.includes(`## Problem statement${eol}${eol}Our links break when the vendor is down.${eol}${eol}We lose money on every outage.${eol}${eol}## Proposed solution`));
      });

      it('list: appends an item to the components', () => {
        const text = variant.convert(read('examples/url-shortener/06-components.md'));
        const old = fieldOf(text, 'components').body!.value;
        const value = `${old}\n- **Audit log** — keeps every administrative action.`;
        const { edit } = editField(text, { kind: 'text', artifactId: 'components', part: 'body', value }, (f) => assert.equal(f.body?.value, value));
        assert.equal(edit.length, 0, 'appending inserts only');
        assert.equal(edit.text, `${eolOf(text)}- **Audit log** — keeps every administrative action.`);
      });

      it('diagram: changes one line of the mermaid block', () => {
        const text = variant.convert(read('examples/url-shortener/07-component-design.md'));
        const old = fieldOf(text, 'architecture-diagram').body!.value;
        const value = old.replace('users([Recipients and API callers])', 'users([Recipients, marketers and API callers])');
        assert.notEqual(value, old);
        const { edit } = editField(text, { kind: 'text', artifactId: 'architecture-diagram', part: 'body', value }, (f) => assert.equal(f.body?.value, value));
        assert.equal(edit.length, 0);
        assert.equal(edit.text, ', marketers', 'only the new words are inserted');
      });

      it('table: edits a cell, adds, removes and reorders throughput rows', () => {
        const text = variant.convert(read('examples/url-shortener/03-scale.md'));
        const table = fieldOf(text, 'throughput-per-operation').table!.table;
        const rows = table.rows.map((row) => row.cells);
        const cases: { name: string; rows: string[][] }[] = [
          { name: 'edit a cell', rows: rows.map((cells, i) => (i === 1 ? [cells[0]!, cells[1]!, '1200', cells[3]!] : cells)) },
          { name: 'add a row', rows: [...rows, ['Export clicks', 'Read', '0.1', '1']] },
          { name: 'remove a row', rows: rows.filter((_, i) => i !== 2) },
          { name: 'reorder rows', rows: [rows[4]!, ...rows.slice(0, 4)] },
        ];
        for (const testCase of cases) {
          const model: TableModel = { header: table.header, rows: testCase.rows.map((cells) => ({ cells })) };
          const { result, edit } = editField(text, { kind: 'table', artifactId: 'throughput-per-operation', table: model }, (f) => {
            assert.deepEqual(f.table?.table, model, testCase.name);
            assert.equal(f.table?.after, fieldOf(text, 'throughput-per-operation').table!.after);
          });
          // Every row of the result is a row line of the original, except changed/added ones.
          const oldLines = new Set(text.split(/\r?\n/));
          const newRows = result.split(/\r?\n/).filter((line) => line.startsWith('| ') && !oldLines.has(line));
          assert.ok(newRows.length <= 1, `${testCase.name}: at most one new row line, got ${newRows.join(' / ')}`);
          if (testCase.name === 'edit a cell') assert.deepEqual([edit.length, edit.text], [2, '20']);
        }
      });

      it('api: adds an operation row to the API table', () => {
        const text = variant.convert(read('examples/url-shortener/04-interfaces.md'));
        const table = fieldOf(text, 'api').table!.table;
        const row = ['Update link', 'PATCH', '`/v1/links/{code}`', '`{ tags }`', '`200` with the Link; `a | b` piped'];
        const model: TableModel = { header: table.header, rows: [...table.rows, { cells: row }] };
        const { edit } = editField(text, { kind: 'table', artifactId: 'api', table: model }, (f) => assert.deepEqual(f.table?.table, model));
        assert.equal(edit.length, 0);
        assert.equal(edit.text, `${eolOf(text)}| Update link | PATCH | \`/v1/links/{code}\` | \`{ tags }\` | \`200\` with the Link; \`a \\| b\` piped |`);
      });

      it('api: edits the text before and after the API table', () => {
        const text = variant.convert(read('examples/url-shortener/04-interfaces.md'));
        const api = fieldOf(text, 'api').table!;
        const before = `${api.before}\n\nAll times are UTC.`;
        editField(text, { kind: 'text', artifactId: 'api', part: 'before', value: before }, (f) => {
          assert.equal(f.table?.before, before);
          assert.deepEqual(f.table?.table, api.table);
        });
        const after = api.after.replace('Conventions that apply', 'Rules that apply');
        editField(text, { kind: 'text', artifactId: 'api', part: 'after', value: after }, (f) => assert.equal(f.table?.after, after));
      });

      it('api: edits an API written as OpenAPI as text', () => {
        const section = read('sections/api-openapi.md');
        const text = variant.convert(read('examples/url-shortener/04-interfaces.md').replace(/## API\n[\s\S]*?(?=## Data models)/, `${section}\n`));
        const api = fieldOf(text, 'api');
        assert.ok(api.body);
        const value = api.body.value.replace('version: 1.0.0', 'version: 1.1.0');
        const { edit } = editField(text, { kind: 'text', artifactId: 'api', part: 'body', value }, (f) => assert.equal(f.body?.value, value));
        assert.deepEqual([edit.length, edit.text], [1, '1']);
      });
    });
  }
});


describe('form edits keep user content byte-identical', () => {
  for (const variant of VARIANTS) {
    it(`edits every field of a file with user sections, HTML and code fences (${variant.name})`, () => {
      const text = variant.convert(USER_SECTIONS);
      const values: Record<string, string> = {
        'problem-statement': 'Search is slow.',
        'proposed-solution': 'Index pages as they change, within a minute.\n\n![flow](flow.png)',
        'existing-solutions': 'Nothing fits.\n\n```sh\n## still not a section\n```',
      };
      for (const [artifactId, value] of Object.entries(values)) {
        const { result } = editField(text, { kind: 'text', artifactId, part: 'body', value }, (f) => assert.equal(f.body?.value, value));
        const eol = eolOf(text);
        for (const kept of ['Intro paragraph the form does not show.', `## Open questions${eol}${eol}- Who owns the index?${eol}${eol}\`\`\`md${eol}## not a heading${eol}\`\`\``, `## Appendix${eol}${eol}Anything.${eol}`]) {
          assert.ok(result.includes(kept), `${artifactId}: kept ${JSON.stringify(kept)}`);
        }
      }
      const problem = fieldOf(text, 'problem-statement').body!;
      assert.equal(problem.placeholder, 'Guidance the user kept.');
      assert.equal(problem.value, 'Search is slow.   \nIt returns stale pages.\n\n<div align="center"><img src="chart.png" alt="latency chart"></div>');
      assert.equal(fieldOf(text, 'existing-solutions').body?.value, 'Text with <!-- a comment --> inside.\n\n```sh\n# not a title\n## not a section\n```');
    });
  }

  it('writes nothing for an unchanged model, for every field of every fixture and variant', () => {
    const files = [
      ...readdirSync(EXAMPLE).map((name) => `examples/url-shortener/${name}`),
      ...['gaps', 'partial', 'team-wiki-search'].flatMap((design) => readdirSync(path.join(FIXTURES, 'designs', design)).map((name) => `designs/${design}/${name}`)),
    ];
    const texts = [...files.map(read), USER_SECTIONS, ...designTemplates('Unchanged', SEVEN_STEPS).map((file) => file.text)];
    let checked = 0;
    for (const original of texts) {
      for (const variant of VARIANTS) {
        const text = variant.convert(original);
        const doc = parseStepDoc(text);
        const model = formModel(doc);
        assert.ok(model);
        const changes: FormChange[] = [
          { kind: 'status', status: model.status },
          { kind: 'reviewers', reviewers: model.reviewers },
        ];
        for (const f of model.fields) {
          if (f.body) changes.push({ kind: 'text', artifactId: f.id, part: 'body', value: f.body.value });
          if (f.table) {
            changes.push({ kind: 'table', artifactId: f.id, table: f.table.table });
            changes.push({ kind: 'table', artifactId: f.id, table: { header: [], rows: f.table.table.rows } });
            changes.push({ kind: 'text', artifactId: f.id, part: 'before', value: f.table.before });
            changes.push({ kind: 'text', artifactId: f.id, part: 'after', value: f.table.after });
          }
        }
        for (const change of changes) {
          assert.deepEqual(formEdits('f', doc, change), [], `${JSON.stringify(change).slice(0, 100)} in ${variant.name}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 500);
  });
});

describe('form edits on empty and missing fields', () => {
  const template = designTemplates('New', SEVEN_STEPS)[1]!.text;

  for (const variant of VARIANTS) {
    it(`typing into an empty field writes after the guidance comment, which stays (${variant.name})`, () => {
      const text = variant.convert(template);
      const eol = eolOf(text);
      const before = fieldOf(text, 'use-cases').body!;
      const value = '- **Search** — find a page by its words.';
      const { result, edit } = editField(text, { kind: 'text', artifactId: 'use-cases', part: 'body', value }, (f) => {
        assert.deepEqual(f.body, { value, placeholder: before.placeholder });
        assert.equal(f.state, 'present');
      });
      assert.equal(edit.length, 0);
      assert.ok(result.includes(`short one."${eol}-->${eol}${eol}${value}${eol}${eol}## Latency requirements`));
    });

    it(`clearing a field keeps its heading, its guidance and one blank line before the next heading (${variant.name})`, () => {
      const typed = variant.convert(template).replace(/(short one\."\r?\n-->\r?\n)/, `$1${eolOf(variant.convert(template))}Some text.${eolOf(variant.convert(template))}`);
      const text = typed;
      const eol = eolOf(text);
      assert.equal(fieldOf(text, 'use-cases').body?.value, 'Some text.');
      const { result } = editField(text, { kind: 'text', artifactId: 'use-cases', part: 'body', value: '' }, (f) => assert.equal(f.body?.value, ''));
      assert.equal(result, variant.convert(template));
      assert.ok(result.includes(`short one."${eol}-->${eol}${eol}## Latency requirements`));
      // Clearing prose without guidance, at the end of a file.
      const last = variant.convert(read('examples/url-shortener/01-justification.md'));
      const cleared = editField(last, { kind: 'text', artifactId: 'existing-solutions', part: 'body', value: '  \n' }, (f) => assert.equal(f.state, 'empty')).result;
      assert.ok(cleared.endsWith(`## Existing solutions${eol}`));
    });
  }

  it('typing the first row into a template table keeps the header and delimiter', () => {
    const text = template;
    const model: TableModel = { header: ['Persona', 'Kind', 'Needs'], rows: [{ cells: ['Editor', 'Human', 'Find pages'] }] };
    const { edit } = editField(text, { kind: 'table', artifactId: 'users-and-personas', table: model }, (f) => assert.deepEqual(f.table?.table, model));
    assert.deepEqual([edit.length, edit.text], [0, '\n| Editor | Human | Find pages |']);
  });

  it('creates missing sections in step order, from the template, with the value', () => {
    for (const variant of VARIANTS) {
      let text = variant.convert(read('designs/partial/02-requirements.md'));
      const eol = eolOf(text);
      const changes: FormChange[] = [
        { kind: 'text', artifactId: 'stakeholders', part: 'body', value: '- **Ops** — runs it.' },
        { kind: 'table', artifactId: 'users-and-personas', table: { header: [], rows: [{ cells: ['Product service', 'Program', 'Send events'] }] } },
        { kind: 'text', artifactId: 'security-requirements', part: 'body', value: 'Only product services may publish.' },
      ];
      for (const change of changes) {
        const { result, edit } = apply(text, change);
        assert.equal(edit.length, 0, 'creating a section only inserts');
        text = result;
      }
      const model = modelOf(text);
      assert.deepEqual(model.fields.map((f) => f.state), ['present', 'present', 'present', 'empty', 'present', 'present']);
      const doc = parseStepDoc(text);
      const order = doc.sections.map((section) => section.artifact?.id);
      assert.deepEqual(order, SEVEN_STEPS.steps[1]!.artifacts.map((a) => a.id), variant.name);
      assert.deepEqual(model.fields[0]?.table?.table, { header: ['Persona', 'Kind', 'Needs'], rows: [{ cells: ['Product service', 'Program', 'Send events'] }] });
      assert.equal(model.fields[5]?.body?.value, '- **Ops** — runs it.');
      assert.ok(text.includes(`## Stakeholders${eol}${eol}<!-- The people and teams`), 'the created section carries the guidance comment');
      assert.ok(text.includes(`## Availability${eol}${eol}TODO${eol}${eol}## Security requirements`));
    }
  });

  it('creates nothing for an empty change to a missing field', () => {
    const doc = parseStepDoc(read('designs/partial/02-requirements.md'));
    assert.deepEqual(formEdits('f', doc, { kind: 'text', artifactId: 'stakeholders', part: 'body', value: '\n' }), []);
    assert.deepEqual(formEdits('f', doc, { kind: 'table', artifactId: 'users-and-personas', table: { header: ['Persona', 'Kind', 'Needs'], rows: [] } }), []);
    assert.deepEqual(formEdits('f', doc, { kind: 'text', artifactId: 'not-an-artifact', part: 'body', value: 'x' }), []);
  });
});

