/**
 * The forms published design docs write things in (an API as `curl` lines or signatures, a use case
 * as "**User** does something", a spelled-out placeholder), each checked on the example design
 * with one section rewritten that way. The passages are short and made up in the docs' style.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStepDoc, sectionFor } from '../../../src/core/markdown/parse';
import { placeholdersIn } from '../../../src/core/rules/placeholder-text';
import { apiOperations } from '../../../src/core/rules/support/content';
import { isOutOfScopeLabel, isQualityRequirement, namesUseCase, useCaseItems } from '../../../src/core/rules/support/trace';
import { DesignCopy, hits, lineOf, replaceSection, type Hit, type Located, type StepFileName } from '../helpers';

const INTERFACES = '04-interfaces.md';

const FENCE = '```';

/** The findings of `rules` once `file`'s `## heading` section is replaced by `section`. */
async function withSection(file: StepFileName, heading: string, section: string, rules: string[]): Promise<{ text: string; found: Located[] }> {
  const copy = new DesignCopy();
  const text = copy.change(file, (old) => replaceSection(old, heading, section));
  return { text, found: (await copy.check()).filter((finding) => rules.includes(finding.rule)) };
}

function only(found: Located[], rule: string): Hit[] {
  return hits(found.filter((finding) => finding.rule === rule));
}

/** The names apiOperations gives the operations of an `## API` section. */
function operationNames(api: string): string[] {
  const doc = parseStepDoc(`---\ndesign: Paste bin\ndesign-step: 4\nstatus: draft\n---\n# Define interfaces and data models\n\n${api}\n`);
  const section = sectionFor(doc, 'api');
  assert.ok(section, 'the test text has an API section');
  return apiOperations(doc, section).map((item) => item.name);
}

const CURL_API = `## API

Clients talk to a public REST API:

${FENCE}
$ curl -X POST --data '{ "content": "hello", "expires_in_days": 7, \\
    "callback": "https://hooks.example.org/done" }' \\
    https://paste.example.org/api/v1/paste
${FENCE}

Reading a paste back:

${FENCE}
$ curl https://paste.example.org/api/v1/paste?shortlink=abc123
${FENCE}
`;

const SIGNATURE_API = `## API

The store is used through a library:

${FENCE}
CreateBucket(cfg) -> Bucket
DropBucket(name) -> error
${FENCE}

Followers subscribe over gRPC:

${FENCE}
rpc Follow(FollowRequest) returns (stream ChangeEvent);
${FENCE}
`;

const GO_INTERFACE_API = `## API

A client library wraps the streams:

${FENCE}go
// Tally keeps one running total per key.
type Tally interface {
    // Bump adds delta to the key and returns the new total.
    Bump(ctx context.Context, key string, delta int64) (*big.Int, error)
    Peek(ctx context.Context, key string) (*big.Int, error)
}
${FENCE}
`;

const HEADING_API = `## API

Conventions for every call:

- Bodies are JSON.
- Errors carry a stable code.

### Publish an event

The producer sends the event with its topic and gets back an offset.

#### Acknowledge an event

The consumer confirms the offset it has processed.
`;

const PROSE_API = `## API

A small REST API with JSON bodies, in the usual style, secured with bearer tokens. We will
write the endpoints down once the storage design settles.

${FENCE}
{ "content": "hello", "expires_in_days": 7 }
${FENCE}
`;

