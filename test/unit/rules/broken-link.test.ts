/**
 * broken-link: relative links of step files, checked against the design's files, the folders
 * discovery listed and the headings' GitHub anchors; fixes that change only the broken part.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { applyEdits, checkDesign, designsFrom, parseStepDoc, type LoadedFile } from '../../../src/core';
import { FolderListing } from '../../../src/core/files/listing';
import { resolvePath } from '../../../src/core/files/paths';
import { brokenLink } from '../../../src/core/rules/broken-link';
import { DesignCopy, lineOf, replaceOnce, type Located, type StepFileName } from '../helpers';

const COMPONENTS = '06-components.md';
const COMPONENT_DESIGN = '07-component-design.md';

/** Adds `paragraph` at the start of the `## heading` section of `file`; returns the new text. */
function addTo(copy: DesignCopy, file: StepFileName, heading: string, paragraph: string): string {
  return copy.edit(file, `## ${heading}\n`, `## ${heading}\n\n${paragraph}\n`);
}

async function brokenLinks(copy: DesignCopy): Promise<Located[]> {
  return (await copy.check()).filter((hit) => hit.rule === 'broken-link');
}

/** Applies the finding's fix to its file and returns the new text. */
function applyFix(copy: DesignCopy, hit: Located): string {
  const fix = hit.finding.fix;
  assert.ok(fix, `"${hit.finding.message}" has a fix`);
  const text = applyEdits(copy.read(hit.file), fix.edits);
  copy.write(hit.file, text);
  return text;
}

