/**
 * An organisation's configuration file changes what a design is checked against: sections added,
 * renamed and made optional, two reviewers for approval, and a rule turned off under a path.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assembleDesign, checkDesign, discoverDesigns, CatalogueResolver, formModel } from '../../../src/core';
import { nodeFileSystem } from '../../../src/cli/node-file-system';
import { EXAMPLE, FIXTURES, tempDir } from '../helpers';

const ORGANISATION = readFileSync(path.join(FIXTURES, 'config', 'organisation.yaml'), 'utf8');

/** A workspace with the organisation file at its root, the example design, and a draft copy of it under docs/drafts. */
function workspace(config = ORGANISATION): string {
  const root = tempDir();
  writeFileSync(path.join(root, '.design-docs.yaml'), config);
  cpSync(EXAMPLE, path.join(root, 'docs', 'design', 'url-shortener'), { recursive: true });
  return root;
}

async function check(root: string) {
  const catalogues = new CatalogueResolver(nodeFileSystem);
  const { designs } = await discoverDesigns(nodeFileSystem, [root], { catalogueFor: (folder) => catalogues.catalogueFor(folder) });
  return designs.map((design) => ({ design, report: checkDesign(design) }));
}

function rules(findings: { rule: string; file: string; message: string }[]): string[] {
  return findings.map((finding) => `${finding.rule} ${path.basename(finding.file)}: ${finding.message}`);
}

