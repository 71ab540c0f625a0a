/** The machine-readable outputs of design-check: the JSON report and SARIF 2.1.0. */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { artifactLocation } from '../../../src/cli/format-sarif';
import { RULE_IDS, RULES } from '../../../src/core';
import { DesignCopy, FIXTURES, tempDir } from '../helpers';
import { run } from './run-support';

/** docs/team-wiki-search (half written: findings of many kinds) and docs/url-shortener (complete). */
function workspace(folder = 'docs'): string {
  const root = tempDir();
  mkdirSync(path.join(root, folder), { recursive: true });
  cpSync(path.join(FIXTURES, 'designs', 'team-wiki-search'), path.join(root, folder, 'team-wiki-search'), { recursive: true });
  new DesignCopy(path.join(root, folder, 'url-shortener'));
  return root;
}

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
}

interface JsonReport {
  findings: JsonFinding[];
  designs: { path: string; title: string; complete: boolean; steps: { step: number; status: string; complete: boolean }[] }[];
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
}

interface Sarif {
  version: string;
  $schema: string;
  runs: { tool: { driver: { name: string; rules: { id: string; defaultConfiguration: { level: string } }[] } }; results: SarifResult[] }[];
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

describe('--format json', () => {
  it('prints one object with findings and designs', async () => {
    const root = workspace();
    const result = await run(root, '--format', 'json');
    assert.equal(result.code, 1);
    assert.equal(result.err, '');
    const report = JSON.parse(result.out) as JsonReport;
    assert.ok(Array.isArray(report.findings) && report.findings.length > 0);
    for (const finding of report.findings) {
      assert.ok(RULE_IDS.includes(finding.rule), finding.rule);
      assert.ok(['error', 'warning', 'info'].includes(finding.severity));
      assert.ok(typeof finding.message === 'string' && finding.message.length > 10);
      assert.ok(!path.isAbsolute(finding.file) && !finding.file.includes('\\'), finding.file);
      assert.ok(existsSync(path.join(root, finding.file)), `${finding.file} is relative to the working folder`);
      assert.ok(isPositiveInteger(finding.line) && isPositiveInteger(finding.column), JSON.stringify(finding));
    }

    assert.deepEqual(
      report.designs.map((design) => [design.path, design.title, design.complete]),
      [
        ['docs/team-wiki-search', 'Team wiki search', false],
        ['docs/url-shortener', 'URL shortener', true],
      ],
    );
    const [wiki, shortener] = report.designs;
    assert.deepEqual(
      wiki?.steps.map((step) => [step.step, step.status, step.complete]),
      [
        [1, 'approved', false],
        [2, 'in-review', false],
        [3, 'draft', false],
        [4, 'missing', false],
        [5, 'missing', false],
        [6, 'missing', false],
        [7, 'missing', false],
      ],
    );
    assert.deepEqual(shortener?.steps.map((step) => [step.step, step.complete]), [1, 2, 3, 4, 5, 6, 7].map((step) => [step, true]));
    assert.equal(shortener?.steps[6]?.status, 'in-review');
  });

  it('gives the line and column a user would see in an editor (1-based)', async () => {
    const report = JSON.parse((await run(workspace(), '--format', 'json')).out) as JsonReport;
    const at = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => `${f.file}:${f.line}:${f.column}`);
    assert.deepEqual(at('approved-without-reviewers'), ['docs/team-wiki-search/01-justification.md:5:12']);
    assert.deepEqual(at('latency-without-target'), ['docs/team-wiki-search/02-requirements.md:27:1']);
    assert.deepEqual(at('placeholder-text'), ['docs/team-wiki-search/02-requirements.md:32:64']);
    assert.deepEqual(at('throughput-without-rows'), ['docs/team-wiki-search/03-scale.md:21:1']);
    assert.equal(at('missing-step').length, 4);
  });

  it('is well formed for a design with no findings', async () => {
    const root = tempDir();
    new DesignCopy(path.join(root, 'url-shortener'));
    const result = await run(root, 'url-shortener', '--format=json');
    assert.equal(result.code, 0);
    const report = JSON.parse(result.out) as JsonReport;
    assert.deepEqual(report.findings, []);
    assert.equal(report.designs[0]?.path, 'url-shortener');
  });
});

/** A design of one step file in a folder named `name`, so its findings (missing steps) carry that name. */
function designNamed(root: string, name: string, title = 'Odd'): string {
  mkdirSync(path.join(root, name), { recursive: true });
  writeFileSync(path.join(root, name, '01-justification.md'), `---\ndesign: ${JSON.stringify(title)}\ndesign-step: 1\n---\n# Validate the need\n`);
  return name;
}

