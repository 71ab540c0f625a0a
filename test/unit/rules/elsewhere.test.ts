/**
 * A missing section whose content is written under another heading is a hint that says where
 * (`artifact-elsewhere`), not a `missing-artifact` warning (issue 14, causes 3, 4, 7 and 9). The
 * passages are short, in the style of published design docs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, checkDesign, groupIntoDesigns, stepFileFromText, type Finding, type FileEdit } from '../../../src/core';

function front(step: number): string {
  return `---\ndesign: Alert router\ndesign-step: ${step}\nstatus: draft\n---\n\n# Step ${step}\n\n`;
}

/** Checks a design made of `files` (name → body after the title), with optional rule levels. */
function check(files: Record<string, string>, rules: Record<string, 'off' | 'info' | 'warning' | 'error'> = {}): Finding[] {
  const stepFiles = Object.entries(files).map(([name, body]) => stepFileFromText(`/d/${name}`, front(Number(name.slice(0, 2))) + body));
  const [design] = groupIntoDesigns(stepFiles, [], () => '/d');
  return checkDesign(design!, { rules }).findings;
}

const about = (findings: Finding[], artifact: string) => findings.filter((finding) => finding.artifact === artifact && /missing-artifact|artifact-elsewhere/.test(finding.rule));

const STEP7_NARRATIVE = `## Design details

Each router keeps a ring of tenants and forwards alerts to the owner.

## Scale the design

Past ten thousand tenants we split the ring per region:

![Routers per region](images/regions.png)

## Access control

Tenants authenticate with a signed token; routers check it on every call.
`;

describe('content written under another heading', () => {
  it('an image in another section of the step is the missing diagram, with a fix that points there', () => {
    const files = { '07-component-design.md': STEP7_NARRATIVE };
    const [finding, ...rest] = about(check(files), 'architecture-diagram');
    assert.equal(rest.length, 0);
    assert.equal(finding?.rule, 'artifact-elsewhere');
    assert.equal(finding?.severity, 'info');
    assert.match(finding!.message, /"Scale the design" \(line \d+\) holds a diagram/);
    const edit = finding!.fix!.edits[0] as FileEdit & { kind: 'replace' };
    const text = front(7) + STEP7_NARRATIVE;
    const fixed = applyEdits(text, [edit]);
    assert.match(fixed, /## Architecture diagram\n\nSee \[Scale the design\]\(#scale-the-design\)\.\n/);
    assert.deepEqual(about(check({ '07-component-design.md': fixed.slice(front(7).length) }), 'architecture-diagram'), [], 'the pointer section counts as written');
  });

  it('the hint keeps the level a team configures for it', () => {
    const [finding] = about(check({ '07-component-design.md': STEP7_NARRATIVE }, { 'artifact-elsewhere': 'error' }), 'architecture-diagram');
    assert.equal(finding?.severity, 'error');
  });

  it('a step with no sign of the content still gets the warning', () => {
    const body = STEP7_NARRATIVE.replace('![Routers per region](images/regions.png)', 'We add routers as needed.');
    const [finding] = about(check({ '07-component-design.md': body }), 'architecture-diagram');
    assert.equal(finding?.rule, 'missing-artifact');
    assert.equal(finding?.severity, 'warning');
  });

  it('a boxed note is not a diagram, boxes joined by arrows are', () => {
    const note = '```\n+------------ NOTE ------------+\n| Parts of this are deferred.  |\n+------------------------------+\n```\n';
    const drawing = '```\n+--------+      +--------+\n| router | ---> | store  |\n+--------+      +--------+\n```\n';
    assert.equal(about(check({ '07-component-design.md': `## Design details\n\n${note}` }), 'architecture-diagram')[0]?.rule, 'missing-artifact');
    assert.equal(about(check({ '07-component-design.md': `## Design details\n\n${drawing}` }), 'architecture-diagram')[0]?.rule, 'artifact-elsewhere');
    const findings = check({ '07-component-design.md': `## Architecture diagram\n\n${drawing}` });
    assert.ok(!findings.some((finding) => finding.rule === 'diagram-missing'), 'ASCII art counts as the diagram');
  });

  it('request rates listed with the assumptions stand for the throughput table', () => {
    const body = '## Constraints and assumptions\n\n- 5 million alerts a day\n- 60 alert writes per second on average\n- 600 reads per second at peak\n';
    const [finding] = about(check({ '03-scale.md': body }), 'throughput-per-operation');
    assert.equal(finding?.rule, 'artifact-elsewhere');
    assert.match(finding!.message, /holds request rates/);
  });

  it('message definitions in the API section stand for the data models; decision headings in step 1 for technology choices', () => {
    const api = '## API\n\n```\nrpc Route(Alert) returns (Ack);\nmessage Alert {\n  string tenant = 1;\n}\n```\n';
    assert.equal(about(check({ '04-interfaces.md': api }), 'data-models')[0]?.rule, 'artifact-elsewhere');
    const step1 = '## Problem\n\nOne router cannot hold every tenant.\n\n## Alternatives considered\n\nGossip versus a ring: the ring wins because it bounds fan-out.\n';
    const [choice] = about(check({ '01-justification.md': step1, '07-component-design.md': STEP7_NARRATIVE }), 'technology-choices');
    assert.equal(choice?.rule, 'artifact-elsewhere');
    assert.match(choice!.message, /"Alternatives considered" \(line \d+ of 01-justification\.md\)/);
  });

  it('a heading one level too deep names the section, and the fix only changes its hashes', () => {
    const body = '## Motivation\n\nRouting is manual today.\n\n### Goals\n\nRoute every alert within a second.\n';
    const findings = check({ '01-justification.md': body });
    const [finding] = about(findings, 'proposed-solution');
    assert.equal(finding?.rule, 'artifact-elsewhere');
    assert.match(finding!.message, /"Goals" \(line \d+\) names it at a deeper level/);
    const text = front(1) + body;
    const fixed = applyEdits(text, finding!.fix!.edits as FileEdit[]);
    assert.equal(fixed, text.replace('### Goals', '## Goals'));
  });

  it('what exists today, told in the background, stands for existing solutions', () => {
    const body = '## Background\n\nThe current router replicates all state by gossip, which stops scaling past three replicas.\n\n## Proposal\n\nShard by tenant.\n';
    assert.equal(about(check({ '01-justification.md': body }), 'existing-solutions')[0]?.rule, 'artifact-elsewhere');
  });

  it('a paragraph labelled with the section name counts wherever it is in the design', () => {
    const workflows = '## Workflows\n\n### Ingest an alert\n\nData flow: the router writes the alert to the tenant log, then the notifier reads it.\n';
    const [finding] = about(check({ '05-data-flow.md': '## Stored data\n\n| Data | Access |\n|---|---|\n| Alerts | by tenant |\n', '06-components.md': workflows }), 'data-flow');
    assert.equal(finding?.rule, 'artifact-elsewhere');
    assert.match(finding!.message, /06-components\.md/);
  });

  it('an introduction under the title that sums up the proposal stands for the proposed solution', () => {
    const intro = 'The alert router is a sharded service that owns each tenant on exactly one replica and forwards every alert to that owner, so routing scales with the number of replicas.\n\n## Problem\n\nOne router holds every tenant today.\n';
    assert.equal(about(check({ '01-justification.md': intro }), 'proposed-solution')[0]?.rule, 'artifact-elsewhere');
    const short = 'Draft.\n\n## Problem\n\nOne router holds every tenant today.\n';
    assert.equal(about(check({ '01-justification.md': short }), 'proposed-solution')[0]?.rule, 'missing-artifact');
  });
});
