/**
 * A broken configuration is a finding at its line that says what to write instead, and the design
 * is checked meanwhile with what could be applied — never a crash, never a silent fallback.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CatalogueResolver, readConfigFile, resolveConfig } from '../../../src/core';
import { nodeFileSystem } from '../../../src/cli/node-file-system';
import { DesignCopy, tempDir } from '../helpers';

function problems(text: string): string[] {
  return readConfigFile('/w/.design-docs.yaml', text).problems.map((problem) => `${problem.range.start.line + 1}: ${problem.message}`);
}

async function resolved(files: Record<string, string>, start = '.design-docs.yaml') {
  const root = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const catalogue = await resolveConfig(nodeFileSystem, path.join(root, start));
  return { root, catalogue, lines: (catalogue.source?.problems ?? []).map((problem) => `${path.relative(root, problem.file)}:${problem.range.start.line + 1}: ${problem.message}`) };
}

describe('configuration problems', () => {
  it('names an unknown key with the nearest known one and every known key', () => {
    assert.deepEqual(problems('extend: arc42\n'), [
      '1: Unknown key `extend` in the configuration. Did you mean `extends`? Known keys: extends, name, steps, statuses, rules, overrides, design.',
    ]);
  });

  it('reports an unknown rule, level, check, role and kind at their lines', () => {
    const text = [
      'rules:',
      '  placeholder-txt: off',
      '  empty-artifact: loud',
      'steps:',
      '  - step: 7',
      '    artifacts:',
      '      - id: rollout-plan',
      '        title: Rollout plan',
      '        summary: How it ships.',
      '        kind: essay',
      '        checks: [diagrams]',
      '        role: rollout',
      '',
    ].join('\n');
    const lines = problems(text);
    assert.equal(lines.length, 5, lines.join('\n'));
    assert.match(lines[0] ?? '', /^2: Unknown key `placeholder-txt` in `rules`\. Did you mean `placeholder-text`\?/);
    assert.match(lines[1] ?? '', /^3: Unknown level of empty-artifact `loud`\. .*Known values: off, info, warning, error\./);
    assert.match(lines[2] ?? '', /^10: Unknown kind `essay`\./);
    assert.match(lines[3] ?? '', /^11: Unknown checks value `diagrams`\. Did you mean `diagram`\?/);
    assert.match(lines[4] ?? '', /^12: Unknown role `rollout`\./);
  });

  it('reports YAML that does not parse, and the design is checked with the seven steps meanwhile', async () => {
    const copy = new DesignCopy();
    copy.write('.design-docs.yaml', 'rules: [unclosed\n');
    const findings = await copy.check();
    assert.deepEqual(findings.map((finding) => `${finding.rule} ${finding.file}`), ['invalid-configuration .design-docs.yaml']);
    assert.equal(findings[0]?.line, 1, 'an error found at the end of the text belongs to its last line');
    assert.match(findings[0]?.finding.message ?? '', /not valid YAML.*checked with the built-in catalogue/);
  });

  it('reports a missing extends target, an unknown built-in and a cycle at the extends line', async () => {
    const missing = await resolved({ '.design-docs.yaml': '# ours\nextends: ../shared/org.yaml\n' });
    assert.equal(missing.lines.length, 1);
    assert.match(missing.lines[0] ?? '', /^\.design-docs\.yaml:2: `extends: \.\.\/shared\/org\.yaml`: there is no such file .*meanwhile designs here extend the seven steps\.$/);
    assert.equal(missing.catalogue.steps.length, 7);

    const unknown = await resolved({ '.design-docs.yaml': 'extends: arc43\n' });
    assert.match(unknown.lines[0] ?? '', /names no built-in catalogue \(seven-steps/);

    const cycle = await resolved({ '.design-docs.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' });
    assert.ok(cycle.lines.some((line) => /^b\.yaml:1: `extends: \.\/a\.yaml` makes a cycle/.test(line)), cycle.lines.join('\n'));
    assert.ok(cycle.lines.some((line) => /^\.design-docs\.yaml:1: The configuration this file extends has/.test(line)), cycle.lines.join('\n'));
  });

  it('reports a duplicate artifact id, a new artifact without a summary and a step that does not exist', async () => {
    const { lines, catalogue } = await resolved({
      '.design-docs.yaml': [
        'steps:',
        '  - step: 7',
        '    artifacts:',
        '      - id: use-cases',
        '        title: Use cases again',
        '        summary: Twice.',
        '      - id: rollout-plan',
        '        title: Rollout plan',
        '  - step: 9',
        '    remove: true',
        'design:',
        '  files:',
        '    "12_*.md": 12',
        '',
      ].join('\n'),
    });
    assert.deepEqual(lines.map((line) => line.split(': ')[0]), ['.design-docs.yaml:4', '.design-docs.yaml:7', '.design-docs.yaml:9', '.design-docs.yaml:13']);
    assert.match(lines[0] ?? '', /already an artifact of step 2/);
    assert.match(lines[1] ?? '', /give it a `title` and a `summary`/);
    assert.match(lines[2] ?? '', /no step 9 to remove/);
    assert.match(lines[3] ?? '', /There is no step 12 in this catalogue/);
    assert.deepEqual(catalogue.steps.find((step) => step.step === 7)?.artifacts.map((artifact) => artifact.id).length, 5, 'the rest still applies: step 7 unchanged');
  });

  it('finds each problem once in the CLI even when several designs share the file', async () => {
    const root = tempDir();
    writeFileSync(path.join(root, '.design-docs.yaml'), 'rulez: {}\n');
    const resolver = new CatalogueResolver(nodeFileSystem);
    const [a, b] = await Promise.all([resolver.catalogueFor(path.join(root, 'a')), resolver.catalogueFor(path.join(root, 'b'))]);
    assert.equal(a, b, 'one resolution per configuration file');
  });
});

describe('the JSON Schema the editor validates with', () => {
  it('knows the same keys as the core at every level, and the organisation example is valid for both', async () => {
    const { configSchema } = await import('../../../src/core');
    const { ARTIFACT_KEYS, STEP_KEYS, TOP_KEYS, STATUS_KEYS } = await import('../../../src/core/config/config-vocabulary');
    type Node = { properties: Record<string, Node>; items: Node };
    const schema = configSchema() as unknown as Node;
    assert.deepEqual(Object.keys(schema.properties), [...TOP_KEYS]);
    assert.deepEqual(Object.keys(schema.properties['steps']!.items.properties), [...STEP_KEYS]);
    assert.deepEqual(Object.keys(schema.properties['steps']!.items.properties['artifacts']!.items.properties), [...ARTIFACT_KEYS]);
    assert.deepEqual(Object.keys(schema.properties['statuses']!.properties), [...STATUS_KEYS]);
    const { readFileSync } = await import('node:fs');
    const { FIXTURES } = await import('../helpers');
    const text = readFileSync(path.join(FIXTURES, 'config', 'organisation.yaml'), 'utf8');
    assert.deepEqual(readConfigFile('/o/.design-docs.yaml', text).problems, []);
  });
});
