/**
 * "Not applicable": a section whose first paragraph is `N/A: <reason>` (or `Not applicable — …`)
 * counts as written. The state the checker, the report and the form share; the findings it
 * silences (empty, content and tracing rules) and the one it raises (a marker without a reason).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assembleDesign, checkDesign, designTemplates, parseStepDoc, SEVEN_STEPS, type DesignReport } from '../../../src/core';
import { artifactStatuses } from '../../../src/core/rules';
import { COMPONENT_DESIGN, COMPONENTS, REQUIREMENTS, SCALE } from '../cases/case';
import { designOf, EXAMPLE_TEXTS } from '../assemble-support';
import { checkPaths, DesignCopy, hits, lineOf, replaceSection, type Hit } from '../helpers';

/** A step 2 file whose Availability section is `body`. */
function availability(body: string, eol = '\n'): string {
  const text = ['---', 'design-step: 2', '---', '# Clarify requirements', '', '## Availability', '', body, ''].join('\n');
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}

function stateOf(text: string): { state: string; reason?: string } {
  const status = artifactStatuses(parseStepDoc(text)).find((candidate) => candidate.artifact.id === 'availability');
  assert.ok(status);
  return { state: status.state, ...(status.notApplicable ? { reason: status.notApplicable.reason } : {}) };
}

