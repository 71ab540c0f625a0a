/**
 * The DesignStore's table of loaded files (src/extension/loaded-files.ts, no VS Code needed): a
 * load that throws becomes the file's failure and is retried on the next load, and a load that
 * settles after the file was deleted leaves nothing behind.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStepDoc, type ReadOutcome } from '../../../src/core';
import { LoadedFiles, isStackOverflow } from '../../../src/extension/loaded-files';

const FILE = 'file:///ws/docs/design/shop/03-scale.md';
const step = (path: string): ReadOutcome => ({ kind: 'step', file: { path, doc: parseStepDoc('---\ndesign-step: 3\n---\n# Scale\n') } });
const unreadable = (path: string, reason = 'The file cannot be read (ENOENT). Check its permissions.'): ReadOutcome => ({ kind: 'unreadable', file: { path, reason }, claimsStep: false });

/** A promise settled from outside, so a test decides when a read finishes (no timers). */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

function table(): { files: LoadedFiles; failures: unknown[] } {
  const failures: unknown[] = [];
  const files = new LoadedFiles((path, error) => {
    failures.push(error);
    return { kind: 'unreadable', file: { path, reason: `could not check: ${String(error)}` }, claimsStep: true };
  });
  return { files, failures };
}

describe('LoadedFiles', () => {
  it('a parser that overflows the stack makes the file a failure, not a rejected load, and the next load tries again', async () => {
    const { files, failures } = table();
    const deep = `---\ndesign-step: 3\n---\n# Scale\n\n${'>'.repeat(10_000)} quoted\n`;
    // The parse itself: whatever the core does with this text (today it overflows the stack), the load resolves.
    let parsed: ReadOutcome | undefined;
    const changed = await files.load(FILE, () => {
      const doc = parseStepDoc(deep);
      parsed = { kind: 'step', file: { path: FILE, doc } };
      return parsed;
    });
    assert.equal(changed, true);
    if (!parsed) {
      assert.equal(failures.length, 1);
      assert.ok(isStackOverflow(failures[0]), String(failures[0]));
      assert.equal(files.get(FILE)?.outcome.kind, 'unreadable');
    }
    // Any throw, sync or async, is the file's failure.
    assert.equal(await files.load(FILE, () => Promise.reject(new Error('disk on fire'))), true);
    const failed = files.get(FILE)?.outcome;
    assert.equal(failed?.kind, 'unreadable');
    assert.match(failed?.kind === 'unreadable' ? failed.file.reason : '', /disk on fire/);
    // The next change loads the file again, and a good read replaces the failure.
    assert.equal(await files.load(FILE, () => step(FILE)), true);
    assert.equal(files.get(FILE)?.outcome.kind, 'step');
  });

  it('a failure that itself throws still becomes an unreadable file', async () => {
    const files = new LoadedFiles(() => {
      throw new Error('the log is gone');
    });
    assert.equal(await files.load(FILE, () => { throw new RangeError('Maximum call stack size exceeded'); }), true);
    assert.equal(files.get(FILE)?.outcome.kind, 'unreadable');
  });

  it('a delete while the load is in flight drops the load: no phantom unreadable-file', async () => {
    const { files } = table();
    assert.equal(await files.load(FILE, () => step(FILE)), true);
    const read = deferred<ReadOutcome>();
    const loading = files.load(FILE, () => read.promise);
    assert.deepEqual(files.forget(FILE), [FILE]);
    // The read fails because the file is gone: that must not bring the file back as unreadable.
    read.resolve(unreadable(FILE));
    assert.equal(await loading, false);
    assert.equal(files.get(FILE), undefined);
    assert.deepEqual(files.values(), []);
  });

  it('deleting the folder drops the loads in flight under it, and only those', async () => {
    const { files } = table();
    const inside = deferred<ReadOutcome>();
    const outside = deferred<ReadOutcome>();
    const sibling = 'file:///ws/docs/design/shop-v2/03-scale.md';
    const loadingInside = files.load(FILE, () => inside.promise);
    const loadingOutside = files.load(sibling, () => outside.promise);
    files.forget('file:///ws/docs/design/shop');
    inside.resolve(step(FILE));
    outside.resolve(step(sibling));
    assert.deepEqual(await Promise.all([loadingInside, loadingOutside]), [false, true]);
    assert.deepEqual(files.values().map((file) => file.path), [sibling]);
  });

  it('a file created again after the delete is loaded again', async () => {
    const { files } = table();
    const stale = deferred<ReadOutcome>();
    const loadingStale = files.load(FILE, () => stale.promise);
    files.forget(FILE);
    assert.equal(await files.load(FILE, () => step(FILE)), true);
    stale.resolve(unreadable(FILE));
    assert.equal(await loadingStale, false);
    assert.equal(files.get(FILE)?.outcome.kind, 'step');
  });

  it('an older load that settles last does not overwrite a newer one', async () => {
    const { files } = table();
    const older = deferred<ReadOutcome>();
    const loadingOlder = files.load(FILE, () => older.promise);
    assert.equal(await files.load(FILE, () => step(FILE)), true);
    older.resolve(unreadable(FILE));
    assert.equal(await loadingOlder, false);
    assert.equal(files.get(FILE)?.outcome.kind, 'step');
  });

  it('a file that is not a step file is recorded only to replace an earlier outcome', async () => {
    const { files } = table();
    assert.equal(await files.load(FILE, () => ({ kind: 'other' })), false);
    assert.equal(files.get(FILE), undefined);
    await files.load(FILE, () => step(FILE));
    assert.equal(await files.load(FILE, () => ({ kind: 'other' })), true);
    assert.equal(files.get(FILE), undefined);
  });
});