describe('api-without-operations on the forms real docs use', () => {
  for (const [form, api] of [
    ['curl commands in plain code blocks', CURL_API],
    ['signatures and a gRPC method in plain code blocks', SIGNATURE_API],
    ['the methods of a Go interface', GO_INTERFACE_API],
    ['### and #### operation headings next to a list of conventions', HEADING_API],
  ] as const) {
    it(`accepts ${form}`, async () => {
      const { found } = await withSection(INTERFACES, 'API', api, ['api-without-operations']);
      assert.deepEqual(hits(found), []);
    });
  }

  it('still rejects prose and a JSON example with no operation', async () => {
    const { text, found } = await withSection(INTERFACES, 'API', PROSE_API, ['api-without-operations']);
    assert.deepEqual(hits(found), [{ rule: 'api-without-operations', file: INTERFACES, line: lineOf(text, '## API') }]);
  });

  it('names a curl operation by its method and path: -X wins, data alone means POST, none means GET', () => {
    assert.deepEqual(operationNames(CURL_API), ['POST /api/v1/paste', 'GET /api/v1/paste']);
    const shapes = `## API\n\n${FENCE}\ncurl -d 'a=1' http://localhost:8080/v2/notes\ncurl -X DELETE "https://notes.example.org/v2/notes/17" | jq .\nPUT /v2/notes/17 HTTP/1.1\n${FENCE}\n`;
    assert.deepEqual(operationNames(shapes), ['POST /v2/notes', 'DELETE /v2/notes/17', 'PUT /v2/notes/17']);
  });

  it('names a signature by its function, and skips comments, fields and calls', () => {
    assert.deepEqual(operationNames(SIGNATURE_API), ['CreateBucket', 'DropBucket', 'Follow']);
    assert.deepEqual(operationNames(GO_INTERFACE_API), ['Bump', 'Peek']);
    const notOperations = `## API\n\n${FENCE}go\ntype Entry struct {\n    Key string\n}\ntotal, err := tally.Bump(ctx, "hits", 1)\nif err != nil {\n    return err\n}\n${FENCE}\n`;
    assert.deepEqual(operationNames(notOperations), []);
  });

  it('traces a throughput row to a signature written in words joined up', async () => {
    const api = `## API\n\n${FENCE}\nCreateShortLink(url, alias?) -> Link\nResolveShortLink(code) -> Redirect\nListLinks(cursor) -> Page\nGetLinkStats(code, from, to) -> LinkStats\nDeleteLink(code) -> void\n${FENCE}\n`;
    const { found } = await withSection(INTERFACES, 'API', api, ['api-without-operations', 'untraced-operation']);
    assert.deepEqual(hits(found), []);
  });

  it('traces a throughput row named by method and path to a curl command', async () => {
    const copy = new DesignCopy();
    copy.change(INTERFACES, (old) => replaceSection(old, 'API', `## API\n\n${FENCE}\n$ curl -X DELETE https://api.nw.example/v1/links/spring-sale\n${FENCE}\n`));
    copy.edit('03-scale.md', '| Delete link | Write |', '| DELETE /v1/links/spring-sale | Write |');
    const found = (await copy.check()).filter((finding) => finding.rule === 'untraced-operation');
    const scale = copy.read('03-scale.md');
    const untraced = ['Create short link', 'Resolve short link', 'List links', 'Get link stats'].map((name) => lineOf(scale, `| ${name} |`));
    assert.deepEqual(only(found, 'untraced-operation').map((hit) => hit.line).sort((a, b) => a - b), untraced);
  });
});

const REQUIREMENTS = '02-requirements.md';
const COMPONENTS = '06-components.md';

/** Interview-style use cases: a bold actor and the deed, a sub-list of details, a quality and an out-of-scope list. */
const PRIMER_USE_CASES = `## Use cases

### We'll keep to these use cases

* **Marketer** shortens a link
* **Recipient** follows a short link
    * The click is counted on the way
* **Marketer** views link analytics, per day
* **Developer** deletes a link (their own only)
* **Service** has high availability
* Redirects should be fast
* **The system** scales to a billion links

### Out of scope

* **Marketer** edits where a link points
`;

