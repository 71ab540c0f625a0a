/** Where an import proposes each section to go, on short passages written for these tests. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEVEN_STEPS } from '../../../src/core';
import { proposePlacement, readImportSource, type Placement } from '../../../src/core/import';

/** Each section's heading with where it goes: `step:artifact`, `step:-` when unplaced, `parent` when it goes with its parent. */
function placed(markdown: string): Record<string, string> {
  const source = readImportSource(markdown);
  const result: Record<string, string> = {};
  for (const placement of proposePlacement(source, SEVEN_STEPS.steps)) {
    const section = source.sections[placement.section];
    if (!section || (section.depth === 0 && section.nodes.length === 0)) continue;
    result[section.heading || '(preamble)'] = describePlacement(placement);
  }
  return result;
}

function describePlacement(placement: Placement): string {
  return placement.withParent ? `parent ${placement.step}:${placement.artifact ?? '-'}` : `${placement.step}:${placement.artifact ?? '-'}`;
}

describe('placement by heading', () => {
  it('takes catalogue titles and aliases at any heading level', () => {
    const markdown = '# Parcel lockers\n\n## Motivation\n\nCouriers miss deliveries.\n\n### Goals\n\nDrop parcels in lockers.\n\n#### Use cases\n\n- **Courier** drops a parcel\n';
    assert.deepEqual(placed(markdown), { Motivation: '1:problem-statement', Goals: '1:proposed-solution', 'Use cases': '2:use-cases' });
  });

  it('reads near misses: plurals, "Step N:" prefixes, section numbers and synonyms', () => {
    const markdown = [
      '# Ledger',
      '## Step 3: Constraints and assumptions',
      'Ten thousand shops.',
      '## 4 APIs',
      'Calls the shops make.',
      '## Detailed design',
      'How the ledger books an entry.',
      '## Overview',
      'A shared ledger for shops.',
    ].join('\n\n');
    assert.deepEqual(placed(markdown), {
      'Step 3: Constraints and assumptions': '3:scale-summary',
      '4 APIs': '4:api',
      'Detailed design': '7:component-workflows',
      Overview: '1:proposed-solution',
    });
  });

  it('"Alternative solutions" are the options weighed, not the proposed solution; "Solution" alone is the proposal', () => {
    const markdown = '# Ledger\n\n## Solution\n\nOne shared ledger.\n\n## Alternative solutions\n\nA ledger per shop.\n\n## Alternative approaches\n\nA spreadsheet.\n';
    assert.deepEqual(placed(markdown), { Solution: '1:proposed-solution', 'Alternative solutions': '1:existing-solutions', 'Alternative approaches': '1:existing-solutions' });
  });

  it('does not count the system\'s own name, as the title writes it, among a heading\'s extra words', () => {
    const named = '# ParcelNet: lockers over HTTP\n\n## ParcelNet Protocol Details\n\nEach locker sends a POST with its state.\n';
    assert.deepEqual(placed(named), { 'ParcelNet Protocol Details': '4:api' });
    const ordinary = '# ParcelNet: lockers over HTTP\n\n## Lockers Protocol Details\n\nEach locker sends its state.\n';
    assert.deepEqual(placed(ordinary), { 'Lockers Protocol Details': '1:-' });
  });

  it('does not take a long heading that merely mentions a name, nor a negated one', () => {
    const markdown = '## Context\n\nWhy.\n\n## Non-goals\n\nNot this.\n\n## Use case: a courier hands a parcel to the wrong locker\n\nThen what.\n';
    assert.deepEqual(placed(markdown), {
      Context: '1:problem-statement',
      'Non-goals': '1:-',
      'Use case: a courier hands a parcel to the wrong locker': '1:-',
    });
  });

  it('among equally good matches prefers the step the reader is in', () => {
    // "Architecture" is an alias in step 6 and in step 7: after the component design it is step 7's
    const markdown = '## Detailed design\n\nHow the parts work inside.\n\n## Architecture\n\nThe parts as built.\n';
    assert.deepEqual(placed(markdown), { 'Detailed design': '7:component-workflows', Architecture: '7:architecture-diagram' });
  });
});

describe('sub-sections', () => {
  it('travel with their section unless their heading names another artifact itself', () => {
    const markdown = '## Design details\n\nHow it works.\n\n### Locker firmware\n\nThe firmware polls.\n\n### API\n\nThe calls.\n';
    assert.deepEqual(placed(markdown), { 'Design details': '7:component-workflows', 'Locker firmware': 'parent 7:component-workflows', API: '4:api' });
  });

  it('stay with their section when their heading only contains an alias ("Feature gate" has "Features")', () => {
    const markdown = '## Design details\n\nThe controller reconciles lockers every minute, reading their state.\n\n### Feature gate\n\nOff by default.\n';
    assert.deepEqual(placed(markdown), { 'Design details': '7:component-workflows', 'Feature gate': 'parent 7:component-workflows' });
  });

  it('of a section that is only a container leave it on their own near misses', () => {
    const markdown = '## Design\n\nThree parts.\n\n### Replication & consistency\n\nEach locker state is copied to three zones so a zone can fail without losing a parcel record.\n\n### Persistence & state\n\nRecords live in a table that the controller writes and the courier app reads.\n';
    assert.deepEqual(placed(markdown), { Design: '7:component-workflows', 'Replication & consistency': '7:replication-and-caching', 'Persistence & state': '5:stored-data' });
  });

  it('repeated under several sections describe their section, not an artifact', () => {
    const markdown = '## Replication\n\nStages.\n\n### Stage one\n\nOne box.\n\n#### Goals\n\nServe a thousand users.\n\n### Stage two\n\nTwo boxes.\n\n#### Goals\n\nServe a million users.\n';
    const result = placed(markdown);
    assert.equal(result['Replication'], '7:replication-and-caching');
    assert.equal(result['Goals'], 'parent 7:replication-and-caching');
  });

  it('that are reading lists are not placed by their heading', () => {
    const markdown = '## Replication\n\nThree copies.\n\n### Security\n\nSee [the security primer](https://example.com/security).\n';
    assert.deepEqual(placed(markdown), { Replication: '7:replication-and-caching', Security: 'parent 7:replication-and-caching' });
  });
});

