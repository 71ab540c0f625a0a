import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workspaceRelativeSegments } from '../../src/core';

describe('workspaceRelativeSegments (designDocs.roots)', () => {
  it('splits a relative folder into segments, whatever the separators', () => {
    assert.deepEqual(workspaceRelativeSegments('docs/design'), ['docs', 'design']);
    assert.deepEqual(workspaceRelativeSegments(' ./docs//design/ '), ['docs', 'design']);
    assert.deepEqual(workspaceRelativeSegments('docs\\design'), ['docs', 'design']);
    assert.deepEqual(workspaceRelativeSegments('design..notes'), ['design..notes']);
  });

  it('refuses folders that would leave the workspace', () => {
    for (const outside of ['../elsewhere', 'docs/../../etc', '/etc/design', 'C:\\design', 'c:/design', '..', '', '  ', '.', './']) {
      assert.equal(workspaceRelativeSegments(outside), undefined, JSON.stringify(outside));
    }
  });
});
