/**
 * `--format github`: GitHub workflow commands, line by line, and read back the way the Actions
 * runner reads them (its ActionCommand parser: `::name k=v,k=v::data`, then the unescaping of
 * `%0D`, `%0A`, `%3A`, `%2C` and finally `%25`), so a file name or message with `%`, `:`, `,` or a
 * newline arrives whole and can never end the command early or start a second one.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { annotation, escapeData, escapeProperty } from '../../../src/cli/format-github';
import type { CliFinding } from '../../../src/cli/report-model';
import { FIXTURES, tempDir } from '../helpers';
import { run } from './run-support';

/** The runner's reading of one line (actions/runner ActionCommand.TryParseV2). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const equals = pair.indexOf('=');
      if (pair === '' || equals < 0) continue;
      properties[pair.slice(0, equals)] = unescapeProperty(pair.slice(equals + 1));
    }
  }
  return { command, properties, data: unescapeData(line.slice(end + 2)) };
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

const finding = (file: string, message: string, severity: CliFinding['severity'] = 'warning'): CliFinding => ({
  rule: 'placeholder-text',
  severity,
  message,
  file,
  line: 3,
  column: 14,
  endLine: 4,
  endColumn: 2,
});

describe('--format github: escaping', () => {
  it('writes one command with every property, escaped as GitHub requires', () => {
    assert.equal(
      annotation(finding('docs/a,b: 100%/x\r\ny.md', 'Line one\nline two: 100%, done\r\n', 'error')),
      '::error file=docs/a%2Cb%3A 100%25/x%0D%0Ay.md,line=3,endLine=4,col=14,endColumn=2,title=placeholder-text::Line one%0Aline two: 100%, done%0D%0A'.replace('100%, done', '100%25, done'),
    );
    assert.equal(annotation(finding('a.md', 'x', 'info')), '::notice file=a.md,line=3,endLine=4,col=14,endColumn=2,title=placeholder-text::x');
    assert.equal(escapeData('%0A is text, 50%'), '%250A is text, 50%25');
    assert.equal(escapeProperty('::warning file=x,y'), '%3A%3Awarning file=x%2Cy');
  });

  it('shows other control characters as escapes, so they cannot reach the log', () => {
    assert.equal(escapeData('red \u001b[31m\ttab \u202eevil'), 'red \\u001b[31m\\ttab \\u202eevil');
  });

  it('round-trips any file name and message through the runner’s parser, always on one line', () => {
    // eslint-disable-next-line no-control-regex -- the control characters are the point
    const controlFree = (text: string) => text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '');
    const text = fc.string({ unit: fc.constantFrom('%', ':', ',', '\n', '\r', '=', ':', 'a', ' ', '0', 'A', 'D', '2', '5', 'C', 'é', '😀') });
    fc.assert(
      fc.property(text, fc.string({ unit: 'grapheme' }), text, (file, anything, message) => {
        for (const [name, body] of [
          [file, message],
          [controlFree(anything), controlFree(anything)],
        ] as const) {
          const line = annotation(finding(name, body));
          assert.doesNotMatch(line, /[\r\n]/);
          const parsed = parseCommand(line);
          assert.ok(parsed);
          assert.equal(parsed.command, 'warning');
          assert.deepEqual(parsed.properties, { file: name, line: '3', endLine: '4', col: '14', endColumn: '2', title: 'placeholder-text' });
          assert.equal(parsed.data, body);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('--format github: a run', () => {
  /** A design folder named with `,`, `:` and `%`, one step file with a newline in its name, a title with all of them. */
  function workspace(): string {
    const root = tempDir();
    const odd = path.join(root, 'docs', 'a,b: 100%');
    mkdirSync(path.join(root, 'docs'));
    cpSync(path.join(FIXTURES, 'designs', 'gaps'), odd, { recursive: true });
    const partial = path.join(root, 'docs', 'partial');
    mkdirSync(partial);
    const text = readFileSync(path.join(FIXTURES, 'designs', 'partial', '01-justification.md'), 'utf8');
    writeFileSync(path.join(partial, '01-just\nification.md'), text.replace('design: Notification fan-out', 'design: "Fan-out, 100%:\\nnow"'));
    return root;
  }

  it('prints one command per finding, then the summary line, and each reads back to the finding', async () => {
    const root = workspace();
    const json = JSON.parse((await run(root, 'docs', '--format', 'json')).out) as { findings: CliFinding[] };
    const result = await run(root, 'docs', '--format', 'github');
    assert.equal(result.code, 1);
    assert.equal(result.err, '');
    const lines = result.out.split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline');
    assert.equal(lines.pop(), '2 designs checked: 0 complete; 13 warnings.');
    assert.equal(lines.length, json.findings.length);
    lines.forEach((line, index) => {
      const expected = json.findings[index];
      assert.ok(expected);
      assert.match(line, /^::warning file=[^,:\r\n]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z-]+::[^\r\n]+$/);
      assert.deepEqual(parseCommand(line), {
        command: 'warning',
        properties: {
          file: expected.file,
          line: String(expected.line),
          endLine: String(expected.endLine),
          col: String(expected.column),
          endColumn: String(expected.endColumn),
          title: expected.rule,
        },
        data: expected.message,
      });
    });
    assert.ok(lines.includes('::warning file=docs/a%2Cb%3A 100%25/03-scale.md,line=23,endLine=23,col=18,endColumn=22,title=placeholder-text::"TODO" is left in "Scale summary". Replace it with the missing content or remove it.'));
    assert.ok(
      lines.includes(
        '::warning file=docs/partial/01-just%0Aification.md,line=3,endLine=3,col=14,endColumn=15,title=missing-step::The design "Fan-out, 100%25:%0Anow" has no file for step 2 (Clarify requirements). Create 02-requirements.md from the template.',
      ),
    );
  });

  it('uses error and notice for those levels, and prints only the summary when nothing is found', async () => {
    const root = workspace();
    const result = await run(root, 'docs/a,b: 100%', '--format', 'github', '--rule', 'placeholder-text=error', '--rule', 'untraced-use-case=info', '--fail-on', 'error');
    assert.equal(result.code, 1);
    const commands = result.out.trimEnd().split('\n').slice(0, -1).map((line) => /^::(\w+) .*title=([a-z-]+)::/.exec(line)?.slice(1, 3).join(' '));
    assert.ok(commands.includes('error placeholder-text'));
    assert.ok(commands.includes('notice untraced-use-case'));
    assert.ok(commands.includes('warning missing-artifact'));
    const clean = await run(path.join(FIXTURES, '..', '..', 'examples'), '--format', 'github');
    assert.deepEqual(clean, { code: 0, out: '2 designs checked: 2 complete.\n', err: '' });
  });
});