describe('the not-applicable state', () => {
  it('reads both spellings, any case, with a colon, an em dash or an en dash', () => {
    const reason = 'internal batch tool, nobody waits on it';
    for (const marker of ['N/A:', 'n/a:', 'N/A :', 'Not applicable:', 'NOT APPLICABLE:', 'not applicable —', 'N/A —', 'N/A–', 'Not applicable –']) {
      assert.deepEqual(stateOf(availability(`${marker} ${reason}`)), { state: 'not-applicable', reason }, marker);
    }
  });

  it('takes the reason from the whole first paragraph, emphasis and line breaks included', () => {
    assert.deepEqual(stateOf(availability('**N/A:** runs once a night;\nnobody waits on it.')), { state: 'not-applicable', reason: 'runs once a night; nobody waits on it.' });
    assert.deepEqual(stateOf(availability('_Not applicable_ — offline tool.')), { state: 'not-applicable', reason: 'offline tool.' });
  });

  it('reads the marker the same in a CRLF file and after the template guidance', () => {
    const text = availability('<!-- What availability target? -->\n\nN/A: offline tool.\nNo users.', '\r\n');
    assert.deepEqual(stateOf(text), { state: 'not-applicable', reason: 'offline tool. No users.' });
    assert.deepEqual(stateOf(`\uFEFF${text}`), { state: 'not-applicable', reason: 'offline tool. No users.' });
  });

  it('does not count a marker in a later paragraph, in a list item, or without its separator', () => {
    assert.equal(stateOf(availability('99.9% monthly.\n\nN/A: for the admin console.')).state, 'present');
    assert.equal(stateOf(availability('- N/A: offline tool')).state, 'present');
    assert.equal(stateOf(availability('Not applicable to mobile clients, which keep 99.9%.')).state, 'present');
    assert.equal(stateOf(availability('N/Aish: 99.9%')).state, 'present');
    assert.equal(stateOf(availability('| N/A: x |\n| --- |\n| 1 |')).state, 'present');
  });

  it('is what a new step file tells its writer to use', () => {
    const template = designTemplates('X', SEVEN_STEPS)[1]!.text;
    const example = /"(N\/A: <why not>)"/.exec(template)?.[1];
    assert.ok(example, 'the step template explains the marker');
    const written = template.replace(/(## Availability\n\n<!--[^]*?-->\n)/, `$1\n${example.replace('<why not>', 'an offline tool')}\n`);
    assert.deepEqual(stateOf(written), { state: 'not-applicable', reason: 'an offline tool' });
  });

  it('reads a marker without a reason as empty, with the marker noted', () => {
    for (const body of ['N/A', 'n/a.', 'Not applicable.', 'Not applicable:', 'N/A —', 'N/A: TODO', 'N/A: …', '<!-- guidance -->\n\n**N/A**']) {
      assert.deepEqual(stateOf(availability(body)), { state: 'empty', reason: '' }, body);
    }
  });
});

function stepOf(report: DesignReport, step: number) {
  const found = report.steps.find((candidate) => candidate.step === step);
  assert.ok(found);
  return found;
}

async function checkCopy(copy: DesignCopy): Promise<{ report: DesignReport; hits: Hit[] }> {
  const { reports, findings } = await checkPaths([copy.dir]);
  assert.equal(reports.length, 1);
  return { report: reports[0]!, hits: hits(findings) };
}

describe('a section marked not applicable', () => {
  it('counts as written: no finding, the approved step and the design stay complete', async () => {
    const copy = new DesignCopy();
    copy.change(REQUIREMENTS, (text) => replaceSection(text, 'Latency requirements', '## Latency requirements\n\nN/A: every use case is asynchronous to its caller.'));
    const { report, hits: found } = await checkCopy(copy);
    // Neither empty-artifact, latency-without-target, approved-incomplete nor "use case has no latency target".
    assert.deepEqual(found, []);
    assert.equal(report.complete, true);
    const step = stepOf(report, 2);
    assert.equal(step.complete, true);
    const latency = step.artifacts.find((artifact) => artifact.id === 'latency-requirements');
    assert.equal(latency?.state, 'not-applicable');
    assert.deepEqual(latency?.notApplicable, { reason: 'every use case is asynchronous to its caller.' });
    assert.equal(latency?.range?.start.line, lineOf(copy.read(REQUIREMENTS), '## Latency requirements') - 1, 'the tree reveals its heading');
    assert.equal(step.artifacts.filter((artifact) => artifact.state === 'present').length, 5);
  });

  it('runs no content check: diagram, throughput and technology sections', async () => {
    const copy = new DesignCopy();
    copy.change(COMPONENT_DESIGN, (text) => replaceSection(text, 'Architecture diagram', '## Architecture diagram\n\nNot applicable — step 6 shows every component already.'));
    copy.change(SCALE, (text) => replaceSection(text, 'Throughput per operation', '## Throughput per operation\n\nN/A – a one-off migration, not a service.'));
    const { hits: found } = await checkCopy(copy);
    // No diagram-missing, no throughput-without-rows, and no untraced-operation from the absent table.
    assert.deepEqual(found, []);
  });

  it('is absent but accepted for tracing, on either end', async () => {
    const components = new DesignCopy();
    components.change(COMPONENT_DESIGN, (text) => replaceSection(text, 'Technology choices', '## Technology choices\n\nN/A: the platform team decides; see their catalogue.'));
    assert.deepEqual((await checkCopy(components)).hits, [], 'no "component has no technology choice"');

    const workflows = new DesignCopy();
    workflows.change(COMPONENTS, (text) => replaceSection(text, 'Workflows', '## Workflows\n\nN/A: each use case is one call to one component.'));
    workflows.edit(COMPONENTS, 'status: approved', 'status: in-review');
    assert.deepEqual((await checkCopy(workflows)).hits, [], 'no "use case has no workflow"');

    const useCases = new DesignCopy();
    useCases.change(REQUIREMENTS, (text) => replaceSection(text, 'Use cases', '## Use cases\n\nN/A: a library, not a product; see the README.'));
    assert.deepEqual((await checkCopy(useCases)).hits, []);
  });

  it('without a reason is an empty-artifact finding at the marker, and approval needs the reason', async () => {
    const copy = new DesignCopy();
    const text = copy.change(REQUIREMENTS, (text) => replaceSection(text, 'Latency requirements', '## Latency requirements\n\n<!-- guidance -->\n\nN/A'));
    const { report, hits: found } = await checkCopy(copy);
    assert.deepEqual(found, [
      { rule: 'approved-incomplete', file: REQUIREMENTS, line: lineOf(text, 'status: approved') },
      { rule: 'empty-artifact', file: REQUIREMENTS, line: lineOf(text, '\nN/A') + 1 },
    ]);
    const messages = report.findings.map((finding) => finding.message);
    assert.match(messages[0]!, /approved but "Latency requirements" is empty\./);
    assert.match(messages[1]!, /marked not applicable but gives no reason.*"N\/A: </);
    const step = stepOf(report, 2);
    assert.equal(step.complete, false);
    assert.deepEqual(step.artifacts.find((artifact) => artifact.id === 'latency-requirements')?.notApplicable, { reason: '' });
    assert.equal(step.artifacts.find((artifact) => artifact.id === 'latency-requirements')?.state, 'empty');
  });

  it('in the assembled document: kept as written, counted as done in the status table', () => {
    const texts = { ...EXAMPLE_TEXTS };
    texts[REQUIREMENTS] = replaceSection(texts[REQUIREMENTS]!, 'Latency requirements', '## Latency requirements\n\nN/A: every use case is asynchronous.');
    texts[SCALE] = replaceSection(texts[SCALE]!, 'Throughput per operation', '## Throughput per operation\n\nN/A');
    const built = designOf(texts);
    const report = checkDesign(built);
    const { markdown } = assembleDesign(built, report);
    assert.match(markdown, /\| \[2\. Clarify requirements\]\[step-2\] \| Approved \| [^|]+ \| 6\/6 \(1 N\/A\) \|/);
    assert.match(markdown, /### Latency requirements\n\nN\/A: every use case is asynchronous\.\n/);
    assert.match(markdown, /### Throughput per operation\n\n> \*\*Gap:\*\* this section is marked not applicable but gives no reason\.\n\nN\/A\n/);
  });
});
