/**
 * Content told in another section's prose (issue 14, causes 3 and 4 as the real-doc labels found
 * them): the callers in a KEP's Motivation, where data is kept and who reads it in the Proposal, a
 * decision with its reason in a design paragraph, the network rules under "Secure the web server",
 * the request paths in a "Conclusion". Each is a hint that says where, not a warning; a passing
 * mention of the same words still gets the warning. The passages are short, in the style of
 * published design proposals, in our own words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDesign, groupIntoDesigns, stepFileFromText, type Finding } from '../../../src/core';

function front(step: number): string {
  return `---\ndesign: Lease tracker\ndesign-step: ${step}\nstatus: draft\n---\n\n# Step ${step}\n\n`;
}

function check(files: Record<string, string>): Finding[] {
  const stepFiles = Object.entries(files).map(([name, body]) => stepFileFromText(`/d/${name}`, front(Number(name.slice(0, 2))) + body));
  const [design] = groupIntoDesigns(stepFiles, [], () => '/d');
  return checkDesign(design!).findings;
}

/** The rule that reports `artifact`'s gap: missing-artifact, artifact-elsewhere, or none. */
function ruleFor(findings: Finding[], artifact: string): string | undefined {
  return findings.find((finding) => finding.artifact === artifact && /missing-artifact|artifact-elsewhere/.test(finding.rule))?.rule;
}

const STEP2 = '## Availability\n\nThe tracker may be down for a minute a day.\n';

describe('callers and use cases told in the motivation', () => {
  const motivation = (text: string) => ({ '01-justification.md': `## Motivation\n\n${text}\n\n## Proposal\n\nEach node renews a lease.\n`, '02-requirements.md': STEP2 });

  it('two statements of what named callers need stand for the users and the use cases', () => {
    const text = 'The version garbage collector needs a list of live servers to drop stale records. The fairness filter needs a stable name for each server to report its limits.';
    const findings = check(motivation(text));
    assert.equal(ruleFor(findings, 'users-and-personas'), 'artifact-elsewhere');
    assert.equal(ruleFor(findings, 'use-cases'), 'artifact-elsewhere');
    assert.match(findings.find((finding) => finding.artifact === 'users-and-personas')!.message, /"Motivation" \(line \d+ of 01-justification\.md\) holds what named callers need/);
  });

  it('capabilities the design must give ("it is important that … can") stand for the use cases, not for the users', () => {
    const text = 'It is important that every total can be recounted from the log.\n\nIt is important in most setups that a counter can be reset without losing history.';
    const findings = check(motivation(text));
    assert.equal(ruleFor(findings, 'use-cases'), 'artifact-elsewhere');
    assert.equal(ruleFor(findings, 'users-and-personas'), 'missing-artifact');
  });

  it('one user story ("As a …, I want …") names a caller and a need, so it stands for the users and the use cases', () => {
    const findings = check(motivation('As a cluster operator, I want every node to report its own lease so that I can spot dead ones.'));
    assert.equal(ruleFor(findings, 'users-and-personas'), 'artifact-elsewhere');
    assert.equal(ruleFor(findings, 'use-cases'), 'artifact-elsewhere');
  });

  it('"As a result, I want …" is no user story', () => {
    const findings = check(motivation('As a result, I want to keep the lease short.'));
    assert.equal(ruleFor(findings, 'users-and-personas'), 'missing-artifact');
    assert.equal(ruleFor(findings, 'use-cases'), 'missing-artifact');
  });

  it('one need, or the team\'s own wish, is not a list of callers', () => {
    const findings = check(motivation('We would like to be able to scale this tenfold. The scheduler needs a lease.'));
    assert.equal(ruleFor(findings, 'users-and-personas'), 'missing-artifact');
    assert.equal(ruleFor(findings, 'use-cases'), 'missing-artifact');
  });
});

