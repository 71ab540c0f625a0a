/** The per-document parse cache: reused for the same version and text, never stale after a change. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDesign, DocCache, groupIntoDesigns, type ReadOutcome, type StepDoc } from '../../../src/core';

const STEP_3 = '---\ndesign-step: 3\n---\n# Estimate scale\n\n## Scale summary\n\nTODO\n';

function docOf(outcome: ReadOutcome): StepDoc {
  assert.equal(outcome.kind, 'step');
  return outcome.file.doc;
}

describe('DocCache', () => {
  it('parses once per version and returns the same document while nothing changed', () => {
    const cache = new DocCache();
    const first = docOf(cache.outcome('a/03-scale.md', 1, STEP_3));
    assert.equal(docOf(cache.outcome('a/03-scale.md', 1, STEP_3)), first);
    assert.equal(cache.size, 1);
  });

  it('parses again when the version changes', () => {
    const cache = new DocCache();
    const first = docOf(cache.outcome('a/03-scale.md', 1, STEP_3));
    const edited = STEP_3.replace('TODO', '40 users');
    const second = docOf(cache.outcome('a/03-scale.md', 2, edited));
    assert.notEqual(second, first);
    assert.equal(second.text, edited);
  });

  it('never serves a stale parse when a reopened document restarts its version', () => {
    const cache = new DocCache();
    docOf(cache.outcome('a/03-scale.md', 1, STEP_3));
    const changedOnDisk = STEP_3.replace('design-step: 3', 'design-step: 4');
    assert.equal(docOf(cache.outcome('a/03-scale.md', 1, changedOnDisk)).step, 4);
  });

  it('keeps findings in step with the version: an edit that fixes a finding removes it', () => {
    const cache = new DocCache();
    const check = (version: number, text: string) => {
      const doc = docOf(cache.outcome('a/03-scale.md', version, text));
      const [design] = groupIntoDesigns([{ path: 'a/03-scale.md', doc }], [], () => 'a');
      assert.ok(design);
      return checkDesign(design).findings.filter((finding) => finding.file === 'a/03-scale.md').map((finding) => finding.rule);
    };
    assert.ok(check(1, STEP_3).includes('empty-artifact'));
    assert.ok(check(1, STEP_3).includes('empty-artifact'));
    const written = STEP_3.replace('TODO', '40 million users, 2 million active daily; 3 TB of data growing 50 GB per month; 100:1 reads to writes; 20 MB/s of bandwidth.');
    assert.ok(!check(2, written).includes('empty-artifact'));
  });

  it('tells a plain Markdown file from a step file, and forgets a path on delete', () => {
    const cache = new DocCache();
    assert.equal(cache.outcome('README.md', 1, '# Hello\n').kind, 'other');
    cache.delete('README.md');
    assert.equal(cache.size, 0);
    assert.equal(cache.outcome('README.md', 1, '---\ndesign-step: 1\n---\n').kind, 'step');
    cache.clear();
    assert.equal(cache.size, 0);
  });

  it('reports a file over the size limit as unreadable without parsing it', () => {
    const cache = new DocCache(100);
    const outcome = cache.outcome('big.md', 1, `${STEP_3}${'x'.repeat(200)}`);
    assert.equal(outcome.kind, 'unreadable');
    assert.ok(outcome.kind === 'unreadable' && outcome.claimsStep);
    assert.match(outcome.kind === 'unreadable' ? outcome.file.reason : '', /too large/);
  });

  it('adopts a parse of the same text made elsewhere, and ignores one of another text', () => {
    const fromDisk = new DocCache().outcome('a/03-scale.md', 0, STEP_3);
    const cache = new DocCache();
    assert.equal(cache.outcome('a/03-scale.md', 1, STEP_3, fromDisk), fromDisk);
    const edited = STEP_3.replace('TODO', '40 users');
    assert.equal(docOf(cache.outcome('a/03-scale.md', 2, edited, fromDisk)).text, edited);
  });
});
