/** Cases for the rules about files, sections, placeholders and approval. */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { fixture, lineOf, replaceSection, STEP_FILES, type DesignCopy } from '../helpers';
import { DATA_FLOW, COMPONENT_DESIGN, hit, JUSTIFICATION, REQUIREMENTS, SCALE, type RuleCase } from './case';

/** The design-step line of every example file; file-level findings point at it. */
const STEP_LINE = 3;
const STATUS_LINE = 4;

export const STRUCTURE_CASES: RuleCase[] = [
  {
    rule: 'missing-step',
    kind: 'fires',
    title: 'the step 5 file is deleted',
    apply(copy) {
      rmSync(copy.path(DATA_FLOW));
      // Reported on the design's first file, at its design-step field.
      return [hit('missing-step', JUSTIFICATION, STEP_LINE)];
    },
  },
  {
    rule: 'missing-step',
    kind: 'near miss',
    title: 'the step 5 file has an unconventional name (file names are only a convention)',
    apply(copy) {
      renameSync(copy.path(DATA_FLOW), copy.path('storage-and-flow.md'));
      return [];
    },
  },
  {
    rule: 'missing-artifact',
    kind: 'fires',
    title: 'a required section is deleted and nothing else in the design tells its content',
    apply(copy) {
      copy.change(DATA_FLOW, (text) => replaceSection(text, 'Stored data', ''));
      return [hit('missing-artifact', DATA_FLOW, STEP_LINE), hit('approved-incomplete', DATA_FLOW, STATUS_LINE)];
    },
  },
  {
    rule: 'artifact-elsewhere',
    kind: 'fires',
    title: 'a required section renamed to a heading that is not an alias, its content kept, is a hint that names the heading',
    apply(copy) {
      copy.edit(DATA_FLOW, '## Data lifecycle', '## Lifespan of data');
      return [hit('artifact-elsewhere', DATA_FLOW, STEP_LINE), hit('approved-incomplete', DATA_FLOW, STATUS_LINE)];
    },
  },
  {
    rule: 'artifact-elsewhere',
    kind: 'fires',
    title: 'a `###` sub-heading does not count as the `##` section, but the hint offers to re-level it',
    apply(copy) {
      copy.edit(DATA_FLOW, '## Data lifecycle', '### Data lifecycle');
      copy.edit(DATA_FLOW, 'status: approved', 'status: in-review');
      return [hit('artifact-elsewhere', DATA_FLOW, STEP_LINE)];
    },
  },
  {
    rule: 'artifact-elsewhere',
    kind: 'near miss',
    title: 'a deeper heading that names a section already written gives no hint',
    apply(copy) {
      copy.edit(DATA_FLOW, '## Data lifecycle', '### Data lifecycle\n\nSee below.\n\n## Data lifecycle');
      return [];
    },
  },
  {
    rule: 'missing-artifact',
    kind: 'near miss',
    title: 'a heading in other case and punctuation still matches',
    apply(copy) {
      copy.edit(DATA_FLOW, '## Data lifecycle', '## DATA-LIFECYCLE:');
      return [];
    },
  },
  {
    rule: 'missing-artifact',
    kind: 'near miss',
    title: 'an alias heading ("Retention") matches',
    apply(copy) {
      copy.edit(DATA_FLOW, '## Data lifecycle', '## Retention');
      return [];
    },
  },
  {
    rule: 'missing-artifact',
    kind: 'near miss',
    title: 'a numbered heading ("5.3 Data lifecycle") matches',
    apply(copy) {
      copy.edit(DATA_FLOW, '## Data lifecycle', '## 5.3 Data lifecycle');
      return [];
    },
  },
  {
    rule: 'empty-artifact',
    kind: 'fires',
    title: 'a section with only template guidance and TODO is empty, not a placeholder',
    apply(copy) {
      const text = copy.useSection(REQUIREMENTS, 'availability-guidance-only.md');
      return [hit('empty-artifact', REQUIREMENTS, lineOf(text, '## Availability')), hit('approved-incomplete', REQUIREMENTS, STATUS_LINE)];
    },
  },
  {
    rule: 'empty-artifact',
    kind: 'fires',
    title: 'a table with a header and no rows is empty',
    apply(copy) {
      const text = copy.useSection(REQUIREMENTS, 'latency-empty-table.md');
      // An empty latency section is not used for tracing, so no untraced-use-case follows.
      return [hit('empty-artifact', REQUIREMENTS, lineOf(text, '## Latency requirements')), hit('approved-incomplete', REQUIREMENTS, STATUS_LINE)];
    },
  },
  {
    rule: 'empty-artifact',
    kind: 'near miss',
    title: 'a section with one short written sentence is not empty',
    apply(copy) {
      copy.change(REQUIREMENTS, (text) => replaceSection(text, 'Stakeholders', '## Stakeholders\n\nAna Ribeiro (product) signs off for every team involved.\n'));
      return [];
    },
  },
  {
    rule: 'placeholder-text',
    kind: 'fires',
    title: 'a TODO left at the start of a written paragraph',
    apply(copy) {
      const text = copy.edit(JUSTIFICATION, 'Build a small, narrowly scoped', 'TODO: confirm the budget. Build a small, narrowly scoped');
      return [hit('placeholder-text', JUSTIFICATION, lineOf(text, 'TODO: confirm'))];
    },
  },
  {
    rule: 'placeholder-text',
    kind: 'fires',
    title: 'TBD in a table cell',
    apply(copy) {
      const text = copy.edit(SCALE, '| Delete link | Write | 0.2 | 5 |', '| Delete link | Write | TBD | 5 |');
      return [hit('placeholder-text', SCALE, lineOf(text, '| Delete link | Write | TBD'))];
    },
  },
  {
    rule: 'placeholder-text',
    kind: 'near miss',
    title: '"a todo list app" is prose, not a placeholder',
    apply(copy) {
      copy.edit(JUSTIFICATION, 'Build a small, narrowly scoped', 'Much like a todo list app, build a small, narrowly scoped');
      return [];
    },
  },
  {
    rule: 'placeholder-text',
    kind: 'near miss',
    title: 'TODO inside a fenced code block, inline code and an HTML comment',
    apply(copy) {
      copy.edit(
        JUSTIFICATION,
        'The end state, two quarters after launch:',
        [
          'Regions we start with:',
          '',
          '```yaml',
          'regions: [us-east-1, eu-west-1]  # TODO: add ap-south-1 next year',
          '```',
          '',
          '<!-- TODO: ask legal about the wind-down period -->',
          'Code comments marked `TODO` are tracked in the backlog. The end state, two quarters after launch:',
        ].join('\n'),
      );
      return [];
    },
  },
  {
    rule: 'approved-without-reviewers',
    kind: 'fires',
    title: 'an approved step with `reviewers: []`',
    apply(copy) {
      const text = copy.edit(SCALE, 'reviewers: [li, marco]', 'reviewers: []');
      return [hit('approved-without-reviewers', SCALE, lineOf(text, 'reviewers: []'))];
    },
  },
  {
    rule: 'approved-without-reviewers',
    kind: 'fires',
    title: 'an approved step with no reviewers field points at the status',
    apply(copy) {
      copy.edit(SCALE, 'reviewers: [li, marco]\n', '');
      return [hit('approved-without-reviewers', SCALE, STATUS_LINE)];
    },
  },
  {
    rule: 'approved-without-reviewers',
    kind: 'near miss',
    title: 'a step in review with no reviewers yet',
    apply(copy) {
      copy.edit(SCALE, 'status: approved\nreviewers: [li, marco]', 'status: in-review\nreviewers: []');
      return [];
    },
  },
  {
    rule: 'approved-incomplete',
    kind: 'fires',
    title: 'a step approved while one section holds only a TODO',
    apply(copy) {
      copy.edit(COMPONENT_DESIGN, 'status: in-review', 'status: approved');
      const text = copy.change(COMPONENT_DESIGN, (old) => replaceSection(old, 'Access control', '## Access control\n\nTODO\n'));
      return [hit('approved-incomplete', COMPONENT_DESIGN, STATUS_LINE), hit('empty-artifact', COMPONENT_DESIGN, lineOf(text, '## Access control'))];
    },
  },
  {
    rule: 'approved-incomplete',
    kind: 'near miss',
    title: 'the same gap in a step that is only in review',
    apply(copy) {
      const text = copy.change(COMPONENT_DESIGN, (old) => replaceSection(old, 'Access control', '## Access control\n\nTODO\n'));
      return [hit('empty-artifact', COMPONENT_DESIGN, lineOf(text, '## Access control'))];
    },
  },
  {
    rule: 'invalid-front-matter',
    kind: 'fires',
    title: '`status: done` is not a status',
    apply(copy) {
      copy.edit(SCALE, 'status: approved', 'status: done');
      return [hit('invalid-front-matter', SCALE, STATUS_LINE)];
    },
  },
  {
    rule: 'invalid-front-matter',
    kind: 'near miss',
    title: 'a quoted step, a capitalised status and comma-separated reviewers are all fine',
    apply(copy) {
      copy.edit(SCALE, 'design-step: 3\nstatus: approved\nreviewers: [li, marco]', 'design-step: "3"   # estimate scale\nstatus: Approved\nreviewers: li, marco');
      return [];
    },
  },
  {
    rule: 'invalid-configuration',
    kind: 'fires',
    title: 'a configuration with a misspelt rule and an unknown status is reported at each line, and the rest applies',
    apply(copy) {
      copy.write('.design-docs.yaml', 'rules:\n  placeholder-txt: off\nstatuses:\n  approved: signed-off\n');
      return [hit('invalid-configuration', '.design-docs.yaml', 2), hit('invalid-configuration', '.design-docs.yaml', 4)];
    },
  },
  {
    rule: 'invalid-configuration',
    kind: 'near miss',
    title: 'a valid configuration that extends the seven steps and lowers one rule',
    apply(copy) {
      copy.write('.design-docs.yaml', '# our template\nextends: seven-steps\nrules:\n  placeholder-text: info\n');
      return [];
    },
  },
  {
    rule: 'duplicate-step',
    kind: 'fires',
    title: 'a second file claims step 3',
    apply(copy) {
      copy.write('scale-draft.md', copy.read(SCALE));
      // The first file by path keeps the step; the later one is the duplicate.
      return [hit('duplicate-step', 'scale-draft.md', STEP_LINE)];
    },
  },
  {
    rule: 'duplicate-step',
    kind: 'near miss',
    title: 'a README that shows `design-step: 3` in an example is not a step file',
    apply(copy) {
      copy.write('README.md', '# URL shortener design\n\nEach step file starts with front matter such as:\n\n```yaml\n---\ndesign-step: 3\n---\n```\n');
      return [];
    },
  },
  {
    rule: 'unknown-step-heading',
    kind: 'fires',
    title: 'the design as one file, with a `#` heading at its end that names no step',
    apply(copy) {
      const text = `${asOneFile(copy)}\n# Appendix\n\nNotes from the review.\n`;
      copy.write('design.md', text);
      return [hit('unknown-step-heading', 'design.md', lineOf(text, '# Appendix'))];
    },
  },
  {
    rule: 'unknown-step-heading',
    kind: 'near miss',
    title: 'the design as one file whose step headings are titles, aliases and numbered prefixes',
    apply(copy) {
      copy.write('design.md', asOneFile(copy));
      return [];
    },
  },
  {
    rule: 'unreadable-file',
    kind: 'fires',
    title: 'a binary file with a .md name in the design folder',
    apply(copy) {
      copy.write('diagram.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      return [hit('unreadable-file', 'diagram.md', 1)];
    },
  },
  {
    rule: 'unreadable-file',
    kind: 'fires',
    title: 'a step file saved as Latin-1 instead of UTF-8',
    apply(copy) {
      copy.write('notes.md', Buffer.from('---\ndesign-step: 3\n---\n# Notas de reuni\xf3n\n', 'latin1'));
      return [hit('unreadable-file', 'notes.md', 1)];
    },
  },
  {
    rule: 'unreadable-file',
    kind: 'near miss',
    title: 'a binary .md outside any design folder, and a binary image beside the steps',
    apply(copy) {
      mkdirSync(copy.path('assets'));
      copy.write('assets/export.md', Uint8Array.from([0, 1, 2, 3, 0xff]));
      copy.write('components.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
      return [];
    },
  },
];

/** The example design converted into one file (the fixture `designs/one-file`), its step files removed. */
function asOneFile(copy: DesignCopy): string {
  for (const name of STEP_FILES) rmSync(copy.path(name));
  return fixture('designs/one-file/url-shortener.md');
}
