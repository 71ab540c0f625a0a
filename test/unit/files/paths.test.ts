import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rebaseImageSrc, workspaceRelativeSegments } from '../../../src/core';

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

describe('rebaseImageSrc (exported pages)', () => {
  it('points a design-relative image at its place from the page, for plain and scheme paths', () => {
    assert.equal(rebaseImageSrc('img/deploy%20view.png', '/w/docs/shortener', '/w/site/out'), '../../docs/shortener/img/deploy%20view.png');
    assert.equal(rebaseImageSrc('./img/a.png?v=2#top', 'file:///w/docs/shortener', 'file:///w/docs'), 'shortener/img/a.png?v=2#top');
    assert.equal(rebaseImageSrc('../shared/a.png', 'vscode-test-web://mount/docs/shortener', 'vscode-test-web://mount/docs/shortener'), '../shared/a.png');
  });

  it('leaves remote, absolute, fragment and undecodable links alone', () => {
    for (const src of ['https://example.com/a.png', '/abs/a.png', '#anchor', 'data:image/png;base64,AAAA', 'bad%E0%A4%A.png']) {
      assert.equal(rebaseImageSrc(src, '/w/docs/shortener', '/w/site'), src);
    }
  });
});
