/** approved-incomplete says once per file that the approval is premature; the gaps themselves are other rules' findings. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DesignCopy, hits, lineOf, replaceSection } from '../helpers';

const DATA_FLOW = '05-data-flow.md';

describe('approved-incomplete', () => {
  it('is one finding on the status that names each missing and empty section once, next to one finding per gap', async () => {
    const copy = new DesignCopy();
    copy.edit(DATA_FLOW, '## Data lifecycle', '## Lifespan');
    copy.edit(DATA_FLOW, '## Stored data', '## What we keep');
    const text = copy.change(DATA_FLOW, (old) => replaceSection(old, 'Data flow', '## Data flow\n\nTODO\n'));
    const found = (await copy.check()).filter((finding) => finding.file === DATA_FLOW);
    const approved = found.filter((finding) => finding.rule === 'approved-incomplete');
    assert.deepEqual(hits(approved), [{ rule: 'approved-incomplete', file: DATA_FLOW, line: lineOf(text, 'status: approved') }]);
    assert.equal(
      approved[0]?.finding.message,
      'This step is approved but "Stored data" and "Data lifecycle" are missing and "Data flow" is empty. Finish them or set the status back to in-review.',
    );
    // "Lifespan" still tells the lifecycle, so that gap is a hint; "What we keep" shows nothing
    assert.deepEqual(found.map((finding) => finding.rule).sort(), ['approved-incomplete', 'artifact-elsewhere', 'empty-artifact', 'missing-artifact']);
    assert.equal(approved[0]?.finding.fix?.title, 'Set the status back to in-review');
  });

  it('names a single gap in the singular', async () => {
    const copy = new DesignCopy();
    copy.edit(DATA_FLOW, '## Data lifecycle', '## Lifespan');
    const found = (await copy.check()).filter((finding) => finding.rule === 'approved-incomplete');
    assert.deepEqual(
      found.map((finding) => finding.finding.message),
      ['This step is approved but "Data lifecycle" is missing. Finish it or set the status back to in-review.'],
    );
  });
});
