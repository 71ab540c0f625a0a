/** Shared by the assembler tests: designs built from text, the example design, markdownlint. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration, LintError } from 'markdownlint';
import { lint } from 'markdownlint/sync';
import { assembleDesign, checkDesign, dirname, groupIntoDesigns, stepFileFromText, type AssembledDocument, type Design } from '../../src/core';
import { EXAMPLE, FIXTURES } from './helpers';

export const GOLDEN_PATH = path.join(FIXTURES, 'golden', 'url-shortener.assembled.md');

/** A design from file names and texts, in a made-up folder (no disk involved). */
export function designOf(files: Record<string, string>, folder = '/designs/example'): Design {
  const stepFiles = Object.entries(files).map(([name, text]) => stepFileFromText(`${folder}/${name}`, text));
  const design = groupIntoDesigns(stepFiles, [], dirname)[0];
  assert.ok(design, 'no step file among the given files');
  return design;
}

/** The texts of a design folder on disk, by file name. */
export function folderTexts(folder: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md')).sort()) {
    texts[name] = readFileSync(path.join(folder, name), 'utf8');
  }
  return texts;
}

export const EXAMPLE_TEXTS = folderTexts(EXAMPLE);

export function assemble(design: Design, showGaps = true): AssembledDocument {
  return assembleDesign(design, checkDesign(design), { showGaps });
}

export function assembleTexts(files: Record<string, string>, showGaps = true): AssembledDocument {
  return assemble(designOf(files), showGaps);
}

/** markdownlint's findings for one document: its default rules, unless `config` says otherwise. */
export function lintMarkdown(markdown: string, config?: Configuration): LintError[] {
  const results = lint({ strings: { doc: markdown }, ...(config ? { config } : {}) });
  return results['doc'] ?? [];
}

export function describeErrors(errors: LintError[], markdown: string): string {
  const lines = markdown.split('\n');
  return errors.map((error) => `line ${error.lineNumber} ${error.ruleNames.join('/')} ${error.errorDetail ?? ''}: ${lines[error.lineNumber - 1] ?? ''}`).join('\n');
}

/** A minimal step file: front matter, then `body`. */
export function stepText(step: number, body: string, fields: Record<string, string> = {}): string {
  const front = Object.entries({ design: 'Example', 'design-step': String(step), ...fields }).map(([key, value]) => `${key}: ${value}`);
  return ['---', ...front, '---', body].join('\n');
}
