/**
 * Every rule, on a realistic design: each case copies examples/url-shortener (which has no
 * findings), makes one small change a user might make, and asserts exactly which findings appear,
 * by rule id, file and the 1-based line the user must fix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULE_IDS } from '../../../src/core';
import type { RuleCase } from '../cases/case';
import { CONTENT_CASES } from '../cases/content';
import { IMPORTED_CASES } from '../cases/imported';
import { LINK_CASES } from '../cases/links';
import { STRUCTURE_CASES } from '../cases/structure';
import { TRACE_CASES } from '../cases/trace';
import { DesignCopy, hits, type Hit } from '../helpers';

const CASES: RuleCase[] = [...STRUCTURE_CASES, ...CONTENT_CASES, ...TRACE_CASES, ...LINK_CASES, ...IMPORTED_CASES];

function sorted(list: Hit[]): Hit[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}

describe('the example design', () => {
  it('has no findings, so every case below starts clean', async () => {
    assert.deepEqual(hits(await new DesignCopy().check()), []);
  });
});

describe('rule cases', () => {
  it('cover every rule with a case that fires and a near miss that does not', () => {
    for (const id of RULE_IDS) {
      assert.ok(CASES.some((c) => c.rule === id && c.kind === 'fires'), `no case fires ${id}`);
      assert.ok(CASES.some((c) => c.rule === id && c.kind === 'near miss'), `no near miss for ${id}`);
    }
    for (const c of CASES) assert.ok(RULE_IDS.includes(c.rule), `unknown rule ${c.rule} in "${c.title}"`);
  });
});

for (const id of RULE_IDS) {
  describe(id, () => {
    for (const c of CASES.filter((candidate) => candidate.rule === id)) {
      it(`${c.kind}: ${c.title}`, async () => {
        const copy = new DesignCopy();
        const expected = await c.apply(copy);
        if (c.kind === 'fires') assert.ok(expected.some((h) => h.rule === id), 'a case that fires must expect its rule');
        else assert.ok(!expected.some((h) => h.rule === id), 'a near miss must not expect its rule');
        assert.deepEqual(sorted(hits(await copy.check())), sorted(expected));
      });
    }
  });
}
