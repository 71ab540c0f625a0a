/** Headings as real documents write them name the catalogue's artifacts (issue 14, cause "vocabulary"). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStepDoc } from '../../../src/core';

function stepFile(step: number, body: string): string {
  return `---\ndesign: Sample\ndesign-step: ${step}\nstatus: draft\n---\n\n# Step ${step}\n\n${body}`;
}

/** The artifact id each `##` heading of the file was taken for ('-' for none). */
function artifactsOf(step: number, headings: string[]): string[] {
  const doc = parseStepDoc(stepFile(step, headings.map((heading) => `## ${heading}\n\nSome words.\n`).join('\n')));
  return doc.sections.map((section) => section.artifact?.id ?? '-');
}

describe('matching headings to artifacts', () => {
  it('takes plurals, numbering and a "Step N:" prefix', () => {
    assert.deepEqual(artifactsOf(4, ['APIs', '2.1 Data Models']), ['api', 'data-models']);
    assert.deepEqual(artifactsOf(1, ['2 Why', 'Step 1: Alternatives']), ['problem-statement', 'existing-solutions']);
  });

  it('takes a longer heading that contains a title or alias, preferring the longest phrase', () => {
    assert.deepEqual(artifactsOf(1, ['Context and Motivation', 'Solution Overview', 'Prior Art, Alternatives and Future Possibilities']), [
      'problem-statement',
      'proposed-solution',
      'existing-solutions',
    ]);
    assert.deepEqual(artifactsOf(7, ['Replication & Consistency', 'Call Credentials', 'Client Behavior']), [
      'replication-and-caching',
      'access-control',
      'component-workflows',
    ]);
    assert.deepEqual(artifactsOf(2, ['Target audience', 'What are the reasonable SLOs (Service Level Objectives) for the feature?']), [
      'users-and-personas',
      'availability',
    ]);
  });

  it('takes no side when a heading names two artifacts equally', () => {
    assert.deepEqual(artifactsOf(2, ['Features and SLOs']), ['-']);
    assert.deepEqual(artifactsOf(5, ['Data flow and storage']), ['data-flow']);
  });

  it('never reads a negated heading as the artifact it negates', () => {
    assert.deepEqual(artifactsOf(1, ['Goals', 'Non-Goals']), ['proposed-solution', '-']);
    assert.deepEqual(artifactsOf(2, ['Non-functional requirements']), ['-']);
  });

  it('keeps very common words to whole headings: "Design" alone, not "Scale the design"', () => {
    assert.deepEqual(artifactsOf(7, ['Design']), ['component-workflows']);
    assert.deepEqual(artifactsOf(7, ['Scale the design']), ['replication-and-caching']);
    assert.deepEqual(artifactsOf(7, ['Design review notes']), ['-']);
  });

  it('lets the closest heading keep an artifact that several name', () => {
    // "Protocol" is an alias of API, "API changes" contains the title, "API" is the title
    assert.deepEqual(artifactsOf(4, ['Wire protocol', 'API changes']), ['-', 'api']);
    assert.deepEqual(artifactsOf(4, ['API changes', 'API']), ['-', 'api']);
    assert.deepEqual(artifactsOf(4, ['Protocol details', 'Other protocol notes']), ['api', 'api']);
  });

  it('leaves headings that name nothing in the step alone', () => {
    assert.deepEqual(artifactsOf(7, ['Test Plan', 'Graduation Criteria', 'Implementation History']), ['-', '-', '-']);
  });
});