describe('data flow and stored data told in the proposal', () => {
  const PROPOSAL = '## Proposal\n\nEvery node will store its identity in a Lease object, and all such leases are kept in the system namespace. Controllers read the list of live leases to find the servers that still run; a collector reads the expired ones and deletes them.\n';

  it('a proposal naming who writes the data and who reads it stands for the missing step 5', () => {
    const findings = check({ '01-justification.md': PROPOSAL, '02-requirements.md': STEP2 });
    assert.ok(!findings.some((finding) => finding.rule === 'missing-step' && /step 5/.test(finding.message)));
    const hint = findings.find((finding) => finding.rule === 'artifact-elsewhere' && /no file for step 5/.test(finding.message));
    assert.equal(hint?.severity, 'info');
    assert.match(hint!.message, /"Proposal" \(line \d+ of 01-justification\.md\) holds who writes the data and who reads it/);
    assert.equal(hint!.fix?.edits[0]?.kind, 'create');
  });

  it('with a step 5 file, the proposal stands for its data flow and stored data sections', () => {
    const findings = check({ '01-justification.md': PROPOSAL, '05-data-flow.md': '## Data lifecycle\n\nExpired leases are garbage collected.\n' });
    assert.equal(ruleFor(findings, 'data-flow'), 'artifact-elsewhere');
    assert.equal(ruleFor(findings, 'stored-data'), 'artifact-elsewhere');
  });

  it('the same proposal tells the request path, so it stands for the workflows of step 6 as well', () => {
    const findings = check({ '01-justification.md': PROPOSAL, '06-components.md': '## Component diagram\n\n![Leases](leases.png)\n' });
    assert.equal(ruleFor(findings, 'workflows'), 'artifact-elsewhere');
  });

  it('request paths told outside a workflows section, with what is written and read, are a data flow', () => {
    const conclusion = '## Conclusion\n\n**POST /v1/alerts** can go to any replica; the router writes the alert to two owners and saves it in memory.\n\n**GET /v1/alerts** reads from two owners and merges what they hold.\n';
    const lifecycle = '## Data lifecycle\n\nAlerts expire after a day.\n';
    assert.equal(ruleFor(check({ '05-data-flow.md': lifecycle, '06-components.md': conclusion }), 'data-flow'), 'artifact-elsewhere');
    const workflows = conclusion.replace('## Conclusion', '## Workflows\n\n### Send an alert');
    assert.equal(ruleFor(check({ '05-data-flow.md': lifecycle, '06-components.md': workflows }), 'data-flow'), 'missing-artifact', 'inside Workflows, a request path is that workflow and no more');
  });

  it('a one-line pitch that delivers events to subscribers is not yet a data flow', () => {
    const pitch = '## Proposed solution\n\nOne service that takes an event once and delivers it to every subscriber.\n';
    const findings = check({ '01-justification.md': pitch, '02-requirements.md': STEP2 });
    assert.ok(findings.some((finding) => finding.rule === 'missing-step' && /step 5/.test(finding.message)));
  });

  it('a proposal that only sends probes to backends tells no data flow, so step 5 is still missing', () => {
    const probes = '## Proposal\n\nThe client will send health probes to each backend and stop routing to one that answers unhealthy.\n';
    const findings = check({ '01-justification.md': probes, '02-requirements.md': STEP2 });
    assert.ok(findings.some((finding) => finding.rule === 'missing-step' && /step 5/.test(finding.message)));
  });

  it('"stored in" inside the step\'s own data flow is part of the flow, not the inventory of stored data', () => {
    const flow = '## Data flow\n\nEach event is stored in the regional stream, then the aggregator reads it.\n';
    assert.equal(ruleFor(check({ '05-data-flow.md': flow }), 'stored-data'), 'missing-artifact');
  });
});