describe('broken-link', () => {
  it('accepts links to headings here and in other steps, to files that exist, and web links', async () => {
    const copy = new DesignCopy();
    mkdirSync(copy.path('img'));
    copy.write('img/flow chart.png', 'png');
    copy.write('notes.md', '# Notes\n');
    addTo(
      copy,
      COMPONENT_DESIGN,
      'Access control',
      [
        'See [Workflows](06-components.md#workflows), [above](#architecture-diagram), [a workflow](./06-components.md#follow-a-short-link),',
        '[the notes](notes.md), [a heading of the notes](notes.md#not-checked), ![flow](img/flow%20chart.png), ![flow](<img/flow chart.png>),',
        '[top](#top), [this file](07-component-design.md), [the folder](img/), [web](https://example.com/x.md#y), [mail](mailto:a@example.com),',
        '![remote](https://example.com/missing.png), [root](/docs/elsewhere.md), [a ref][workflows].',
        '',
        '[workflows]: 06-components.md#workflows "the workflows"',
      ].join('\n'),
    );
    assert.deepEqual(await brokenLinks(copy), []);
  });

  it('a section that only points to where its content lives counts as written', async () => {
    const copy = new DesignCopy();
    const text = copy.change(COMPONENT_DESIGN, (source) =>
      replaceOnce(source, source.slice(source.indexOf('## Component workflows\n'), source.indexOf('## Technology choices\n')), '## Component workflows\n\n[See Workflows](06-components.md#workflows)\n\n'),
    );
    const findings = (await copy.check()).filter((hit) => hit.file === COMPONENT_DESIGN);
    assert.deepEqual(findings.map((hit) => hit.rule), [], `no empty-artifact or broken-link in:\n${text.slice(0, 300)}`);
  });

  it('reports a pointer to a missing file at the link, names it, and fixes a near name; a plain file link is not its business', async () => {
    const copy = new DesignCopy();
    const text = addTo(copy, COMPONENT_DESIGN, 'Access control', 'Flows are in [step 6](06-component.md#workflows); the policy is in [the policy](policy.md#rules); the logo is ![logo](logo.png).');
    const [typo, missing, ...rest] = await brokenLinks(copy);
    assert.deepEqual(rest, []);
    assert.ok(typo && missing);
    assert.equal(typo.line, lineOf(text, '[step 6]'));
    assert.equal(typo.column, text.split('\n')[typo.line - 1]!.indexOf('[step 6]') + 1);
    assert.equal(typo.finding.range.end.column - typo.finding.range.start.column, '[step 6](06-component.md#workflows)'.length);
    assert.match(typo.finding.message, /"06-component\.md", which does not exist\. Did you mean "06-components\.md"\?/);
    assert.match(missing.finding.message, /"policy\.md", which does not exist/);
    assert.equal(missing.finding.fix, undefined);
    assert.equal(typo.finding.severity, 'warning');
    const fixed = applyFix(copy, typo);
    assert.equal(fixed, text.replace('(06-component.md#', '(06-components.md#'));
  });

  it('reports a missing heading, suggests the nearest and fixes only the anchor', async () => {
    const copy = new DesignCopy();
    const text = addTo(copy, COMPONENT_DESIGN, 'Access control', 'See [the flows](06-components.md#workflow) and [caching](#replication-and-cachng).');
    const [other, here] = await brokenLinks(copy);
    assert.ok(other && here);
    assert.match(other.finding.message, /"06-components\.md" has no heading with the anchor "#workflow"\. The nearest is "Workflows" \(#workflows\)/);
    assert.match(here.finding.message, /This file has no heading with the anchor "#replication-and-cachng"\. The nearest is "Replication and caching"/);
    assert.equal(other.finding.fix?.title, 'Change the anchor to #workflows');
    applyFix(copy, other);
    const fixed = applyFix(copy, (await brokenLinks(copy))[0]!);
    assert.equal(fixed, text.replace('#workflow)', '#workflows)').replace('#replication-and-cachng', '#replication-and-caching'));
    assert.deepEqual(await brokenLinks(copy), []);
  });

  it('knows GitHub anchors of repeated headings (-1, -2) and of numbered ones', async () => {
    const copy = new DesignCopy();
    copy.change(COMPONENTS, (text) => `${text}\n## Notes\n\nOne.\n\n## Notes\n\nTwo.\n\n### 6.1 Open questions\n\nNone.\n`);
    addTo(copy, COMPONENT_DESIGN, 'Access control', 'See [one](06-components.md#notes), [two](06-components.md#notes-1), [three](06-components.md#notes-2), [q](06-components.md#open-questions).');
    const found = await brokenLinks(copy);
    assert.deepEqual(
      found.map((hit) => hit.finding.fix?.edits.map((edit) => edit.kind === 'replace' && edit.text)),
      [['notes-1'], ['61-open-questions']],
    );
  });

  it('points to the step file that has the heading when the link names the wrong one', async () => {
    const copy = new DesignCopy();
    const text = addTo(copy, COMPONENT_DESIGN, 'Access control', 'Stored data is listed [in step 5](#stored-data).');
    const [found] = await brokenLinks(copy);
    assert.ok(found);
    assert.match(found.finding.message, /The heading "Stored data" is in 05-data-flow\.md/);
    assert.equal(applyFix(copy, found), text.replace('(#stored-data)', '(05-data-flow.md#stored-data)'));
    assert.deepEqual(await brokenLinks(copy), []);
  });

  it('ignores links in code spans and code blocks', async () => {
    const copy = new DesignCopy();
    addTo(copy, COMPONENT_DESIGN, 'Access control', 'Write `[x](missing.md)` to link.\n\n```markdown\n[y](gone.md#nowhere)\n```\n\n    [z](indented.md)\n');
    assert.deepEqual(await brokenLinks(copy), []);
  });

  it('reports a reference-style link once, at its definition, and fixes the definition', async () => {
    const copy = new DesignCopy();
    const text = addTo(copy, COMPONENT_DESIGN, 'Access control', 'See [the flows][flows] and [again][flows].\n\n[flows]: <06-components.md#work-flows> "Workflows"');
    const found = await brokenLinks(copy);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.line, lineOf(text, '[flows]: '));
    assert.equal(applyFix(copy, found[0]!), text.replace('#work-flows>', '#workflows>'));
  });

  it('decodes percent-encoded paths and anchors', async () => {
    const copy = new DesignCopy();
    copy.write('read me.md', '# Read me\n');
    copy.change(COMPONENTS, (text) => `${text}\n## Café menu\n\nCoffee.\n`);
    addTo(copy, COMPONENT_DESIGN, 'Access control', 'See [it](read%20me.md), [the menu](06-components.md#caf%C3%A9-menu) and [the menu](06-components.md#café-menu).');
    assert.deepEqual(await brokenLinks(copy), []);
  });

  for (const [name, convert] of [
    ['CRLF', (text: string) => text.replace(/\n/g, '\r\n')],
    ['BOM + CRLF', (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`],
  ] as const) {
    it(`finds and fixes a link in a ${name} file at the right offsets`, async () => {
      const copy = new DesignCopy();
      const lf = addTo(copy, COMPONENT_DESIGN, 'Access control', 'See [the flows](06-components.md#workflow).\n\n[ref]: 06-component.md#workflows');
      const text = convert(lf);
      copy.write(COMPONENT_DESIGN, text);
      const [anchor, file] = await brokenLinks(copy);
      assert.ok(anchor && file);
      assert.equal(anchor.line, lineOf(lf, '[the flows]'));
      assert.equal(file.line, lineOf(lf, '[ref]:'));
      applyFix(copy, anchor);
      const fixed = applyFix(copy, (await brokenLinks(copy))[0]!);
      assert.equal(fixed, text.replace('#workflow)', '#workflows)').replace('[ref]: 06-component.md#', '[ref]: 06-components.md#'));
    });
  }

  it('does not report what no listed folder can tell, nor paths above the root', async () => {
    const copy = new DesignCopy();
    addTo(copy, COMPONENT_DESIGN, 'Access control', 'See [a sibling](../other-design/01-justification.md) and [far up](../../../../../../../../../../x.md).');
    // Checked alone, the design's parent folder was never listed.
    assert.deepEqual(await brokenLinks(copy), []);
  });

  it('without a folder listing (as in the editor) still checks links into step files', () => {
    const file = (name: string, text: string): LoadedFile => ({ path: `/d/${name}`, outcome: { kind: 'step', file: { path: `/d/${name}`, doc: parseStepDoc(text) } }, explicit: false });
    const [design] = designsFrom([
      file('a.md', '---\ndesign-step: 1\n---\n# A\n\n[b](b.md#nothing-here) [gone](gone.md) [img](x.png)\n'),
      file('b.md', '---\ndesign-step: 2\n---\n# B\n'),
    ]);
    assert.ok(design);
    const findings = checkDesign(design).findings.filter((finding) => finding.rule === 'broken-link');
    assert.deepEqual(findings.map((finding) => finding.message), ['"b.md" has no heading with the anchor "#nothing-here". Link to one of its headings, or remove the anchor.']);
  });

  // How fast is for `npm run bench:hostile`; a test must not depend on the machine's load.
  it('reports each of thousands of broken links among thousands of headings', () => {
    const headings = Array.from({ length: 3000 }, (_, index) => `## Heading number ${index}\n`).join('\n');
    const links = Array.from({ length: 3000 }, (_, index) => `[x](#heading-numbr-${index}-x)`).join(' ');
    const [design] = designsFrom([{ path: '/d/a.md', outcome: { kind: 'step', file: { path: '/d/a.md', doc: parseStepDoc(`---\ndesign-step: 1\n---\n${headings}\n${links}\n`) } }, explicit: false }]);
    let reported = 0;
    brokenLink.check({ design: design!, held: new Map(), report: () => reported++, reportAt: () => reported++ });
    assert.equal(reported, 3000);
  });
});

describe('the folder listing', () => {
  const listing = new FolderListing();
  listing.add('/w', ['docs', 'node_modules', 'README.md']);
  listing.add('/w/docs', ['a.md', 'img']);
  listing.add('/w/docs/img', ['x.png']);

  for (const [path, expected] of [
    ['/w/docs/a.md', true],
    ['/w/docs/img/x.png', true],
    ['/w/docs/img/', true],
    ['/w/docs/b.md', false],
    ['/w/docs/imgs/x.png', false],
    ['/w/node_modules/x/y.md', undefined],
    ['/elsewhere/a.md', undefined],
  ] as const) {
    it(`knows ${path} ${expected === undefined ? 'is unknown' : expected ? 'exists' : 'is missing'}`, () => assert.equal(listing.exists(path), expected));
  }

  for (const [folder, link, expected] of [
    ['/w/docs', '../README.md', '/w/README.md'],
    ['/w/docs', './img/../a.md', '/w/docs/a.md'],
    ['/w', '../../x.md', undefined],
    ['file:///w/docs', '../../../x.md', undefined],
    ['vscode-vfs://github/o/r/docs', '../img/x.png', 'vscode-vfs://github/o/r/img/x.png'],
  ] as const) {
    it(`resolves ${link} from ${folder}`, () => assert.equal(resolvePath(folder, link), expected));
  }
});
