/**
 * The string bundle l10n/bundle.l10n.json cannot go stale silently: every `l10n.t('…')` message in
 * src must be in it, and it must hold no message that src no longer uses. Regenerate it with
 * `npx --yes @vscode/l10n-dev@0.0.35 export --outDir ./l10n ./src` (the package's "l10n" script).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { REPO } from '../helpers';

const SRC = path.join(REPO, 'src');
const BUNDLE = path.join(REPO, 'l10n', 'bundle.l10n.json');

interface Call {
  /** file:line, for messages. */
  where: string;
  /** The message, or undefined when the first argument is not a plain string literal. */
  message: string | undefined;
  /** Number of arguments after the message. */
  args: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every call of `l10n.t(…)` (also as `vscode.l10n.t(…)`) in `file`. */
function l10nCalls(file: string): Call[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const calls: Call[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't') {
      const owner = node.expression.expression;
      const isL10n = (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
      if (isL10n) {
        const [first, ...rest] = node.arguments;
        const literal = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        calls.push({ where: `${path.relative(REPO, file)}:${line}`, message: literal, args: rest.length });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

const calls = sourceFiles(SRC).flatMap(l10nCalls);
const bundle = JSON.parse(readFileSync(BUNDLE, 'utf8')) as Record<string, unknown>;

describe('l10n bundle', () => {
  it('the extension localizes its texts (the scan finds the calls)', () => {
    assert.ok(calls.length > 50, `only ${calls.length} l10n.t calls found in src`);
    assert.ok(calls.every((call) => call.where.startsWith(`src${path.sep}extension${path.sep}`)), 'l10n.t outside src/extension (the core and the CLI stay English)');
  });

  it('every l10n.t message is a plain string literal, so the export tool can extract it', () => {
    const dynamic = calls.filter((call) => call.message === undefined).map((call) => call.where);
    assert.deepEqual(dynamic, [], 'l10n.t called with a template literal, a variable or an object: use a string literal with {0} placeholders');
  });

  it('every l10n.t message is in l10n/bundle.l10n.json', () => {
    const missing = calls.filter((call) => call.message !== undefined && !(call.message in bundle)).map((call) => `${call.where}: ${JSON.stringify(call.message)}`);
    assert.deepEqual(missing, [], 'messages missing from the bundle: run the "l10n" script to regenerate it');
  });

  it('the bundle holds no message that src no longer uses', () => {
    const used = new Set(calls.map((call) => call.message));
    const stale = Object.keys(bundle).filter((message) => !used.has(message));
    assert.deepEqual(stale, [], 'stale messages in the bundle: run the "l10n" script to regenerate it');
  });

  it('the bundle is the English source: each value is its key', () => {
    for (const [key, value] of Object.entries(bundle)) assert.equal(value, key);
  });

  it('a message has an argument for each placeholder', () => {
    // Only the webview labels keep their placeholders: the webview fills them with formatLabel.
    const webviewLabels = path.join('src', 'extension', 'webview-labels.ts');
    for (const call of calls) {
      if (call.message === undefined || call.where.startsWith(webviewLabels)) continue;
      const indexes = [...call.message.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
      for (const index of indexes) assert.ok(index < call.args, `${call.where}: {${index}} in ${JSON.stringify(call.message)} has no argument`);
    }
  });
});