describe('--format text', () => {
  it('escapes control characters in paths and messages: one finding is one line', async () => {
    const root = tempDir();
    // A folder name and a design title that try to forge a finding and recolour the terminal.
    const forged = 'evil\nx.md:1:1 error fake-rule Forged\r\u001b[31m\u2028\u202e';
    designNamed(root, forged, 'Title\ndocs/y.md:2:2 error fake-rule Forged too');
    designNamed(root, 'back\\nslash');
    const text = await run(root, '.');
    const json = JSON.parse((await run(root, '.', '--format', 'json')).out) as JsonReport;
    const lines = text.out.trimEnd().split('\n');
    assert.equal(lines.length, json.findings.length + 1, text.out);
    for (const line of lines.slice(0, -1)) assert.match(line, /^[^\s]+:\d+:\d+ (?:error|warning|info) [a-z-]+ \S/);
    for (const raw of ['\r', '\u001b', '\u2028', '\u202e', 'Forged\n']) assert.ok(!text.out.includes(raw), JSON.stringify(raw));
    assert.match(text.out, /^evil\\nx\.md:1:1 error fake-rule Forged\\r\\u001b\[31m\\u2028\\u202e\/01-justification\.md:3:14 warning missing-step The design "Title\\ndocs\/y\.md:2:2 error fake-rule Forged too" has no file for step 2/m);
    // A backslash that is part of a name is doubled, so it cannot pass for an escape.
    assert.match(text.out, /^back\\\\nslash\/01-justification\.md:3:14 warning missing-step /m);
    // JSON keeps the names as they are; JSON's own escaping keeps them on one line.
    assert.ok(json.findings.some((finding) => finding.file === `${forged}/01-justification.md`));
  });
});

describe('--format sarif', () => {
  it('prints SARIF 2.1.0 with every rule and a location for each result', async () => {
    const root = workspace();
    const result = await run(root, '--format', 'sarif', '--rule', 'placeholder-text=info');
    assert.equal(result.code, 1);
    const sarif = JSON.parse(result.out) as Sarif;
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    assert.equal(sarif.runs.length, 1);
    const run0 = sarif.runs[0]!;
    assert.equal(run0.tool.driver.name, 'design-check');
    assert.deepEqual(run0.tool.driver.rules.map((rule) => rule.id), [...RULE_IDS]);
    assert.deepEqual(
      run0.tool.driver.rules.map((rule) => rule.defaultConfiguration.level),
      RULES.map((rule) => (rule.defaultSeverity === 'info' ? 'note' : rule.defaultSeverity)),
    );

    assert.ok(run0.results.length > 0);
    for (const item of run0.results) {
      assert.ok(RULE_IDS.includes(item.ruleId), item.ruleId);
      assert.equal(run0.tool.driver.rules[item.ruleIndex]?.id, item.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(item.level), item.level);
      assert.ok(item.message.text.length > 10);
      assert.equal(item.locations.length, 1);
      const { artifactLocation, region } = item.locations[0]!.physicalLocation;
      assert.match(artifactLocation.uri, /^docs\/team-wiki-search\/0\d-[\w-]+\.md$/);
      assert.ok(isPositiveInteger(region.startLine) && isPositiveInteger(region.startColumn), JSON.stringify(region));
      assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn > region.startColumn), JSON.stringify(region));
    }
    // An info finding is a SARIF note.
    assert.deepEqual(
      run0.results.filter((item) => item.ruleId === 'placeholder-text').map((item) => item.level),
      ['note'],
    );
  });

  it('encodes paths with spaces as URIs', async () => {
    const root = workspace('design docs');
    const sarif = JSON.parse((await run(root, '--format', 'sarif')).out) as Sarif;
    const uris = sarif.runs[0]!.results.map((item) => item.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(uris.length > 0);
    for (const uri of uris) assert.match(uri, /^design%20docs\/team-wiki-search\//);
  });

  it('encodes each path segment, so a name with # ? % : or a space resolves to that file', async () => {
    const root = tempDir();
    const names = [designNamed(root, 'a #b'), designNamed(root, 'c?d=e&f'), designNamed(root, '100% g'), designNamed(root, 'h:i'), designNamed(root, 'j/k l')];
    const sarif = JSON.parse((await run(root, '.', '--format', 'sarif')).out) as Sarif;
    const locations = sarif.runs[0]!.results.map((item) => item.locations[0]!.physicalLocation.artifactLocation as { uri: string; uriBaseId?: string });
    const files = new Set<string>();
    for (const { uri, uriBaseId } of locations) {
      assert.equal(uriBaseId, '%SRCROOT%');
      const url = new URL(uri, 'file:///root/');
      assert.equal(url.search + url.hash, '', uri);
      assert.ok(url.pathname.startsWith('/root/'), uri);
      files.add(decodeURIComponent(url.pathname.slice('/root/'.length)));
    }
    assert.deepEqual([...files].sort(), names.map((name) => `${name}/01-justification.md`).sort());
  });

  it('makes a path on another drive (Windows) a file: URI, and never throws on half a surrogate pair', () => {
    assert.deepEqual(artifactLocation('D:/a #b/c.md'), { uri: 'file:///D:/a%20%23b/c.md' });
    assert.deepEqual(artifactLocation('x\uD800y.md'), { uri: 'x%EF%BF%BDy.md', uriBaseId: '%SRCROOT%' });
  });

  it('has no results for a complete design', async () => {
    const root = tempDir();
    new DesignCopy(path.join(root, 'url-shortener'));
    const result = await run(root, '--format', 'sarif');
    assert.equal(result.code, 0);
    assert.deepEqual((JSON.parse(result.out) as Sarif).runs[0]?.results, []);
  });
});