describe('an organisation configuration', () => {
  it('asks for the added sections of step 7, and reports nothing else on the example', async () => {
    const [checked] = await check(workspace());
    assert.ok(checked);
    assert.deepEqual(rules(checked.report.findings).filter((line) => !line.startsWith('approved-without-reviewers')), [
      'missing-artifact 07-component-design.md: Step 7 has no "## Alternatives considered" section. Add it: the designs you weighed for the hard parts, and why this one won.',
      'missing-artifact 07-component-design.md: Step 7 has no "## Rollout plan" section. Add it: how the system reaches production safely, and how to roll it back.',
    ]);
    const step7 = checked.report.steps.find((step) => step.step === 7);
    assert.deepEqual(step7?.artifacts.map((artifact) => artifact.title), ['Architecture diagram', 'Component workflows', 'Technology choices', 'Access control', 'Replication and caching', 'Alternatives considered', 'Rollout plan']);
  });

  it('renames Stakeholders to Approvers, and a file still headed "Stakeholders" counts', async () => {
    const [checked] = await check(workspace());
    const step2 = checked?.report.steps.find((step) => step.step === 2);
    const approvers = step2?.artifacts.find((artifact) => artifact.id === 'stakeholders');
    assert.equal(approvers?.title, 'Approvers');
    assert.equal(approvers?.state, 'present');
    const file = checked?.design.files.find((candidate) => candidate.doc.step === 2);
    assert.ok(file);
    assert.deepEqual(formModel(file.doc)?.fields.map((field) => field.title), ['Users and personas', 'Use cases', 'Latency requirements', 'Availability', 'Security requirements', 'Approvers']);
  });

  it('lets the optional "Replication and caching" section go without a finding or a gap in the counts', async () => {
    const root = workspace();
    const file = path.join(root, 'docs', 'design', 'url-shortener', '07-component-design.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.indexOf('## Replication and caching')));
    const [checked] = await check(root);
    assert.ok(!checked?.report.findings.some((finding) => finding.artifact === 'replication-and-caching'));
    const artifact = checked?.report.steps.find((step) => step.step === 7)?.artifacts.find((candidate) => candidate.id === 'replication-and-caching');
    assert.deepEqual([artifact?.state, artifact?.optional], ['missing', true]);
    const preview = assembleDesign(checked!.design, checked!.report).markdown;
    assert.match(preview, /\| In review \| li \| 4\/6 \|/, 'the status table counts 4 of the 6 sections that count (the optional one is not missing)');
  });

  it('requires two reviewers for approval', async () => {
    const [checked] = await check(workspace());
    const findings = checked?.report.findings.filter((finding) => finding.rule === 'approved-without-reviewers') ?? [];
    assert.deepEqual(rules(findings), []);
    const root = workspace();
    const scale = path.join(root, 'docs', 'design', 'url-shortener', '03-scale.md');
    writeFileSync(scale, readFileSync(scale, 'utf8').replace('reviewers: [li, marco]', 'reviewers: [li]'));
    const [again] = await check(root);
    assert.deepEqual(rules(again?.report.findings.filter((finding) => finding.rule === 'approved-without-reviewers') ?? []), [
      'approved-without-reviewers 03-scale.md: This step is approved but names 1 of the 2 reviewers approval needs. List who validated it, for example `reviewers: [ana, li]`.',
    ]);
  });

  it('turns placeholder-text off under docs/drafts/** only', async () => {
    const root = workspace();
    const drafts = path.join(root, 'docs', 'drafts', 'url-shortener');
    mkdirSync(path.dirname(drafts), { recursive: true });
    cpSync(path.join(root, 'docs', 'design', 'url-shortener'), drafts, { recursive: true });
    for (const folder of [drafts, path.join(root, 'docs', 'design', 'url-shortener')]) {
      const file = path.join(folder, '01-justification.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('## Problem statement\n', '## Problem statement\n\nTBD\n\n'));
    }
    const checked = await check(root);
    const placeholders = checked.flatMap(({ report }) => report.findings.filter((finding) => finding.rule === 'placeholder-text').map((finding) => path.relative(root, finding.file)));
    assert.deepEqual(placeholders, [path.join('docs', 'design', 'url-shortener', '01-justification.md')]);
  });

  it('is found from a design folder deeper down, and the nearest file wins', async () => {
    const root = workspace();
    const design = path.join(root, 'docs', 'design', 'url-shortener');
    writeFileSync(path.join(root, 'docs', '.design-docs.yaml'), 'extends: seven-steps\n');
    const [checked] = await check(root);
    assert.equal(checked?.design.catalogue.source?.path, path.join(root, 'docs', '.design-docs.yaml'));
    assert.deepEqual(checked?.report.findings, [], 'the nearer file (plain seven steps) wins over the organisation file above it');
    void design;
  });

  it('is shared by extending it from another repository’s file by relative path', async () => {
    const root = workspace('extends: ../org/design-docs.yaml\nrules:\n  missing-artifact: info\n');
    mkdirSync(path.join(root, '..', 'org'), { recursive: true });
    writeFileSync(path.join(root, '..', 'org', 'design-docs.yaml'), ORGANISATION);
    const [checked] = await check(root);
    const missing = checked?.report.findings.filter((finding) => finding.rule === 'missing-artifact') ?? [];
    assert.deepEqual(missing.map((finding) => [finding.severity, finding.artifact]), [['info', 'alternatives-considered'], ['info', 'rollout-plan']]);
  });
});

describe('design-check with a configuration', () => {
  it('uses the nearest file, or the one --config names, and says when --config names nothing', async () => {
    const { run } = await import('../cli/run-support');
    const root = workspace();
    const nearest = await run(root, 'docs');
    assert.match(nearest.out, /07-component-design\.md:\d+:\d+ warning missing-artifact Step 7 has no "## Rollout plan" section/);
    assert.equal(nearest.code, 1);
    writeFileSync(path.join(root, 'plain.yaml'), 'extends: seven-steps\n');
    const named = await run(root, 'docs', '--config', 'plain.yaml');
    assert.equal(named.out, '1 design checked: 1 complete.\n');
    assert.equal(named.code, 0);
    const nothing = await run(root, 'docs', '--config', 'nope.yaml');
    assert.deepEqual([nothing.code, nothing.err], [2, 'design-check: --config nope.yaml: there is no such file.\n']);
  });
});
