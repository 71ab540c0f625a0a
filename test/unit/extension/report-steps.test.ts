/**
 * The completeness report's step rows (src/extension/report-steps.ts, no VS Code needed): each row
 * counts the findings about its own step, also when the steps share one file.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { DesignReport } from '../../../src/core';
import { stepViews } from '../../../src/extension/report-steps';
import { checkPaths, DesignCopy, fixture, replaceOnce, tempDir } from '../helpers';

async function reportOf(dir: string): Promise<DesignReport> {
  const { reports } = await checkPaths([dir]);
  assert.equal(reports.length, 1);
  return reports[0] as DesignReport;
}

function oneFileDesign(text: string): string {
  const dir = path.join(tempDir(), 'url-shortener');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'design.md'), text);
  return dir;
}

const rows = (report: DesignReport) => stepViews(report).map((row) => `${row.step}: ${row.findings}`);

describe('completeness report rows', () => {
  it('in a one-file design, each step counts only the findings of its part, and every finding is counted once', async () => {
    let text = fixture('designs/one-file/url-shortener.md');
    text = replaceOnce(text, 'status: in-review', 'status: bogus');
    text = replaceOnce(text, '# Validate the need', '# Overview\n\nWhat this is.\n\n# Validate the need');
    text = replaceOnce(text, '## Stakeholders', '## Who is involved');
    text = replaceOnce(text, '# 4. API', '# Appendix\n\nNotes.\n\n# 4. API');
    const report = await reportOf(oneFileDesign(text));
    assert.deepEqual(
      report.findings.map((finding) => finding.rule),
      ['invalid-front-matter', 'unknown-step-heading', 'missing-artifact', 'unknown-step-heading'],
    );
    // Step 1 holds the front matter's finding and the stray heading above its own; step 2 its
    // missing section; step 3 the stray heading that ends its part. The others are clean.
    assert.deepEqual(rows(report), ['1: 2', '2: 1', '3: 1', '4: 0', '5: 0', '6: 0', '7: 0']);
    // A step is incomplete for its own findings only: every artifact of 1 and 3 is written.
    assert.deepEqual(
      stepViews(report).map((row) => `${row.step}: ${row.state} ${row.present}/${row.artifacts}`),
      ['1: incomplete 3/3', '2: incomplete 5/6', '3: incomplete 2/2', '4: complete 2/2', '5: complete 3/3', '6: complete 3/3', '7: complete 5/5'],
    );
    assert.equal(report.complete, false);
    assert.equal(
      stepViews(report).reduce((sum, row) => sum + row.findings, 0),
      report.findings.length,
    );
  });

  it('a clean one-file design shows no finding on any step', async () => {
    const report = await reportOf(oneFileDesign(fixture('designs/one-file/url-shortener.md')));
    assert.deepEqual(rows(report), ['1: 0', '2: 0', '3: 0', '4: 0', '5: 0', '6: 0', '7: 0']);
  });

  it('with a file per step, a step counts the findings of its file, and a missing step none', async () => {
    const copy = new DesignCopy();
    copy.edit('02-requirements.md', '## Stakeholders', '## Who is involved');
    rmSync(copy.path('05-data-flow.md'));
    const report = await reportOf(copy.dir);
    const views = stepViews(report);
    assert.equal(views.find((row) => row.step === 5)?.state, 'missing');
    assert.equal(views.find((row) => row.step === 2)?.findings, report.findings.filter((finding) => finding.file.endsWith('02-requirements.md')).length);
    assert.ok((views.find((row) => row.step === 2)?.findings ?? 0) > 0);
    assert.deepEqual(
      views.filter((row) => row.step !== 2).map((row) => row.findings),
      views.filter((row) => row.step !== 2).map((row) => report.findings.filter((finding) => path.basename(finding.file).startsWith(`0${row.step}-`)).length),
    );
  });
});
