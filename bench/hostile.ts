/**
 * `npm run bench:hostile`: times every case of the hostile-input corpus (test/unit/hostile-corpus.ts),
 * each in its own process with a cut-off, next to a reference measured in the same run: parsing
 * and checking 100 KB of ordinary prose paragraphs. A case far above the reference is a pattern
 * (or parser path) that is not linear.
 *
 * Options: --limit SECONDS (60) per case; --case N runs one case and prints its time in ms.
 */
import { spawnSync } from 'node:child_process';
import { HOSTILE_CASES, pump, stepFileWith } from '../test/unit/hostile-corpus';
import { checkStepFile } from '../src/core/check/check-file';
import { parseStepDoc } from '../src/core/markdown/parse';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const reference = () => checkStepFile('reference.md', parseStepDoc(stepFileWith(1, 'Problem statement', pump('Plain words in a paragraph.\n\n', ''))));

const only = option('case');
if (only !== undefined) {
  const hostile = only === 'reference' ? { run: reference } : HOSTILE_CASES[Number(only)];
  if (!hostile) throw new Error(`no case ${only}`);
  console.log(timed(() => hostile.run()).toFixed(1));
} else {
  const limitSeconds = Number(option('limit') ?? 60);
  const measure = (which: string): string => {
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--case', which], { encoding: 'utf8', timeout: limitSeconds * 1000 });
    if (child.error || child.status !== 0) return child.signal ? `> ${limitSeconds} s` : `failed: ${(child.stderr.trim().split('\n').pop() ?? '').slice(0, 80)}`;
    return `${Number(child.stdout.trim()).toFixed(0)} ms`;
  };
  const referenceTime = measure('reference');
  console.log(`| Target (100 KB input) | Input starts | Time | × reference |\n| --- | --- | --- | --- |`);
  console.log(`| reference: prose paragraphs, parsed and checked | \`Plain words…\` | ${referenceTime} | 1 |`);
  HOSTILE_CASES.forEach((hostile, index) => {
    const time = measure(String(index));
    const ratio = time.endsWith(' ms') && referenceTime.endsWith(' ms') ? (parseFloat(time) / parseFloat(referenceTime)).toFixed(2) : '—';
    console.log(`| ${hostile.target} | \`${JSON.stringify(hostile.input).slice(1, 13)}\` | ${time} | ${ratio} |`);
  });
}
