/**
 * The forms published design docs write things in (an API as `curl` lines or signatures, a use case
 * as "**User** does something", a spelled-out placeholder), each checked on the example design
 * with one section rewritten that way. The passages are short and made up in the docs' style.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStepDoc, sectionFor } from '../../../src/core/markdown/parse';
import { apiOperations } from '../../../src/core/rules/support/content';
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
