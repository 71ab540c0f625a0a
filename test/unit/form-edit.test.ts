/**
 * Form changes → edits: each artifact kind edited on real files (LF, CRLF, BOM), with every byte
 * outside the edited span unchanged; unchanged values write nothing; missing sections land in
 * step order; guidance comments stay.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  applyEdits,
  designTemplates,
  formEdits,
  formModel,
  minimalEdit,
  parseStepDoc,
  sectionFor,
  STEPS,
  type ArtifactField,
  type FileEdit,
  type FormChange,
  type StepFormModel,
  type TableModel,
} from '../../src/core';
import { EXAMPLE, FIXTURES } from './helpers';

type Replace = Extract<FileEdit, { kind: 'replace' }>;

interface Variant {
  name: string;
  convert(text: string): string;
}

const VARIANTS: Variant[] = [
  { name: 'LF', convert: (text) => text },
  { name: 'CRLF', convert: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'BOM', convert: (text) => `\uFEFF${text}` },
  { name: 'BOM + CRLF', convert: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}` },
];

function read(relative: string): string {
  return readFileSync(path.join(relative.startsWith('examples') ? path.dirname(path.dirname(EXAMPLE)) : FIXTURES, relative), 'utf8');
}

/** Parsing is the slow part; many assertions look at the same texts. */
const parsed = new Map<string, ReturnType<typeof parseStepDoc>>();
function parse(text: string): ReturnType<typeof parseStepDoc> {
  let doc = parsed.get(text);
  if (!doc) {
    doc = parseStepDoc(text);
    parsed.set(text, doc);
  }
  return doc;
}

function modelOf(text: string): StepFormModel {
  const model = formModel(parse(text));
  assert.ok(model);
  return model;
}

function fieldOf(text: string, id: string): ArtifactField {
  const found = modelOf(text).fields.find((f) => f.id === id);
  assert.ok(found);
  return found;
}

/** The model without line numbers (they move when an earlier section grows). */
function withoutLines(model: StepFormModel) {
  return { ...model, fields: model.fields.map(({ line: _line, ...rest }) => rest) };
}

interface Applied {
  result: string;
  edit: Replace;
}

/**
 * Applies a change that must produce exactly one replace edit, and checks the promises every
 * edit keeps: bytes before and after it unchanged, the BOM untouched, the file's line breaks used,
 * and (when given) the edit inside `within`.
 */
function apply(text: string, change: FormChange, within?: { start: number; end: number }): Applied {
  const doc = parse(text);
  const edits = formEdits('file.md', doc, change);
  assert.equal(edits.length, 1, `one edit for ${JSON.stringify(change).slice(0, 80)}`);
  const edit = edits[0] as Replace;
  assert.equal(edit.kind, 'replace');
  assert.equal(edit.file, 'file.md');
  const result = applyEdits(text, edits);
  assert.equal(result.slice(0, edit.offset), text.slice(0, edit.offset));
  assert.equal(result.slice(edit.offset + edit.text.length), text.slice(edit.offset + edit.length));
  assert.equal(result.startsWith('\uFEFF'), text.startsWith('\uFEFF'));
  assert.ok(edit.offset >= (text.startsWith('\uFEFF') ? 1 : 0), 'the BOM is never inside an edit');
  if (doc.eol === '\r\n') assert.ok(!/(?<!\r)\n/.test(edit.text), 'CRLF file gets CRLF line breaks');
  else assert.ok(!edit.text.includes('\r'), 'LF file gets LF line breaks');
  if (within) {
    assert.ok(edit.offset >= within.start && edit.offset + edit.length <= within.end, 'the edit stays inside the section');
  }
  return { result, edit };
}

function sectionRange(text: string, id: string): { start: number; end: number } {
  const section = sectionFor(parse(text), id);
  assert.ok(section);
  return { start: section.headingRange.end, end: section.range.end };
}

/** Applies the change and checks that only the edited field's model changed, to `expected`. */
function editField(text: string, change: FormChange & { artifactId: string }, check: (after: ArtifactField) => void): Applied {
  const before = withoutLines(modelOf(text));
  const applied = apply(text, change, sectionRange(text, change.artifactId));
  const after = withoutLines(modelOf(applied.result));
  for (const [index, field] of after.fields.entries()) {
    if (field.id === change.artifactId) check(modelOf(applied.result).fields[index]!);
    else assert.deepEqual(field, before.fields[index], `field ${field.id} is unchanged`);
  }
  assert.equal(after.status, before.status);
  assert.deepEqual(after.reviewers, before.reviewers);
  return applied;
}

