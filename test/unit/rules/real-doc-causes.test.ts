/**
 * How real documents write stored data, throughput and latency (issue 14, causes 6, 7 and 8),
 * each in a short passage in the style of published design docs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDesign, groupIntoDesigns, stepFileFromText, type Finding } from '../../../src/core';

function check(name: string, body: string): Finding[] {
  const step = Number(name.slice(0, 2));
  const file = stepFileFromText(`/d/${name}`, `---\ndesign: Paste bin\ndesign-step: ${step}\nstatus: draft\n---\n\n# Step ${step}\n\n${body}`);
  const [design] = groupIntoDesigns([file], [], () => '/d');
  return checkDesign(design!).findings.filter((finding) => finding.severity !== 'info');
}

const rulesOf = (findings: Finding[], rule: string) => findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);

describe('stored data written as sentences (cause 6)', () => {
  it('reads the access pattern from the whole sentence when the item has no separate name', () => {
    const body = '## Stored data\n\n- We keep each paste in an object store, keyed by its short link.\n- Users and their API keys sit in a relational table we query by user id.\n';
    assert.deepEqual(rulesOf(check('05-data-flow.md', body), 'stored-data-without-access-pattern'), []);
  });

  it('still reports a sentence that says nothing about how the data is used', () => {
    const body = '## Stored data\n\n- Analytics events go to a column store for a year.\n';
    assert.equal(rulesOf(check('05-data-flow.md', body), 'stored-data-without-access-pattern').length, 1);
  });
});

describe('throughput written as a list (cause 7)', () => {
  it('accepts a list of rates in place of a table', () => {
    const body = '## Throughput per operation\n\n- 4 paste writes per second on average\n- 40 paste reads per second on average\n';
    assert.deepEqual(rulesOf(check('03-scale.md', body), 'throughput-without-rows'), []);
  });

  it('reports a listed operation with no number, and prose with no rate at all', () => {
    const list = '## Throughput per operation\n\n- 4 paste writes per second on average\n- paste reads: many\n';
    assert.match(rulesOf(check('03-scale.md', list), 'throughput-without-rows')[0] ?? '', /paste reads: many" gives no number/);
    const prose = '## Throughput per operation\n\nTraffic is modest.\n';
    assert.equal(rulesOf(check('03-scale.md', prose), 'throughput-without-rows').length, 1);
  });
});

describe('latency stated in words (cause 8)', () => {
  it('"do not need to be realtime" says the operation has no latency bar', () => {
    const body = [
      '## Use cases',
      '',
      '- **Publish a paste**',
      '- **Compute monthly stats**',
      '',
      '## Latency requirements',
      '',
      '| Use case | Target |',
      '|---|---|',
      '| Publish a paste | p99 under 200 ms |',
      '| Compute monthly stats | Stats do not need to be realtime |',
      '',
    ].join('\n');
    assert.deepEqual(rulesOf(check('02-requirements.md', body), 'latency-without-target'), []);
    const vague = body.replace('Stats do not need to be realtime', 'Should be quick');
    assert.equal(rulesOf(check('02-requirements.md', vague), 'latency-without-target').length, 1);
  });
});