describe('decisions, security and request paths in design prose', () => {
  it('a paragraph that states a choice with its reason or alternatives stands for the technology choices', () => {
    const body = '## Routing\n\n**We propose sharding on the tenant ID.** It is the simplest key to start with; other options such as tenant plus receiver would need the ruler to know the configuration.\n';
    assert.equal(ruleFor(check({ '07-component-design.md': body }), 'technology-choices'), 'artifact-elsewhere');
  });

  it('naming options in passing is no decision', () => {
    const body = '## Scale the design\n\nPut a queue such as SQS or RabbitMQ in front of the workers.\n';
    assert.equal(ruleFor(check({ '07-component-design.md': body }), 'technology-choices'), 'missing-artifact');
  });

  it('a security heading with content of its own stands for the security requirements and the access control', () => {
    const secure = '## Scale the design\n\n#### Secure the web server\n\n* Open only ports 80 and 443 to the internet\n* Allow SSH only from the office network\n* Keep the database in a private subnet that nothing outside can reach\n';
    const findings = check({ '02-requirements.md': STEP2, '07-component-design.md': secure });
    assert.equal(ruleFor(findings, 'security-requirements'), 'artifact-elsewhere');
    assert.equal(ruleFor(findings, 'access-control'), 'artifact-elsewhere');
  });

  it('the access control section is that section\'s content, not the missing security requirements', () => {
    const access = '## Access control\n\nEvery router checks the signed tenant token on each call and rejects calls for other tenants.\n';
    assert.equal(ruleFor(check({ '02-requirements.md': STEP2, '07-component-design.md': access }), 'security-requirements'), 'missing-artifact');
  });

  it('a security heading that only points to a general page is no security section', () => {
    const pointer = '## Additional talking points\n\n### Security\n\nRefer to the [security section](https://example.com/security).\n';
    const findings = check({ '02-requirements.md': STEP2, '07-component-design.md': pointer });
    assert.equal(ruleFor(findings, 'security-requirements'), 'missing-artifact');
    assert.equal(ruleFor(findings, 'access-control'), 'missing-artifact');
  });

  it('an API operation and the way it takes, told in step 6, stands for the workflows', () => {
    const conclusion = '## Conclusion\n\n![Routers](routers.png)\n\n**POST /v1/alerts** can go to any replica; the router writes the alert to two of the owners.\n';
    assert.equal(ruleFor(check({ '06-components.md': conclusion }), 'workflows'), 'artifact-elsewhere');
  });

  it('a glossary of the parties in step 6 is its component list, and implementation recommendations are the component workflows', () => {
    const glossary = '## Glossary\n\nThe **Client** sends telemetry; the **Server** receives it.\n';
    assert.equal(ruleFor(check({ '06-components.md': glossary }), 'components'), undefined);
    const recommendations = '## Implementation recommendations\n\nThe client keeps one queue per destination and retries each on its own.\n';
    assert.equal(ruleFor(check({ '07-component-design.md': recommendations }), 'component-workflows'), undefined);
  });

  it('a label paragraph over the trade-offs works as a heading on alternatives', () => {
    const body = '## Scale the design\n\n#### Move the database to its own box\n\n* Use a managed database service\n\n*Trade-offs, alternatives and details:*\n\n* A self-run database costs less but needs an operator\n';
    assert.equal(ruleFor(check({ '07-component-design.md': body }), 'technology-choices'), 'artifact-elsewhere');
  });
});

describe('the proposal and the components spread over design areas', () => {
  const AREAS = '## Routing\n\nWe propose routing on the tenant ID. A component in charge of incoming alerts checks each one against the limits.\n\n## Replication\n\nI propose we sync state over RPC calls. The ring is responsible for choosing the replicas of each tenant.\n';

  it('two proposals stated in the design areas stand for the proposed solution', () => {
    const findings = check({ '01-justification.md': '## Problem\n\nOne router holds every tenant.\n', '07-component-design.md': AREAS });
    assert.equal(ruleFor(findings, 'proposed-solution'), 'artifact-elsewhere');
    assert.match(findings.find((finding) => finding.artifact === 'proposed-solution')!.message, /holds what the design proposes/);
  });

  it('two statements of which part is in charge of what stand for the component list', () => {
    const findings = check({ '06-components.md': '## Component diagram\n\n![Routers](routers.png)\n', '07-component-design.md': AREAS });
    assert.equal(ruleFor(findings, 'components'), 'artifact-elsewhere');
  });

  it('a single proposal or responsibility is not enough', () => {
    const one = '## Routing\n\nWe propose routing on the tenant ID; the ring is responsible for placement.\n';
    const findings = check({ '01-justification.md': '## Problem\n\nOne router holds every tenant.\n', '06-components.md': '## Component diagram\n\n![Routers](routers.png)\n', '07-component-design.md': one });
    assert.equal(ruleFor(findings, 'proposed-solution'), 'missing-artifact');
    assert.equal(ruleFor(findings, 'components'), 'missing-artifact');
  });
});

describe('workflows told use case by use case in the detailed design', () => {
  const core = (under: string) => ({
    '06-components.md': '## Component diagram\n\n![Overview](overview.png)\n',
    '07-component-design.md': `## Design core components\n\n### Use case: A reader opens a shared snippet\n\n${under}\n`,
  });

  it('a use-case heading over a list that hands the request from part to part stands for the workflows of step 6', () => {
    const path = '* The **Browser** sends the snippet id to the **Gateway**\n* The **Gateway** forwards the call to the **Snippet Reader**\n* The **Snippet Reader** fetches the text from the **Blob Store** and returns it';
    const findings = check(core(path));
    assert.equal(ruleFor(findings, 'workflows'), 'artifact-elsewhere');
    assert.match(findings.find((finding) => finding.artifact === 'workflows')!.message, /"Use case: A reader opens a shared snippet" \(line \d+ of 07-component-design\.md\) holds the path each use case takes/);
  });

  it('a use-case heading over a wish or a single step is no path', () => {
    assert.equal(ruleFor(check(core('Readers want snippets to open quickly, even on slow phones.')), 'workflows'), 'missing-artifact');
    assert.equal(ruleFor(check(core('* The **Browser** sends the snippet id\n* Readers like dark mode')), 'workflows'), 'missing-artifact');
  });
});
