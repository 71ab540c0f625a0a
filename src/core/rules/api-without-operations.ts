import type { ContentRule } from './rule';
import { apiOperations, apiSpecBlocks } from './support/content';

export const apiWithoutOperations: ContentRule = {
  id: 'api-without-operations',
  defaultSeverity: 'warning',
  description: 'The API section defines no operation.',
  accepts: 'the API has no operation: no table row, no `METHOD /path` item, no `###` operation, no OpenAPI/gRPC/GraphQL block',
  fixAll: false,
  scope: 'content',
  contentCheck: 'api-operations',
  check({ doc, section, report }) {
    if (apiOperations(doc, section).length === 0 && apiSpecBlocks(section).length === 0) {
      report('The API defines no operation. Add a table with one row per operation (method, path, request, response) or an OpenAPI block.', section.headingRange);
    }
  },
};
