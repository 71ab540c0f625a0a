/**
 * The hostile-input corpus: for every content rule and every text pattern of the core, an input
 * of about 100 KB built to make a backtracking pattern (or a recursive parser) work hardest. Each
 * case is what a user's keystroke or a CI run would do with that input. `hostile-input.test.ts`
 * runs them all (each must finish); `bench/hostile.ts` times them.
 *
 * Only long-standing core entry points are used, so the corpus also runs against older commits
 * (that is how the before/after table was measured).
 */
import type { Html } from 'mdast';
import { plainText } from '../../src/core/markdown/blocks';
import { checkStepFile } from '../../src/core/check/check-file';
import { formEdits, normalizeValue } from '../../src/core/form/form-edit';
import { commentText, isCommentOnly } from '../../src/core/form/form-layout';
import { formModel } from '../../src/core/form/form-model';
import { escapeHeading } from '../../src/core/assemble/assemble-text';
import { parseStepDoc } from '../../src/core/markdown/parse';
import { basename, dirname } from '../../src/core/files/paths';
import { checkDesign, designsFrom, SEVEN_STEPS, stepOf } from '../../src/core';
import { hasTimeValue, isPlaceholderText } from '../../src/core/markdown/text';

export const SIZE = 100_000;

/** `unit` repeated to `SIZE` characters (cut at a whole unit), then `tail`. */
export function pump(unit: string, tail = '!'): string {
  return unit.repeat(Math.max(1, Math.floor(SIZE / unit.length))) + tail;
}

/** A step file whose artifact section (by title) holds `body`. */
export function stepFileWith(step: number, artifactTitle: string, body: string): string {
  const spec = stepOf(SEVEN_STEPS, step);
  if (!spec?.artifacts.some((artifact) => artifact.title === artifactTitle)) throw new Error(`step ${step} has no artifact "${artifactTitle}"`);
  return `---\ndesign-step: ${step}\nstatus: draft\n---\n\n# Hostile\n\n## ${artifactTitle}\n\n${body}\n`;
}

function checkFile(text: string): number {
  return checkStepFile('hostile.md', parseStepDoc(text)).length;
}

function html(value: string): Html {
  return { type: 'html', value };
}

export interface HostileCase {
  /** The rule or pattern the input is aimed at. */
  target: string;
  input: string;
  run(): unknown;
}

function rule(target: string, step: number, artifact: string, body: string): HostileCase {
  const text = stepFileWith(step, artifact, body);
  return { target, input: body.slice(0, 24), run: () => checkFile(text) };
}

function pattern(target: string, input: string, run: (input: string) => unknown): HostileCase {
  return { target, input: input.slice(0, 24), run: () => run(input) };
}

const tableOf = (header: string, row: string) => `| ${header} |\n| --- |\n${pump(`| ${row} |\n`, '')}`;

export const HOSTILE_CASES: HostileCase[] = [
  // One per content rule: the section a user writes, filled with what its patterns backtrack on.
  rule('latency-targets (digits)', 2, 'Latency requirements', pump('1')),
  rule('latency-targets (numbers and spaces)', 2, 'Latency requirements', pump('1 ')),
  rule('latency-targets (decimals)', 2, 'Latency requirements', pump('1.1,')),
  rule('availability-target (digits)', 2, 'Availability', pump('9')),
  rule('availability-target (decimals)', 2, 'Availability', pump('9.')),
  rule('availability-target (downtime)', 2, 'Availability', pump('1 s ')),
  rule('scale-numbers', 3, 'Scale summary', pump('per / 1 ')),
  rule('throughput-rows', 3, 'Throughput per operation', tableOf('rate', pump('1 / ', ''))),
  rule('api-operations (blank lines)', 4, 'API', pump('\n', 'x')),
  rule('api-operations (GET)', 4, 'API', pump('GET ', 'x')),
  rule('api-operations (spec block)', 4, 'API', '```yaml\n' + pump(' \n', 'x') + '\n```'),
  rule('diagram (unclosed tags)', 6, 'Component diagram', pump('<')),
  rule('stored-data-access (header)', 5, 'Stored data', `| ${pump('how ', '')} |\n| --- |\n| x |`),
  rule('stored-data-access (items)', 5, 'Stored data', pump('- a\n')),
  rule('technology-reasons (names)', 7, 'Technology choices', `- a${pump(' :', 'b')}`),
  rule('placeholders (brackets)', 1, 'Problem statement', pump(' [ ', 'TODO')),
  // The form: re-rendered on every change.
  { target: 'form guidance comments', input: '<!---->×30', run: () => formModel(parseStepDoc(stepFileWith(1, 'Problem statement', `${'<!---->'.repeat(30)}x`))) },
  { target: 'form unclosed comments', input: '<!--…', run: () => formModel(parseStepDoc(stepFileWith(1, 'Problem statement', pump('<!--')))) },
  // A design rule: suggesting the nearest heading for each of thousands of broken pointers.
  {
    target: 'broken-link suggestions',
    input: '[x](#heading-numbr-N-x)×3000',
    run: () => {
      const headings = Array.from({ length: 3000 }, (_, index) => `## Heading number ${index}\n`).join('\n');
      const links = Array.from({ length: 3000 }, (_, index) => `[x](#heading-numbr-${index}-x)`).join(' ');
      const doc = parseStepDoc(`---\ndesign-step: 1\n---\n${headings}\n${links}\n`);
      const [design] = designsFrom([{ path: '/d/a.md', outcome: { kind: 'step', file: { path: '/d/a.md', doc } }, explicit: false }]);
      return design ? checkDesign(design).findings.length : 0;
    },
  },
  // Each pattern of the core, on its worst token.
  pattern('hasTimeValue', pump('1'), hasTimeValue),
  pattern('hasTimeValue (spaces)', `1${pump(' ')}`, hasTimeValue),
  pattern('plainText (unclosed tags)', pump('<'), (input) => plainText(html(input))),
  pattern('plainText (unclosed comments)', pump('<!--'), (input) => plainText(html(input))),
  pattern('isCommentOnly', pump('<!---->', 'x'), (input) => isCommentOnly(html(input))),
  pattern('commentText', pump('<!--'), commentText),
  pattern('normalizeValue (blank lines)', pump('\n', 'x'), normalizeValue),
  pattern('normalizeValue (trailing)', `x${pump('\n \t')}`, normalizeValue),
  pattern('isPlaceholderText', pump(' \t', 'x'), isPlaceholderText),
  pattern('escapeHeading', pump('#', 'x#'), escapeHeading),
  pattern('dirname', pump('/', 'x'), dirname),
  pattern('basename', pump('/', 'x'), basename),
];

/** Form edits that used to recurse without end: notes typed after a table the body swallows. */
export function swallowingBodyEdit(opener: string): () => unknown {
  const text = stepFileWith(1, 'Problem statement', `${opener}\nnot closed`);
  return () => formEdits('hostile.md', parseStepDoc(text), { kind: 'text', artifactId: 'problem-statement', part: 'after', value: 'notes' });
}