describe('untraced-use-case on use cases written as "**Actor** does something"', () => {
  it('names each use case by its whole phrase and traces it by its meaningful words', async () => {
    const { found } = await withSection(REQUIREMENTS, 'Use cases', PRIMER_USE_CASES, ['untraced-use-case']);
    assert.deepEqual(hits(found), []);
  });

  it('reports a use case whose only word in common with the workflows is its actor', async () => {
    const useCases = `## Use cases\n\n* **User** shortens a link\n* **User** pins a link to the dashboard\n`;
    const copy = new DesignCopy();
    const text = copy.change(REQUIREMENTS, (old) => replaceSection(old, 'Use cases', useCases));
    copy.edit(COMPONENTS, '### Shorten a link', '### Use case: User shortens a link');
    const found = (await copy.check()).filter((finding) => finding.rule === 'untraced-use-case');
    const line = lineOf(text, '**User** pins');
    assert.deepEqual(hits(found), [
      { rule: 'untraced-use-case', file: REQUIREMENTS, line },
      { rule: 'untraced-use-case', file: REQUIREMENTS, line },
    ]);
    const messages = found.map((finding) => finding.finding.message);
    assert.ok(messages.every((message) => message.includes('"User pins a link to the dashboard"')), messages.join('\n'));
    const workflowFix = found.map((finding) => finding.finding.fix?.edits[0]).find((edit) => edit?.file.endsWith(COMPONENTS));
    assert.ok(workflowFix && workflowFix.kind === 'replace');
    assert.match(workflowFix.text, /\n### User pins a link to the dashboard\n/);
  });

  it('does not take one shared word such as "user" or "service" as a match', async () => {
    const useCases = `## Use cases\n\n* **User** uploads a photo\n* **Service** resizes the photo\n* **Service** suggests an album\n`;
    const workflows = `## Workflows\n\n### Use case: User uploads a photo\n\nThe client sends the photo to the upload service.\n\n### Use case: Service resizes the photo\n\nA worker reads the photo and writes three sizes.\n`;
    const copy = new DesignCopy();
    const text = copy.change(REQUIREMENTS, (old) => replaceSection(old, 'Use cases', useCases));
    copy.change(COMPONENTS, (old) => replaceSection(old, 'Workflows', workflows));
    const found = (await copy.check()).filter((finding) => finding.rule === 'untraced-use-case' && finding.finding.message.includes('no workflow'));
    assert.deepEqual(hits(found), [{ rule: 'untraced-use-case', file: REQUIREMENTS, line: lineOf(text, '**Service** suggests') }]);
    assert.match(found[0]?.finding.message ?? '', /"Service suggests an album"/);
  });

  it('leaves out items under an out-of-scope paragraph, a non-goals list item and a "Later" heading', async () => {
    const useCases = [
      '## Use cases',
      '',
      '- **Marketer** shortens a link',
      '',
      'Out of scope for the first release:',
      '',
      '- **Marketer** prints a QR code',
      '',
      '- Non-goals',
      '  - **Marketer** buys a branded domain',
      '',
      '### Later',
      '',
      '- **Analyst** exports raw clicks',
      '',
      '### Still in scope',
      '',
      '- **Owner** deletes a link',
    ].join('\n');
    const { found } = await withSection(REQUIREMENTS, 'Use cases', useCases, ['untraced-use-case']);
    assert.deepEqual(hits(found), []);
  });

  it('still reports a use case below an out-of-scope heading once a heading of its level reopens the scope', async () => {
    const useCases = '## Use cases\n\n### Future work\n\n- **Analyst** exports raw clicks\n\n### Now\n\n- **Analyst** archives raw clicks\n';
    const { text, found } = await withSection(REQUIREMENTS, 'Use cases', useCases, ['untraced-use-case']);
    const line = lineOf(text, '**Analyst** archives');
    assert.deepEqual(hits(found), [
      { rule: 'untraced-use-case', file: REQUIREMENTS, line },
      { rule: 'untraced-use-case', file: REQUIREMENTS, line },
    ]);
  });

  it('takes a bold name followed by a dash or a colon as the name, as before', async () => {
    const useCases = '## Use cases\n\n- **Shorten a link** — a marketer submits a URL.\n- **Follow a short link**: a recipient is redirected.\n';
    const { found } = await withSection(REQUIREMENTS, 'Use cases', useCases, ['untraced-use-case']);
    assert.deepEqual(hits(found), []);
  });
});

describe('what counts as a use case, and which heading names it', () => {
  it('names "**Actor** deed" items by the phrase, up to a colon, dash, parenthesis or the end of the sentence', () => {
    const doc = parseStepDoc(
      [
        '---', 'design: Shop', 'design-step: 2', 'status: draft', '---', '# Clarify requirements', '', '## Use cases', '',
        '- **U.S. shopper** pays in dollars. Cards only.',
        '- **Buyer** returns an order (within 30 days)',
        '- **Seller** lists an item: title, price and photos',
        '- **Refund a payment** — support sends the money back',
        '- **Track a parcel**: the buyer sees where it is',
        '', '### Out of scope', '', '- **Buyer** bids in an auction',
      ].join('\n'),
    );
    const section = sectionFor(doc, 'use-cases');
    assert.ok(section);
    assert.deepEqual(useCaseItems(doc, section).map((item) => item.name), [
      'U.S. shopper pays in dollars',
      'Buyer returns an order',
      'Seller lists an item',
      'Refund a payment',
      'Track a parcel',
    ]);
  });

  it('takes a quality the system must have for a requirement, not a use case', () => {
    for (const name of ['Service has high availability', 'Reads should be fast', 'The system scales to 50 million users', 'Service needs to evolve to millions of users', 'Low latency for reads', 'The feed is highly available']) {
      assert.ok(isQualityRequirement(name), name);
    }
    for (const name of ['Guest checks room availability', 'User posts a tweet', 'Operator scales the cluster', 'Analyst reviews latency reports', 'Shorten a link']) {
      assert.ok(!isQualityRequirement(name), name);
    }
  });

  it('knows the labels that set items out of scope', () => {
    for (const label of ['Out of scope', 'Non-goals', 'Future work', 'Later', 'Out of scope for the first release', 'Not in scope:']) assert.ok(isOutOfScopeLabel(label), label);
    for (const label of ['Later, the user shares the link', 'Deferred payments are settled', 'Scope', 'In scope']) assert.ok(!isOutOfScopeLabel(label), label);
  });

  it('matches a use case and a heading by all of their meaningful words, in any inflection', () => {
    assert.ok(namesUseCase('use case user posts a tweet', 'user posts a tweet'));
    assert.ok(namesUseCase('posting a tweet', 'user posts a tweet'));
    assert.ok(namesUseCase('shorten a link', 'marketer shortens a link'));
    assert.ok(!namesUseCase('use case user connects to a bank account', 'service recommends a budget'));
    assert.ok(!namesUseCase('user signs in', 'user posts a tweet'));
    assert.ok(!namesUseCase('tweet', 'user posts a tweet'));
  });
});

describe('placeholder-text on spelled-out placeholders', () => {
  const tokens = (text: string) => placeholdersIn(text).map((placeholder) => placeholder.token);

  it('finds numbers and decisions left for later, once per sentence', () => {
    assert.deepEqual(tokens('The wire format is set out in RFCNNNN (RFC number to be defined and linked from here).'), ['RFCNNNN']);
    assert.deepEqual(tokens('The shard key is to be decided.'), ['to be decided']);
    assert.deepEqual(tokens('Retention (to be confirmed) is 30 days. Owner: TBD.'), ['to be confirmed', 'TBD']);
    assert.deepEqual(tokens('The exact quota is yet to be determined by finance.'), ['to be determined']);
    assert.deepEqual(tokens('Partitions: XXX per topic, see KEP-NNNN.'), ['XXX']);
    assert.deepEqual(tokens('Open item: FIXME'), ['FIXME']);
  });

  it('leaves prose that only sounds alike', () => {
    for (const prose of [
      'Field names are to be defined by the caller.',
      'Ports are to be determined at deploy time from the service registry.',
      'Limits need to be specified, and quotas too.',
      'Every schema change has to be decided by the API review board.',
      'Scratch files are named tmp-XXXXXX and removed on exit.',
      'Much like a todo list, the queue keeps its order.',
      'The XXL tier gets its own shard.',
    ]) {
      assert.deepEqual(tokens(prose), [], prose);
    }
  });

  it('reports a section that holds only TBD when no other rule does, and the text before the first section', async () => {
    const copy = new DesignCopy();
    const text = copy.change('05-data-flow.md', (old) =>
      old.replace('\n## ', '\nTODO: say which team owns the pipeline.\n\n## ').replace(/\s*$/, '\n\n## Open questions\n\nTBD\n'),
    );
    const found = hits((await copy.check()).filter((finding) => finding.rule === 'placeholder-text'));
    assert.deepEqual(found, [
      { rule: 'placeholder-text', file: '05-data-flow.md', line: lineOf(text, 'TODO: say which') },
      { rule: 'placeholder-text', file: '05-data-flow.md', line: text.split('\n').indexOf('TBD') + 1 },
    ]);
  });

  it('leaves a required section that only says "To be decided." to empty-artifact', async () => {
    const copy = new DesignCopy();
    copy.edit('07-component-design.md', 'status: in-review', 'status: draft');
    const text = copy.change('07-component-design.md', (old) => replaceSection(old, 'Access control', '## Access control\n\nTo be decided.\n'));
    const found = hits((await copy.check()).filter((finding) => finding.rule === 'placeholder-text' || finding.rule === 'empty-artifact'));
    assert.deepEqual(found, [{ rule: 'empty-artifact', file: '07-component-design.md', line: lineOf(text, '## Access control') }]);
  });

  it('ignores XXX and "to be decided" in code', async () => {
    const copy = new DesignCopy();
    copy.edit('05-data-flow.md', '\n## Data flow\n', '\nKeys look like `link:XXX`:\n\n```\nSET link:XXX  # to be decided.\n```\n\n## Data flow\n');
    assert.deepEqual(hits((await copy.check()).filter((finding) => finding.rule === 'placeholder-text')), []);
  });
});
