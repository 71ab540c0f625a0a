/** Discovery one folder at a time gives the same designs, in the same order, as discovering all at once. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { nodeFileSystem } from '../../../src/cli/node-file-system';
import { checkDesign, discoverDesigns, forEachDesign, type Design } from '../../../src/core';
import { DesignCopy, EXAMPLE, FIXTURES, REPO } from '../helpers';

function summary(design: Design) {
  return {
    folder: design.folder,
    title: design.title,
    files: design.files.map((file) => ({ path: file.path, step: file.doc.step, text: file.doc.text })),
    unreadable: design.unreadable,
    findings: checkDesign(design).findings,
  };
}

async function both(paths: string[]) {
  const all = await discoverDesigns(nodeFileSystem, paths);
  const visited: Design[] = [];
  const streamed = await forEachDesign(nodeFileSystem, paths, (design) => {
    visited.push(design);
  });
  return { all, visited, streamed };
}

describe('forEachDesign', () => {
  it('visits the same designs as discoverDesigns, in order, with the same findings', async () => {
    const { all, visited, streamed } = await both([path.join(FIXTURES, 'designs'), EXAMPLE]);
    assert.ok(all.designs.length >= 3);
    assert.deepEqual(visited.map(summary), all.designs.map(summary));
    assert.deepEqual(streamed.errors, all.errors);
  });

  it('reports unreadable files and missing paths as discoverDesigns does', async () => {
    const copy = new DesignCopy();
    writeFileSync(copy.path('notes.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff]));
    const missing = path.join(REPO, 'no-such-folder');
    const { all, visited, streamed } = await both([copy.dir, missing]);
    assert.deepEqual(visited.map(summary), all.designs.map(summary));
    assert.equal(visited[0]?.unreadable.length, 1);
    assert.deepEqual(streamed.errors, all.errors);
    assert.equal(streamed.errors.length, 1);
  });

  it('checks a single named file with the rest of its design', async () => {
    const file = path.join(EXAMPLE, '03-scale.md');
    const { all, visited } = await both([file]);
    assert.equal(visited.length, 1);
    assert.equal(visited[0]?.files.length, 7);
    assert.deepEqual(visited.map(summary), all.designs.map(summary));
  });
});