describe('placement by content', () => {
  it('a mermaid block or a drawing of boxes is a diagram', () => {
    const mermaid = '## Locker network\n\n```mermaid\nflowchart LR\n  app --> hub\n```\n';
    assert.deepEqual(placed(mermaid), { 'Locker network': '6:component-diagram' });
    const drawing = '## Locker network\n\n```\n+-----+     +-----+\n| app | --> | hub |\n+-----+     +-----+\n```\n';
    assert.deepEqual(placed(drawing), { 'Locker network': '6:component-diagram' });
  });

  it('a table with a rate column is throughput', () => {
    const markdown = '## Load\n\n| Call | Peak QPS |\n| --- | --- |\n| Open locker | 300 |\n';
    assert.deepEqual(placed(markdown), { Load: '3:throughput-per-operation' });
  });

  it('curl commands, request lines and signatures are an API', () => {
    const curl = "## Example\n\n```\ncurl -X POST https://lockers.example.com/v1/reservations -d '{}'\n```\n";
    assert.deepEqual(placed(curl), { Example: '4:api' });
    const request = '## Calls\n\n```http\nDELETE /v1/reservations/{id}\n```\n';
    assert.deepEqual(placed(request), { Calls: '4:api' });
    const signature = '## Calls\n\n```go\nfunc ReserveLocker(ctx context.Context, size Size) (Reservation, error)\n```\n';
    assert.deepEqual(placed(signature), { Calls: '4:api' });
  });

  it('a list of named methods, each with what it returns, is an API; a list that only names them is not', () => {
    const methods = '## Asking the locker bank\n\nThe bank answers three calls:\n\n* ListFreeLockers returns the empty lockers of a bank\n* `OpenLocker()` - sends the unlock pulse to one door\n* GetParcel returns who a parcel waits for\n';
    assert.deepEqual(placed(methods), { 'Asking the locker bank': '4:api' });
    const names = '## Asking the locker bank\n\n* ListFreeLockers is the busiest\n* OpenLocker is rarely retried\n';
    assert.deepEqual(placed(names), { 'Asking the locker bank': '1:-' });
  });

  it('an author and status block is the stakeholders', () => {
    const markdown = '# Parcel lockers\n\n* Author: Dana\n* Approver: Kim\n* Status: Draft\n\n## Motivation\n\nCouriers miss deliveries.\n';
    assert.deepEqual(placed(markdown), { '(preamble)': '2:stakeholders', Motivation: '1:problem-statement' });
  });
});

describe('sections no artifact fits', () => {
  it('stay in the step of the section before them', () => {
    const markdown = '## Detailed design\n\nHow.\n\n## Test plan\n\nUnit tests.\n\n### Load tests\n\nA soak test.\n\n## Motivation\n\nWhy.\n';
    assert.deepEqual(placed(markdown), {
      'Detailed design': '7:component-workflows',
      'Test plan': '7:-',
      'Load tests': 'parent 7:-',
      Motivation: '1:problem-statement',
    });
  });

  it('before anything placed go to the first step something is placed in', () => {
    const markdown = 'Some words first.\n\n## Release notes\n\nNothing yet.\n\n## Use cases\n\n- **Courier** drops a parcel\n';
    assert.deepEqual(placed(markdown), { '(preamble)': '2:-', 'Release notes': '2:-', 'Use cases': '2:use-cases' });
  });

  it('say why in a sentence for the user', () => {
    const source = readImportSource('## Test plan\n\nUnit tests.\n');
    const [, placement] = proposePlacement(source, SEVEN_STEPS.steps);
    assert.match(placement?.reason ?? '', /no artifact fits/);
  });
});

describe('the catalogue is a parameter', () => {
  it('places by the steps it is given, not the built-in ones', () => {
    const firstStep = SEVEN_STEPS.steps[0];
    assert.ok(firstStep);
    const steps = [{ ...firstStep, artifacts: firstStep.artifacts.map((artifact) => (artifact.id === 'problem-statement' ? { ...artifact, aliases: [...artifact.aliases, 'Pain'] } : artifact)) }];
    const source = readImportSource('## Pain\n\nCouriers miss deliveries.\n\n## API\n\nCalls.\n');
    assert.deepEqual(
      proposePlacement(source, steps).slice(1).map(describePlacement),
      ['1:problem-statement', '1:-'],
    );
  });
});
