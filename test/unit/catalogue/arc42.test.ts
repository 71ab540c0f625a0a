/**
 * arc42 built in: the catalogue's integrity, a real arc42 document (PURIS FOSS, many files without
 * front matter, mapped by `design.files`) with every finding judged by hand, and the example
 * arc42 design checking clean.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ARC42, BUILTIN_CATALOGUES } from '../../../src/core/catalogue/builtin';
import { ARTIFACT_KINDS, CONTENT_CHECKS, CONTENT_CUES, TRACE_ROLES } from '../../../src/core/catalogue/step-types';
import { headingWords } from '../../../src/core/markdown/heading-match';
import { parseStepDoc } from '../../../src/core/markdown/parse';
import { checkPaths, FIXTURES, hits, REPO } from '../helpers';

const PURIS = path.join(FIXTURES, 'arc42', 'puris', 'docs', 'architecture');
const EXAMPLE = path.join(REPO, 'examples', 'arc42-parcel-lockers');

describe('the arc42 catalogue', () => {
  it('is built in under the name arc42, with its twelve sections as steps 1 to 12', () => {
    assert.equal(BUILTIN_CATALOGUES.arc42, ARC42);
    assert.equal(ARC42.name, 'arc42');
    assert.deepEqual(ARC42.steps.map((step) => step.step), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.equal(new Set(ARC42.steps.map((step) => step.fileName)).size, 12);
  });

  it('has unique artifact ids, known kinds, checks, cues and roles, and guidance for every artifact', () => {
    const artifacts = ARC42.steps.flatMap((step) => step.artifacts);
    assert.equal(new Set(artifacts.map((artifact) => artifact.id)).size, artifacts.length);
    for (const artifact of artifacts) {
      assert.ok(ARTIFACT_KINDS.includes(artifact.kind), artifact.id);
      assert.ok(artifact.checks.every((check) => CONTENT_CHECKS.includes(check)), artifact.id);
      assert.ok((artifact.cues ?? []).every((cue) => CONTENT_CUES.includes(cue)), artifact.id);
      assert.ok(artifact.role === undefined || TRACE_ROLES.includes(artifact.role), artifact.id);
      assert.ok(artifact.summary.length > 0 && artifact.questions.length > 0, artifact.id);
      assert.ok(artifact.columns === undefined || artifact.kind === 'table', `${artifact.id} has columns but is no table`);
    }
    for (const step of ARC42.steps) assert.ok(step.artifacts.some((artifact) => !artifact.optional), `step ${step.step} has a required artifact`);
  });

  it('never lets one heading name two artifacts of a step', () => {
    for (const step of ARC42.steps) {
      const owner = new Map<string, string>();
      for (const artifact of step.artifacts) {
        for (const name of [artifact.title, ...artifact.aliases]) {
          const key = headingWords(name).join(' ');
          const known = owner.get(key);
          assert.ok(known === undefined || known === artifact.id, `"${name}" names both ${known} and ${artifact.id} in step ${step.step}`);
          owner.set(key, artifact.id);
        }
      }
    }
  });

  it('counts what a one-artifact step holds under its title as that artifact, but not in a step of several', () => {
    const constraints = parseStepDoc('# Architecture constraints\n\n| Constraint | Background |\n| --- | --- |\n| Java 21 | Platform rule |\n', ARC42, 2);
    assert.equal(constraints.sections[0]?.artifact?.id, 'constraints');
    assert.equal(constraints.sections[0]?.heading, 'Architecture constraints');
    const onlyGuidance = parseStepDoc('# Architecture constraints\n\n<!-- what the team may not decide -->\n', ARC42, 2);
    assert.deepEqual(onlyGuidance.sections, []);
    const named = parseStepDoc('# Glossary\n\nIntro.\n\n## Terms\n\n| Term | Definition |\n| --- | --- |\n| A | B |\n', ARC42, 12);
    assert.deepEqual(named.sections.map((section) => [section.heading, section.artifact?.id]), [['Terms', 'terms']]);
    const several = parseStepDoc('# Context and scope\n\nWe talk to the bank over SFTP and to customers over the web.\n', ARC42, 3);
    assert.deepEqual(several.sections, []);
  });
});

describe('PURIS FOSS, a real multi-file arc42 document checked with extends: arc42', () => {
  it('is one design of twelve step files with exactly the findings judged below', async () => {
    const { reports, findings } = await checkPaths([PURIS]);
    assert.equal(reports.length, 1);
    assert.equal(reports[0]?.title, 'PURIS FOSS');
    assert.deepEqual(reports[0]?.steps.map((step) => step.file && path.basename(step.file)), [
      '01_introduction_and_goals.md', '02_architecture_constraints.md', '03_system_scope_and_context.md', '04_solution_strategy.md',
      '05_building_block_view.md', '06_runtime_view.md', '07_deployment_view.md', '08_concepts.md',
      '09_architecture_decisions.md', '10_quality_requirements.md', '11_technical_risks.md', '12_glossary.md',
    ]);
    assert.deepEqual(hits(findings), [
      // FALSE: the strategy is written, as "## Organization" with a ### per topic; arc42's section 4
      // has no sub-sections, and only what a one-artifact step holds under its title counts.
      { rule: 'missing-artifact', file: '04_solution_strategy.md', line: 1 },
      // TRUE: section 10 is one sentence pointing at the project's release guidelines; no quality
      // requirement is stated, let alone as a scenario.
      { rule: 'missing-artifact', file: '10_quality_requirements.md', line: 1 },
    ]);
    // Not reported, and right not to be: the constraints table (02), the risks prose (11) and the
    // building blocks (05, under the title and "Level 1 White Boxes") are written without the
    // template's sub-headings. Missed: 09 says "None have been documented yet.", which counts as written.
  });
});

describe('the arc42 example', () => {
  it('checks clean and complete', async () => {
    const { reports, findings } = await checkPaths([EXAMPLE]);
    assert.deepEqual(hits(findings), []);
    assert.equal(reports.length, 1);
    assert.equal(reports[0]?.title, 'Parcel lockers');
    assert.equal(reports[0]?.steps.length, 12);
    assert.ok(reports[0]?.steps.every((step) => step.complete));
  });
});