const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

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

const USER_SECTIONS = `---
design: Wiki search
design-step: 1
status: draft
reviewers:
  - ana
---
# Validate the need

Intro paragraph the form does not show.

## Problem statement

<!-- Guidance the user kept. -->

Search is slow.   
It returns stale pages.

<div align="center"><img src="chart.png" alt="latency chart"></div>

## Open questions

- Who owns the index?

\`\`\`md
## not a heading
\`\`\`

## Proposed solution
Index pages as they change.
![flow](flow.png)
## Existing solutions

<!-- first -->
Text with <!-- a comment --> inside.

\`\`\`sh
# not a title
## not a section
\`\`\`


## Appendix

Anything.
`;

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
    const texts = [...files.map(read), USER_SECTIONS, ...designTemplates('Unchanged').map((file) => file.text)];
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
  const template = designTemplates('New')[1]!.text;

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
      assert.deepEqual(order, STEPS[1]!.artifacts.map((a) => a.id), variant.name);
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

describe('table edits in detail', () => {
  const base = (table: string) =>
    `---\ndesign-step: 7\n---\n# Components\n\n## Technology choices\n\nIntro.\n\n${table}\n\nAfter.\n\n## Access control\n\nText.\n`;

  it('keeps odd spacing of unchanged rows and a custom delimiter row', () => {
    const text = base('|Component|Choice|Alternatives|Reason|\n|:--|:-:|--|--:|\n|  Cache |Valkey| DAX |fast|\n| Store | DynamoDB | Aurora | simple |');
    const old = fieldOf(text, 'technology-choices').table!.table;
    const model: TableModel = { header: old.header, rows: [old.rows[1]!, old.rows[0]!, { cells: ['Queue', 'SQS', 'Kafka', 'no brokers'] }] };
    const { result } = editField(text, { kind: 'table', artifactId: 'technology-choices', table: model }, (f) => assert.deepEqual(f.table?.table, model));
    assert.ok(result.includes('|Component|Choice|Alternatives|Reason|\n|:--|:-:|--|--:|\n| Store | DynamoDB | Aurora | simple |\n|  Cache |Valkey| DAX |fast|\n| Queue | SQS | Kafka | no brokers |\n\nAfter.'));
  });

  it('escapes pipes, flattens line breaks, and rebuilds the delimiter only when the columns change', () => {
    const text = base('| Component | Choice | Alternatives | Reason |\n|:--|---|---|---|\n| Cache | Valkey | DAX | fast |');
    const old = fieldOf(text, 'technology-choices').table!.table;
    const model: TableModel = { header: [...old.header, 'Owner'], rows: [old.rows[0]!, { cells: ['Store', 'a|b', 'x\ny', ' `c|d` ', 'me'] }] };
    const { result } = editField(text, { kind: 'table', artifactId: 'technology-choices', table: model }, (f) => {
      assert.deepEqual(f.table?.table, {
        header: [...old.header, 'Owner'],
        rows: [{ cells: ['Cache', 'Valkey', 'DAX', 'fast', ''] }, { cells: ['Store', 'a|b', 'x y', '`c|d`', 'me'] }],
      });
    });
    assert.ok(result.includes('| Component | Choice | Alternatives | Reason | Owner |\n| :-- | --- | --- | --- | --- |\n| Cache | Valkey | DAX | fast |\n| Store | a\\|b | x y | `c\\|d` | me |\n'));
  });

  it('removes every row, keeping the header and delimiter', () => {
    const text = base('| Component | Choice | Alternatives | Reason |\n| --- | --- | --- | --- |\n| Cache | Valkey | DAX | fast |');
    const { edit } = editField(text, { kind: 'table', artifactId: 'technology-choices', table: { header: [], rows: [] } }, (f) => assert.deepEqual(f.table?.table.rows, []));
    assert.deepEqual([edit.text, text.slice(edit.offset, edit.offset + edit.length)], ['', '\n| Cache | Valkey | DAX | fast |']);
  });

  it('inserts a table with the catalogue columns after the text of a section without one', () => {
    const text = '---\ndesign-step: 2\n---\n# R\n\n## Latency requirements\n\n- **Search**: fast.\n## Availability\n\n99.9%.\n';
    const model: TableModel = { header: [], rows: [{ cells: ['Search', 'p99 < 200 ms', ''] }] };
    const { result } = editField(text, { kind: 'table', artifactId: 'latency-requirements', table: model }, (f) => {
      assert.deepEqual(f.table, { before: '- **Search**: fast.', table: { header: ['Use case', 'Target', 'Notes'], rows: [{ cells: ['Search', 'p99 < 200 ms', ''] }] }, after: '', hasTable: true, placeholder: f.table?.placeholder });
    });
    assert.ok(result.includes('- **Search**: fast.\n\n| Use case | Target | Notes |\n| --- | --- | --- |\n| Search | p99 < 200 ms |  |\n\n## Availability'));
  });

  it('writes text after a table into a section without one by inserting the empty table first', () => {
    const text = '---\ndesign-step: 2\n---\n# R\n\n## Latency requirements\n\nIntro.\n\n## Availability\n\n99.9%.\n';
    const { result } = editField(text, { kind: 'text', artifactId: 'latency-requirements', part: 'after', value: 'Measured at the edge.' }, (f) => {
      assert.equal(f.table?.before, 'Intro.');
      assert.equal(f.table?.after, 'Measured at the edge.');
    });
    assert.ok(result.includes('Intro.\n\n| Use case | Target | Notes |\n| --- | --- | --- |\n\nMeasured at the edge.\n\n## Availability'));
  });

  it('clears and fills the text before a table', () => {
    const text = base('| Component | Choice | Alternatives | Reason |\n| --- | --- | --- | --- |');
    const cleared = editField(text, { kind: 'text', artifactId: 'technology-choices', part: 'before', value: '' }, (f) => assert.equal(f.table?.before, '')).result;
    assert.ok(cleared.includes('## Technology choices\n\n| Component'));
    const tight = cleared.replace('## Technology choices\n\n|', '## Technology choices\n|');
    const filled = editField(tight, { kind: 'text', artifactId: 'technology-choices', part: 'before', value: 'Why:' }, (f) => assert.equal(f.table?.before, 'Why:')).result;
    assert.ok(filled.includes('## Technology choices\n\nWhy:\n\n| Component'));
  });
});

