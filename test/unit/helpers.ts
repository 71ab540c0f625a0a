/**
 * Shared helpers for the unit tests: a throw-away copy of the example design that a test edits a
 * little, the checker run over it, and findings reduced to what a test asserts (rule, file, line).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeFileSystem } from '../../src/cli/node-file-system';
import { CatalogueResolver, checkDesign, discoverDesigns, type DesignFileSystem, type DesignReport, type Finding, type RuleConfig } from '../../src/core';

export const REPO = path.resolve(__dirname, '..', '..');
export const EXAMPLE = path.join(REPO, 'examples', 'url-shortener');
export const FIXTURES = path.join(REPO, 'test', 'fixtures');

export const STEP_FILES = [
  '01-justification.md',
  '02-requirements.md',
  '03-scale.md',
  '04-interfaces.md',
  '05-data-flow.md',
  '06-components.md',
  '07-component-design.md',
] as const;
export type StepFileName = (typeof STEP_FILES)[number];

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test process ends. */
export function tempDir(prefix = 'design-docs-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** The text of a fixture under test/fixtures. */
export function fixture(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative), 'utf8');
}

/** Replaces `from` with `to`, failing the test unless `from` occurs exactly once. */
export function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  assert.ok(first >= 0, `expected to find ${JSON.stringify(from)}`);
  assert.equal(text.indexOf(from, first + 1), -1, `${JSON.stringify(from)} occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/**
 * Replaces the whole `## heading` section, up to the next `#`/`##` heading, with `section`
 * (a blank line is kept before the next heading); an empty `section` removes it.
 */
export function replaceSection(text: string, heading: string, section: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const open = text.indexOf(`${eol}## ${heading}${eol}`);
  assert.ok(open >= 0, `no "## ${heading}" section`);
  const start = open + eol.length;
  const next = text.slice(start + 3).search(/\r?\n##? /);
  const end = next < 0 ? text.length : start + 3 + next + (text[start + 3 + next] === '\r' ? 2 : 1);
  if (section === '') return text.slice(0, start) + text.slice(end);
  const body = section.replace(/\s*$/, '').replace(/\r?\n/g, eol) + eol;
  return text.slice(0, start) + body + (end < text.length ? eol + text.slice(end) : '');
}

/** The 1-based line on which `needle` occurs; it must occur exactly once. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `expected to find ${JSON.stringify(needle)}`);
  assert.equal(text.indexOf(needle, at + 1), -1, `${JSON.stringify(needle)} occurs more than once`);
  return text.slice(0, at).split('\n').length;
}

/** A finding reduced to what a user sees first: the rule, the file name and the 1-based line. */
export interface Hit {
  rule: string;
  file: string;
  line: number;
}

export interface Located extends Hit {
  column: number;
  finding: Finding;
}

export function locate(finding: Finding): Located {
  return {
    rule: finding.rule,
    file: path.basename(finding.file),
    line: finding.range.start.line + 1,
    column: finding.range.start.column + 1,
    finding,
  };
}

export function hits(findings: readonly Located[]): Hit[] {
  return findings.map(({ rule, file, line }) => ({ rule, file, line }));
}

/** Discovers every design under `paths` with the given file system and checks each one. */
export async function checkPaths(
  paths: string[],
  options: { rules?: RuleConfig; fs?: DesignFileSystem; maxFileBytes?: number } = {},
): Promise<{ reports: DesignReport[]; findings: Located[] }> {
  const fs = options.fs ?? nodeFileSystem;
  const catalogues = new CatalogueResolver(fs);
  const discovery = await discoverDesigns(fs, paths, {
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
    catalogueFor: (folder) => catalogues.catalogueFor(folder),
  });
  assert.deepEqual(discovery.errors, []);
  const reports = discovery.designs.map((design) => checkDesign(design, options.rules ? { rules: options.rules } : {}));
  return { reports, findings: reports.flatMap((report) => report.findings).map(locate) };
}

/** A private copy of examples/url-shortener, to be changed a little and checked. */
export class DesignCopy {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? path.join(tempDir(), 'url-shortener');
    cpSync(EXAMPLE, this.dir, { recursive: true });
  }

  path(file: string): string {
    return path.join(this.dir, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string | Uint8Array): this {
    writeFileSync(this.path(file), text);
    return this;
  }

  /** Rewrites one file through `change` and returns the new text. */
  change(file: StepFileName, change: (text: string) => string): string {
    const text = change(this.read(file));
    this.write(file, text);
    return text;
  }

  edit(file: StepFileName, from: string, to: string): string {
    return this.change(file, (text) => replaceOnce(text, from, to));
  }

  /** Replaces a section with test/fixtures/sections/<name>, which starts with the same `##` heading. */
  useSection(file: StepFileName, name: string): string {
    const section = fixture(`sections/${name}`);
    const heading = /^## (.+)$/m.exec(section)?.[1];
    assert.ok(heading, `sections/${name} has no ## heading`);
    return this.change(file, (text) => replaceSection(text, heading, section));
  }

  async check(rules?: RuleConfig): Promise<Located[]> {
    return (await checkPaths([this.dir], rules ? { rules } : {})).findings;
  }
}
