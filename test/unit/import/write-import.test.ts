/** What an import writes: the files, their front matter, headings, markers and links. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStepDoc, SEVEN_STEPS } from '../../../src/core';
import { proposePlacement, readImportSource, UNPLACED_MARKER, writeImport, type ImportLayout, type Placement } from '../../../src/core/import';

const DOC = [
  '---',
  'title: Parcel lockers',
  'authors: [dana]',
  '---',
  '# Parcel lockers',
  '',
  '## Motivation',
  '',
  'Couriers miss deliveries; see the [survey][survey] and ![the map](img/map.png).',
  '',
  '### Goals',
  '',
  'Drop parcels in lockers.',
  '',
  '<img src="img/lockers.png" width="300"/> <a href=faq.md>FAQ</a> <a href="https://example.com/x">web</a>',
  '',
  '## Calls',
  '',
  '```',
  'curl -X POST https://lockers.example.com/v1/reservations',
  '```',
  '',
  'Details in [the notes](notes/calls.md) and the [survey][survey].',
  '',
  '## Test plan',
  '',
  'Soak tests, as the [motivation](#motivation) asks.',
  '',
  '[survey]: research/survey.md',
  '',
].join('\n');

function importDoc(text: string, layout: ImportLayout, output: string, edit?: (placements: Placement[]) => void): { path: string; text: string; steps: number[] }[] {
  const source = readImportSource(text);
  const placements = proposePlacement(source, SEVEN_STEPS.steps);
  edit?.(placements);
  return writeImport(source, placements, SEVEN_STEPS.steps, { layout, sourceFolder: '/work/docs', output, fallbackTitle: 'lockers' });
}

describe('one-file layout', () => {
  const [file] = importDoc(DOC, 'one-file', '/work/docs/lockers.design.md');

  it('writes one file holding the steps it has, as # headings in step order', () => {
    assert.ok(file);
    assert.deepEqual(file.steps, [1, 4]);
    assert.deepEqual(
      file.text.split('\n').filter((line) => /^# /.test(line)),
      ['# Validate the need', '# Define interfaces and data models'],
    );
  });

  it('keeps the front matter and adds the design, its steps and a status', () => {
    assert.ok(file?.text.startsWith('---\ndesign: Parcel lockers\ndesign-steps: [1, 4]\nstatus: draft\ntitle: Parcel lockers\nauthors: [dana]\n---\n'));
  });

  it('moves sections to ## and keeps a heading that names its artifact by an alias', () => {
    assert.match(file?.text ?? '', /^## Motivation$/m);
    assert.match(file?.text ?? '', /^## Goals$/m);
  });

  it('puts a section placed by its content under the artifact heading, keeping its own one level down', () => {
    assert.match(file?.text ?? '', /^## API\n\n### Calls\n\n```\ncurl/m);
  });

  it('marks a section it could not place and keeps it in the step before', () => {
    const text = file?.text ?? '';
    assert.ok(text.includes(`${UNPLACED_MARKER}\n\n## Test plan\n`));
    assert.ok(text.indexOf('## Test plan') > text.indexOf('# Define interfaces and data models'));
  });

  it('keeps links working from beside the document, unchanged', () => {
    assert.match(file?.text ?? '', /!\[the map\]\(img\/map\.png\)/);
    assert.match(file?.text ?? '', /\[the notes\]\(notes\/calls\.md\)/);
    assert.match(file?.text ?? '', /\[motivation\]\(#motivation\)/);
  });

  it('rebases relative links when written to another folder', () => {
    const [moved] = importDoc(DOC, 'one-file', '/work/design/lockers.md');
    assert.match(moved?.text ?? '', /!\[the map\]\(\.\.\/docs\/img\/map\.png\)/);
    assert.match(moved?.text ?? '', /^\[survey\]: \.\.\/docs\/research\/survey\.md$/m);
    assert.match(moved?.text ?? '', /\[the notes\]\(\.\.\/docs\/notes\/calls\.md\)/);
    assert.match(moved?.text ?? '', /<img src="\.\.\/docs\/img\/lockers\.png" width="300"\/> <a href=\.\.\/docs\/faq\.md>FAQ<\/a> <a href="https:\/\/example\.com\/x">web<\/a>/);
    assert.match(moved?.text ?? '', /^curl -X POST https:\/\/lockers\.example\.com\/v1\/reservations$/m);
  });
});

describe('per-step layout', () => {
  const files = importDoc(DOC, 'per-step', '/work/docs/lockers');
  const byName = new Map(files.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.text]));

  it('writes the step files by their catalogue names, each a step file the checker reads', () => {
    assert.deepEqual([...byName.keys()], ['01-justification.md', '04-interfaces.md']);
    const justification = parseStepDoc(byName.get('01-justification.md') ?? '');
    assert.equal(justification.step, 1);
    assert.equal(justification.design, 'Parcel lockers');
    assert.deepEqual(justification.sections.map((section) => section.artifact?.id), ['problem-statement', 'proposed-solution']);
    const interfaces = parseStepDoc(byName.get('04-interfaces.md') ?? '');
    assert.deepEqual(interfaces.sections.map((section) => section.artifact?.id), ['api', undefined]);
  });

  it('copies a reference definition into every file that uses it, rebased', () => {
    assert.match(byName.get('01-justification.md') ?? '', /^\[survey\]: \.\.\/research\/survey\.md$/m);
    assert.match(byName.get('04-interfaces.md') ?? '', /^\[survey\]: \.\.\/research\/survey\.md$/m);
  });

  it('points a link to a heading in another step file at that file', () => {
    assert.match(byName.get('04-interfaces.md') ?? '', /\[motivation\]\(01-justification\.md#motivation\)/);
  });
});

describe('a placement the user changed', () => {
  it('moves the section with its sub-sections, under the chosen artifact', () => {
    const [file] = importDoc(DOC, 'one-file', '/work/docs/lockers.design.md', (placements) => {
      const motivation = placements[1];
      assert.ok(motivation);
      Object.assign(motivation, { step: 5, artifact: 'data-flow', withParent: false });
      const goals = placements[2];
      if (goals) Object.assign(goals, { withParent: true });
    });
    assert.match(file?.text ?? '', /# Define data flow and storage\n\n## Data flow\n\n### Motivation\n\n[^\n]+\n\n#### Goals\n/);
  });
});

describe('documents as they come', () => {
  it('reads a Setext title and Setext headings, and keeps CRLF line breaks', () => {
    const text = 'Parcel lockers\r\n==============\r\n\r\nBackground\r\n----------\r\n\r\nCouriers miss deliveries.\r\n';
    const [file] = importDoc(text, 'one-file', '/work/docs/out.md');
    assert.equal(file?.text, '---\r\ndesign: Parcel lockers\r\ndesign-steps: [1]\r\nstatus: draft\r\n---\r\n# Validate the need\r\n\r\n## Background\r\n\r\nCouriers miss deliveries.\r\n');
  });

  it('names the design after the file when the document has no title', () => {
    const [file] = importDoc('## Motivation\n\nWhy.\n', 'one-file', '/work/docs/out.md');
    assert.match(file?.text ?? '', /^design: lockers$/m);
  });

  it('keeps an existing status and design as they are', () => {
    const [file] = importDoc('---\ndesign: Lockers v2\nstatus: accepted\n---\n# Lockers\n\n## Motivation\n\nWhy.\n', 'one-file', '/work/docs/out.md');
    assert.ok(file?.text.startsWith('---\ndesign-steps: [1]\ndesign: Lockers v2\nstatus: accepted\n---\n'));
    // with a design named already, the # heading is not the title: it stays, in words, as a section
    assert.match(file?.text ?? '', /^## Lockers$/m);
  });
});