describe('status, reviewers and minimal edits', () => {
  it('changes only the status value, and rewrites an invalid one', () => {
    const text = read('examples/url-shortener/03-scale.md').replace(/\n/g, '\r\n');
    const { edit } = apply(text, { kind: 'status', status: 'in-review' });
    assert.equal(text.slice(edit.offset, edit.offset + edit.length), 'approved');
    assert.equal(edit.text, 'in-review');
    const invalid = '---\ndesign-step: 1\nstatus: done\n---\n# X\n';
    assert.equal(apply(invalid, { kind: 'status', status: 'draft' }).result, '---\ndesign-step: 1\nstatus: draft\n---\n# X\n');
  });

  it('changes the reviewers list minimally', () => {
    const text = `\uFEFF${read('examples/url-shortener/03-scale.md')}`;
    const { result, edit } = apply(text, { kind: 'reviewers', reviewers: ['li', 'marco', 'ana'] });
    assert.deepEqual([edit.length, edit.text], [0, ', ana']);
    assert.deepEqual(parseStepDoc(result).reviewers, ['li', 'marco', 'ana']);
    const block = USER_SECTIONS;
    assert.deepEqual(formEdits('f', parseStepDoc(block), { kind: 'reviewers', reviewers: ['ana'] }), []);
    assert.ok(apply(block, { kind: 'reviewers', reviewers: ['ana', 'li'] }).result.includes('reviewers: [ana, li]\n---'));
  });

  it('minimalEdit trims the common prefix and suffix without splitting CRLF or surrogate pairs', () => {
    assert.deepEqual(minimalEdit('f', 'abcdef', 0, 6, 'abXdef'), [{ kind: 'replace', file: 'f', offset: 2, length: 1, text: 'X' }]);
    assert.deepEqual(minimalEdit('f', 'abc', 1, 2, 'b'), []);
    const crlf = 'a\r\nb';
    const [edit] = minimalEdit('f', crlf, 0, 4, 'a\nb') as Replace[];
    assert.equal(applyEdits(crlf, [edit!]), 'a\nb');
    assert.ok(edit!.offset <= 1, 'the edit starts before the CR');
    const emoji = 'x\u{1F600}y';
    const [swap] = minimalEdit('f', emoji, 0, emoji.length, 'x\u{1F601}y') as Replace[];
    assert.equal(swap!.text, '\u{1F601}');
  });
});
