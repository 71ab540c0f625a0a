import type { ContentRule } from './rule';
import { apiOperations, apiSpecBlocks } from './support/content';

export const apiWithoutOperations: ContentRule = {
  id: 'api-without-operations',
  defaultSeverity: 'warning',
  description: 'The API section defines no operation.',
  accepts:
    'the API has no operation. Operations are: a table row; a list item with `METHOD /path`; a `###` or `####` heading; in a code block, a `curl` command ' +
    '(the method from `-X`, else POST when it sends data, else GET), a request line such as `POST /v1/links`, or a function signature ' +
    '(`Name(args) -> Result`, `rpc Name(Req) returns (Resp)`, a `func`/`def`/`fn` declaration, a method of an `interface`, `service` or `trait` block); ' +
    'an OpenAPI, gRPC or GraphQL block. Prose alone is not an operation',
  fixAll: false,
  scope: 'content',
  contentCheck: 'api-operations',
  check({ doc, section, report }) {
    if (apiOperations(doc, section).length === 0 && apiSpecBlocks(section).length === 0) {
      report('The API defines no operation. Add a table with one row per operation (method, path, request, response) or an OpenAPI block.', section.headingRange);
    }
  },
};
